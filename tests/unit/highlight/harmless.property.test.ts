import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Entry } from '../../../lib/glossary/schema';
import { collectTextBlocks } from '../../../lib/highlight/collect-text';
import { createMarkIndex } from '../../../lib/highlight/mark-index';
import { createMarks, type BlockMatch } from '../../../lib/highlight/marks';
import { clearHighlights, paintMarks } from '../../../lib/highlight/paint';
import { isSkipped } from '../../../lib/highlight/skip-rules';
import { buildMatchIndex, matchText } from '../../../lib/match';

const entries: Entry[] = [
  ['ttp', ['TTP', 'Pakistani Taliban']],
  ['kabul', ['Kabul']],
  ['baradar', ['Abdul Ghani Baradar', 'Baradar']],
  ['iskp', ['ISKP', 'Islamic State Khorasan Province']],
].map(([id, aliases]) => ({
  id: id as string,
  term: (aliases as string[])[0]!,
  aliases: aliases as string[],
  kind: 'group',
  summary: 's',
  sources: [{ url: 'https://example.org/' }],
  asOf: '2026-01-01',
  events: [],
  related: [],
}));
const index = buildMatchIndex(entries);

const words = fc.constantFrom(
  'TTP',
  'Kabul',
  'Abdul',
  'Ghani',
  'Baradar',
  'ISKP',
  'Islamic',
  'State',
  'Khorasan',
  'Province',
  'Pakistani',
  'Taliban',
  'the',
  'said',
  'ttp',
  'kabul',
  ',',
  '.',
  "'s",
  ' ',
  '\u00a0',
  '-',
  'é',
  '&',
  '<',
  '"',
);
const text = fc.array(words, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '));
const tags = fc.constantFrom(
  'p',
  'div',
  'span',
  'a',
  'b',
  'em',
  'li',
  'code',
  'pre',
  'textarea',
  'script',
  'x-widget',
  'br',
  'h2',
  'td',
);

interface Tree {
  tag: string;
  attrs: Record<string, string>;
  children: Array<Tree | string>;
}

const tree = fc.letrec<{ node: Tree; child: Tree | string }>((tie) => ({
  node: fc.record({
    tag: tags,
    attrs: fc.constantFrom<Record<string, string>>(
      {},
      { contenteditable: 'true' },
      { class: 'x' },
      { hidden: '' },
      { href: '#' },
    ),
    children: fc.array(tie('child'), { maxLength: 4 }),
  }),
  child: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('node')),
})).node;

function build(doc: Document, node: Tree | string): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  const element = doc.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) element.setAttribute(name, value);
  if (node.tag !== 'br') for (const child of node.children) element.appendChild(build(doc, child));
  return element;
}

function insideSkipped(node: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) if (isSkipped(el)) return true;
  return false;
}

function rangeText(range: AbstractRange): string {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.toString();
}

describe('highlighting is harmless on any DOM', () => {
  test('leaves the DOM exactly as it was, and every range covers exactly its term', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), (trees) => {
        document.body.replaceChildren(...trees.map((t) => build(document, t)));
        const before = document.body.outerHTML;
        const blocks = collectTextBlocks(document.body);
        const matches: BlockMatch[] = blocks.flatMap((block, i) =>
          matchText(index, block.text).map((m): BlockMatch => [i, m.start, m.end, m.entryId]),
        );
        const marks = createMarks(blocks, matches);
        paintMarks(marks, 'dotted');
        createMarkIndex(blocks, marks);
        expect(document.body.outerHTML).toBe(before);
        for (const mark of marks) {
          expect(rangeText(mark.range)).toBe(blocks[mark.block]!.text.slice(mark.start, mark.end));
          expect(insideSkipped(mark.range.startContainer)).toBe(false);
          expect(insideSkipped(mark.range.endContainer)).toBe(false);
        }
        clearHighlights();
        expect(document.body.outerHTML).toBe(before);
      }),
      { numRuns: 300 },
    );
  });
});
