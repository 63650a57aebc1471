/** A run of story-like text: a paragraph, or a div holding text directly (`<div>Text<br>text</div>`). */
export interface TextBlock {
  element: Element;
  /** What holds the text: a paragraph's parent, or the div itself. */
  container: Element;
  chars: number;
}

/** Shorter blocks are captions, bylines, buttons and teasers' kickers, not story text. */
const MIN_BLOCK_CHARS = 60;

/** Paragraphs in these are menus, teasers (a paragraph inside a link), footers and captions, not the story. */
const NOT_STORY = 'a, li, nav, aside, footer, form, figure, [role="navigation"], [role="complementary"]';

/** The page's paragraphs long enough to be story text; reads only `<p>`, so it is cheap. */
export function paragraphBlocks(doc: Document): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const p of doc.getElementsByTagName('p')) {
    const chars = (p.textContent ?? '').trim().length;
    const container = p.parentElement;
    if (chars >= MIN_BLOCK_CHARS && container && !p.closest(NOT_STORY)) blocks.push({ element: p, container, chars });
  }
  return blocks;
}

/** Length of the text a node holds directly, not in its child elements. */
function ownTextLength(element: Element): number {
  let chars = 0;
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) chars += (node.nodeValue ?? '').trim().length;
  }
  return chars;
}

/**
 * Divs that hold long text themselves, for sites that set their stories without `<p>`. Reads every
 * div, so it is only worth it when the paragraphs came up short.
 */
export function textDivBlocks(doc: Document): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const div of doc.getElementsByTagName('div')) {
    const own = ownTextLength(div);
    if (own >= MIN_BLOCK_CHARS && !div.closest(NOT_STORY)) {
      blocks.push({ element: div, container: div, chars: (div.textContent ?? '').trim().length });
    }
  }
  return blocks;
}
