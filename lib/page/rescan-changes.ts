import { collectTextBlocks } from '../highlight/collect-text';
import { createMarks, type BlockMatch, type Mark } from '../highlight/marks';
import { isSkipped } from '../highlight/skip-rules';
import type { Settings } from '../settings';
import { markFirstMentions, mergeInPageOrder } from './first-mentions';
import { showMarks, type PageScanDeps, type PageState } from './page-scan';

function insideSkipped(element: Element, root: Element): boolean {
  for (let el: Element | null = element; el && el !== root; el = el.parentElement) if (isSkipped(el)) return true;
  return false;
}

function isGone(mark: Mark, changed: Element[]): boolean {
  const { startContainer, endContainer } = mark.range;
  if (!startContainer.isConnected || !endContainer.isConnected) return true;
  return changed.some((root) => root.contains(startContainer) || root.contains(endContainer));
}

/**
 * Brings the highlights up to date after part of the page changed: marks in removed or rewritten
 * parts are dropped, and only the changed parts are read and matched again.
 */
export async function rescanChanged(
  deps: PageScanDeps,
  state: PageState,
  settings: Settings,
  changed: Element[],
): Promise<PageState> {
  const roots = changed.filter((root) => state.root.contains(root) && !insideSkipped(root, state.root));
  const kept = state.allMarks.filter((mark) => !isGone(mark, roots));
  const added = roots.flatMap((root) => collectTextBlocks(root));
  let fresh: Mark[] = [];
  let entries = state.entries;
  if (added.length) {
    const response = await deps.scan({
      url: state.url,
      isArticle: state.isArticle,
      article: state.article,
      blocks: added.map((block) => block.text),
      append: true,
    });
    const shift = state.blocks.length;
    const matches = response.matches.map(([block, start, end, id]): BlockMatch => [block + shift, start, end, id]);
    const nextId = state.allMarks.reduce((max, mark) => Math.max(max, mark.id), -1) + 1;
    fresh = createMarks([...state.blocks, ...added], matches, nextId);
    entries = new Map([...entries, ...response.entries.map((entry): [string, typeof entry] => [entry.id, entry])]);
  }
  const blocks = added.length ? [...state.blocks, ...added] : state.blocks;
  const allMarks = markFirstMentions(mergeInPageOrder(kept, fresh));
  return showMarks({ ...state, blocks, allMarks, entries }, settings, deps.registry);
}
