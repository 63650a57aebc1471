import type { Mark } from '../highlight/marks';

/**
 * The keyboard path through a page's underlined terms, in page order. Starts from the term whose
 * card is open, if any, so the keyboard picks up where the pointer left off.
 */
export function stepThroughMarks(marks: Mark[], current: Mark | null, direction: 'next' | 'previous'): Mark | null {
  if (marks.length === 0) return null;
  const at = current ? marks.findIndex((mark) => mark.id === current.id) : -1;
  if (at < 0) return direction === 'next' ? marks[0]! : marks[marks.length - 1]!;
  const step = direction === 'next' ? 1 : -1;
  return marks[(at + step + marks.length) % marks.length]!;
}
