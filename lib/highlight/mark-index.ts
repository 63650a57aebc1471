import type { TextBlock } from './collect-text';
import type { Mark } from './marks';

interface Span {
  start: number;
  end: number;
  mark: Mark;
}

/** Finds the mark under a caret position: a text node and an offset. */
export interface MarkIndex {
  at(node: Node, offset: number): Mark | null;
}

/**
 * Indexes marks by the text nodes they cover, so a hit test is one map lookup and a short scan,
 * whatever the number of marks on the page.
 */
export function createMarkIndex(blocks: TextBlock[], marks: Mark[]): MarkIndex {
  const byNode = new Map<Node, Span[]>();
  for (const mark of marks) {
    const block = blocks[mark.block];
    if (!block) continue;
    block.nodes.forEach((node, i) => {
      const nodeStart = block.starts[i]!;
      const nodeEnd = nodeStart + node.data.length;
      if (nodeEnd <= mark.start || nodeStart >= mark.end) return;
      const spans = byNode.get(node) ?? [];
      spans.push({
        start: Math.max(0, mark.start - nodeStart),
        end: Math.min(node.data.length, mark.end - nodeStart),
        mark,
      });
      byNode.set(node, spans);
    });
  }
  return {
    at(node, offset) {
      const spans = byNode.get(node);
      return spans?.find((span) => offset >= span.start && offset <= span.end)?.mark ?? null;
    },
  };
}
