import type { Mark } from '../highlight/marks';

function precedes(a: Mark, b: Mark): boolean {
  const x = a.range.startContainer;
  const y = b.range.startContainer;
  if (x === y) return a.range.startOffset < b.range.startOffset;
  return (x.compareDocumentPosition(y) & 4) /* y FOLLOWS x */ !== 0;
}

/** Flags the first mention of each entry in marks that are in page order. */
export function markFirstMentions(marks: Mark[]): Mark[] {
  const seen = new Set<string>();
  return marks.map((mark) => {
    const first = !seen.has(mark.entryId);
    seen.add(mark.entryId);
    return mark.first === first ? mark : { ...mark, first };
  });
}

/**
 * Inserts marks found in changed parts of the page among marks already in page order. Binary
 * insertion: a few position comparisons per new mark, not a sort of them all (comparing positions
 * costs a walk up the tree, which on a 200,000-node page made a full sort take seconds).
 */
export function mergeInPageOrder(ordered: Mark[], added: Mark[]): Mark[] {
  const result = [...ordered];
  for (const mark of added) {
    let low = 0;
    let high = result.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (precedes(result[mid]!, mark)) low = mid + 1;
      else high = mid;
    }
    result.splice(low, 0, mark);
  }
  return result;
}
