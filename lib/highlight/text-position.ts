import type { TextBlock } from './collect-text';

/** A point in the page: a text node and an offset in it. */
export interface TextPosition {
  node: Text;
  offset: number;
}

/**
 * The node and offset of a character offset in a block. `preferEnd` places an offset that falls
 * exactly between two nodes at the end of the first, so a range never starts or ends on a neighbour.
 */
export function positionIn(block: TextBlock, offset: number, preferEnd: boolean): TextPosition {
  let low = 0;
  let high = block.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = block.starts[mid]!;
    if (start < offset || (!preferEnd && start === offset)) low = mid;
    else high = mid - 1;
  }
  return { node: block.nodes[low]!, offset: offset - block.starts[low]! };
}
