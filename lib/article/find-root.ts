import { paragraphBlocks, textDivBlocks, type TextBlock } from './text-blocks';

/** The story's container and how much story text it holds. */
export interface StoryText {
  root: Element | null;
  /** Characters of story-like blocks under `root`. */
  chars: number;
  /** How many story-like blocks are under `root`. */
  blocks: number;
}

/** How far above a block its text still counts for an ancestor. */
const DEPTH = 6;
/** An ancestor takes over when it holds this much more story text (a story split by ads or columns). */
const GROWTH = 1.4;
/** Below this, paragraphs alone are not trusted to have found the story. */
const ENOUGH_PARAGRAPH_CHARS = 1000;

interface Tally {
  direct: Map<Element, number>;
  total: Map<Element, { chars: number; blocks: number }>;
}

function tally(blocks: TextBlock[]): Tally {
  const direct = new Map<Element, number>();
  const total = new Map<Element, { chars: number; blocks: number }>();
  for (const { element, chars } of blocks) {
    const parent = element.parentElement;
    if (!parent) continue;
    direct.set(parent, (direct.get(parent) ?? 0) + chars);
    let ancestor: Element | null = parent;
    for (let depth = 0; ancestor && depth < DEPTH; depth++, ancestor = ancestor.parentElement) {
      const sum = total.get(ancestor) ?? { chars: 0, blocks: 0 };
      total.set(ancestor, { chars: sum.chars + chars, blocks: sum.blocks + 1 });
    }
  }
  return { direct, total };
}

/** From the densest container, widens to an ancestor while one holds much more of the text. */
function widen(start: Element, total: Tally['total']): Element {
  let root = start;
  for (;;) {
    const here = total.get(root)?.chars ?? 0;
    let next: Element | null = null;
    let ancestor = root.parentElement;
    for (let depth = 0; ancestor && depth < 4; depth++, ancestor = ancestor.parentElement) {
      if (ancestor.matches('body, html')) break;
      if ((total.get(ancestor)?.chars ?? 0) >= here * GROWTH) next = ancestor;
    }
    if (!next) return root;
    root = next;
  }
}

function locate(blocks: TextBlock[]): StoryText {
  const { direct, total } = tally(blocks);
  let densest: Element | null = null;
  let most = 0;
  for (const [element, chars] of direct) {
    if (chars > most) [densest, most] = [element, chars];
  }
  if (!densest) return { root: null, chars: 0, blocks: 0 };
  const root = widen(densest, total);
  return { root, ...(total.get(root) ?? { chars: 0, blocks: 0 }) };
}

/** Finds the story's container by where the page's paragraphs gather, reading the page only. */
export function locateStoryText(doc: Document): StoryText {
  const fromParagraphs = locate(paragraphBlocks(doc));
  if (fromParagraphs.chars >= ENOUGH_PARAGRAPH_CHARS) return fromParagraphs;
  const withDivs = locate([...paragraphBlocks(doc), ...textDivBlocks(doc)]);
  return withDivs.chars > fromParagraphs.chars ? withDivs : fromParagraphs;
}

/**
 * The element holding the story's text: the container where the page's paragraphs gather, widened
 * to take in a story split across columns. Null when the page has no run of paragraphs.
 */
export function findArticleRoot(doc: Document = document): Element | null {
  return locateStoryText(doc).root;
}
