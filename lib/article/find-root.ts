import { paragraphBlocks, textDivBlocks, type TextBlock } from './text-blocks';

/** The story's container and how much story text it holds. */
export interface StoryText {
  root: Element | null;
  /** Characters of story-like blocks under `root`. */
  chars: number;
  /** How many story-like blocks are under `root`. */
  blocks: number;
  /** The story's first block (where a dateline would be). */
  first: Element | null;
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
  for (const { container, chars } of blocks) {
    direct.set(container, (direct.get(container) ?? 0) + chars);
    let ancestor: Element | null = container;
    for (let depth = 0; ancestor && depth < DEPTH; depth++, ancestor = ancestor.parentElement) {
      const sum = total.get(ancestor) ?? { chars: 0, blocks: 0 };
      total.set(ancestor, { chars: sum.chars + chars, blocks: sum.blocks + 1 });
    }
  }
  return { direct, total };
}

/** The nearest ancestor (a few levels up, below `<body>`) holding much more story text than `element`. */
function widerHolder(element: Element, total: Tally['total']): Element | null {
  const here = total.get(element)?.chars ?? 0;
  let ancestor = element.parentElement;
  for (let depth = 0; ancestor && depth < 4; depth++, ancestor = ancestor.parentElement) {
    if (ancestor.tagName === 'BODY' || ancestor.tagName === 'HTML') return null;
    if ((total.get(ancestor)?.chars ?? 0) >= here * GROWTH) return ancestor;
  }
  return null;
}

/** From the densest container, widens step by step while an ancestor holds much more of the text. */
function widen(start: Element, total: Tally['total']): Element {
  let root = start;
  for (let wider = widerHolder(root, total); wider; wider = widerHolder(root, total)) root = wider;
  return root;
}

function locate(blocks: TextBlock[]): StoryText {
  const { direct, total } = tally(blocks);
  let densest: Element | null = null;
  let most = 0;
  for (const [element, chars] of direct) {
    if (chars > most) [densest, most] = [element, chars];
  }
  if (!densest) return { root: null, chars: 0, blocks: 0, first: null };
  const root = widen(densest, total);
  const first = blocks.find((block) => root.contains(block.element))?.element ?? null;
  return { root, ...(total.get(root) ?? { chars: 0, blocks: 0 }), first };
}

/** Story text found from the page's paragraphs alone (the detector's cheap first look). */
export function storyFromParagraphs(paragraphs: TextBlock[]): StoryText {
  return locate(paragraphs);
}

/** Whether paragraphs alone can be trusted to have found the story. */
export function hasEnoughParagraphs(story: StoryText): boolean {
  return story.chars >= ENOUGH_PARAGRAPH_CHARS;
}

/**
 * Finds the story's container by where the page's paragraphs gather, reading the page only. When
 * paragraphs come up short, divs holding text directly are counted too.
 */
export function locateStoryText(doc: Document, paragraphs = paragraphBlocks(doc)): StoryText {
  const fromParagraphs = locate(paragraphs);
  if (hasEnoughParagraphs(fromParagraphs)) return fromParagraphs;
  const withDivs = locate([...paragraphs, ...textDivBlocks(doc)]);
  return withDivs.chars > fromParagraphs.chars ? withDivs : fromParagraphs;
}

/**
 * The element holding the story's text: the container where the page's paragraphs gather, widened
 * to take in a story split across columns. Null when the page has no run of paragraphs.
 */
export function findArticleRoot(doc: Document = document): Element | null {
  return locateStoryText(doc).root;
}
