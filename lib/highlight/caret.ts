/** The text position under a point of the viewport, from whichever API the browser has. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null })
    .caretRangeFromPoint;
  const range = legacy?.call(doc, x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * Whether the point really lies on the range's text: a caret lookup answers with the nearest text
 * even when the pointer is in a margin beyond the end of a line.
 */
export function pointIsOnRange(doc: Document, range: AbstractRange, x: number, y: number): boolean {
  for (const rect of liveRange(doc, range).getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

/** A live Range over a static one, for the geometry a StaticRange does not offer. */
export function liveRange(doc: Document, range: AbstractRange): Range {
  const live = doc.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}
