import type { TextBlock } from './collect-text';
import { positionIn } from './text-position';

/** A highlighted mention of a glossary entry on the page. */
export interface Mark {
  id: number;
  entryId: string;
  range: StaticRange;
  /** The first mention of its entry on the page. */
  first: boolean;
  block: number;
  start: number;
  end: number;
}

/** A match as the background returns it: a block index, offsets in that block's text, an entry. */
export type BlockMatch = [block: number, start: number, end: number, entryId: string];

/**
 * Turns matches into ranges over the page's own text nodes. StaticRange, not Range: the browser
 * does not have to keep it updated as the page changes, so the page's own DOM work costs nothing more.
 */
export function createMarks(blocks: TextBlock[], matches: BlockMatch[], firstId = 0): Mark[] {
  const seen = new Set<string>();
  const marks: Mark[] = [];
  for (const [blockIndex, start, end, entryId] of matches) {
    const block = blocks[blockIndex];
    if (!block || start < 0 || end > block.text.length || start >= end) continue;
    const from = positionIn(block, start, false);
    const to = positionIn(block, end, true);
    const range = new StaticRange({
      startContainer: from.node,
      startOffset: from.offset,
      endContainer: to.node,
      endOffset: to.offset,
    });
    marks.push({
      id: firstId + marks.length,
      entryId,
      range,
      first: !seen.has(entryId),
      block: blockIndex,
      start,
      end,
    });
    seen.add(entryId);
  }
  return marks;
}
