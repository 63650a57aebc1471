/** Elements whose text is never read or highlighted: code, forms, editors, media, and our own UI. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'VAR',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
]);

/** Prefix of every element Backstory adds to a page (the hover card's host). */
export const OWN_UI_PREFIX = 'BS-';

/**
 * An element's tag name in capitals. HTML elements report theirs in capitals already; SVG's and
 * XHTML's do not, and only those pay for toUpperCase (this runs for every element of the page).
 */
export function upperTagName(element: Element): string {
  const tag = element.tagName;
  const first = tag.charCodeAt(0);
  return first >= 97 && first <= 122 ? tag.toUpperCase() : tag;
}

/** Whether an element and everything inside it must be left alone. */
export function isSkipped(element: Element, tag = upperTagName(element)): boolean {
  if (SKIPPED_TAGS.has(tag) || tag.startsWith(OWN_UI_PREFIX)) return true;
  // Most elements of a story carry no attributes: one call answers for the three below.
  if (!element.hasAttributes()) return false;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden');
}

/**
 * Inline elements a name may run across: "Abdul Ghani <a>Baradar</a>" is one name. Every other
 * element (paragraphs, list items, table cells, custom elements, line breaks) ends a run of text, so
 * a match never joins the end of one paragraph to the start of the next.
 */
export const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'MARK',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'LABEL',
]);
