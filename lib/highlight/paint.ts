import type { Mark } from './marks';

/** The underline styles a reader can choose; each is a named highlight styled in content.css. */
export const UNDERLINE_STYLES = ['dotted', 'solid', 'background', 'none'] as const;
export type UnderlineStyle = (typeof UNDERLINE_STYLES)[number];

/** Every highlight Backstory registers starts with this prefix: the public contract for highlights. */
export const HIGHLIGHT_PREFIX = 'bs-';
export const ACTIVE_HIGHLIGHT = 'bs-term-active';
export const FLASH_HIGHLIGHT = 'bs-flash';

export function highlightName(style: Exclude<UnderlineStyle, 'none'>): string {
  return `bs-term-${style}`;
}

/** Registers the marks as one named highlight; the page's DOM is not touched. */
export function paintMarks(marks: Mark[], style: UnderlineStyle, registry: HighlightRegistry = CSS.highlights): void {
  for (const s of UNDERLINE_STYLES) if (s !== 'none') registry.delete(highlightName(s));
  if (style === 'none' || marks.length === 0) return;
  const highlight = new Highlight();
  for (const mark of marks) highlight.add(mark.range);
  registry.set(highlightName(style), highlight);
}

/** Shows one range on its own highlight (the term under the pointer or keyboard focus). */
export function paintSingle(
  name: string,
  range: AbstractRange | null,
  registry: HighlightRegistry = CSS.highlights,
): void {
  if (range) registry.set(name, new Highlight(range));
  else registry.delete(name);
}

/** Removes every Backstory highlight: the whole of "undo". */
export function clearHighlights(registry: HighlightRegistry = CSS.highlights): void {
  for (const name of [...registry.keys()]) if (name.startsWith(HIGHLIGHT_PREFIX)) registry.delete(name);
}
