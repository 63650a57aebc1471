import type { DateContext, FoundDate } from './found-date';
import { findHeadline } from './headline';
import { parseDate } from './parse-date';
import { findDateInText } from './text-date';

/** Teasers, menus and footers carry other stories' dates. */
const ELSEWHERE = 'li, nav, aside, footer';

/** Elements whose class or id says they hold a date. */
const DATELINES =
  'time, [class*="date" i], [class*="publish" i], [class*="posted" i], [class*="time" i], [id*="date" i]';

/** The first date held by an element matching `selector` in `scope` (attribute or text), skipping teasers. */
export function fromElements(scope: ParentNode, selector: string, from: string, monthFirst: boolean): FoundDate | null {
  for (const element of scope.querySelectorAll(selector)) {
    if (element.tagName === 'META' || element.closest(ELSEWHERE)) continue;
    const raw = element.getAttribute('datetime') ?? element.getAttribute('content') ?? element.textContent ?? '';
    const value = parseDate(raw.trim().slice(0, 200), monthFirst);
    if (value) return { value, from };
  }
  return null;
}

/** The headline's surroundings, a few levels up: where kickers, bylines and datelines sit. */
function headerArea(anchor: Element): Element {
  let area = anchor;
  for (let i = 0; i < 3 && area.parentElement && area.parentElement.tagName !== 'BODY'; i++) {
    area = area.parentElement;
  }
  return area;
}

/** The first date written just after `anchor`, else one shortly before it. */
function dateNear(anchor: Element, area: Element, monthFirst: boolean): string | null {
  const text = area.textContent ?? '';
  const at = Math.max(0, text.indexOf((anchor.textContent ?? '').slice(0, 200)));
  return (
    findDateInText(text.slice(at, at + 1500), monthFirst) ??
    findDateInText(text.slice(Math.max(0, at - 600), at), monthFirst)
  );
}

/**
 * The date a reader sees: in a dateline element by the headline (or the story), else written next to
 * it, else opening the story ("Feb. 23, 2015 -- Life-threatening..."), else in any dateline element.
 */
export function writtenDate(doc: Document, context: DateContext): FoundDate | null {
  const root = context.root();
  const anchor = findHeadline(doc, context.title) ?? root;
  if (anchor) {
    const area = headerArea(anchor);
    const dateline = fromElements(area, DATELINES, 'dateline by the headline', context.monthFirst);
    if (dateline) return dateline;
    const near = dateNear(anchor, area, context.monthFirst);
    if (near) return { value: near, from: 'text by the headline' };
  }
  const opening = findDateInText((root?.textContent ?? '').trim().slice(0, 120), context.monthFirst);
  if (opening) return { value: opening, from: 'dateline opening the story' };
  return fromElements(doc, DATELINES, 'dateline text', context.monthFirst);
}
