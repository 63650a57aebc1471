import { describe, expect, test } from 'vitest';
import { collectTextBlocks } from '../../../lib/highlight/collect-text';

function blocksOf(html: string): string[] {
  document.body.innerHTML = html;
  return collectTextBlocks(document.body).map((block) => block.text);
}

describe('collectTextBlocks', () => {
  test.each([
    ['joins a name across inline tags', '<p>Abdul Ghani <a href="#">Baradar</a> met</p>', ['Abdul Ghani Baradar met']],
    ['separates paragraphs', '<p>Karachi</p><p>Police</p>', ['Karachi', 'Police']],
    ['breaks at a line break', '<p>Kabul<br>Islamabad</p>', ['Kabul', 'Islamabad']],
    ['separates text around a nested block', '<div>one <div>two</div> three</div>', ['one ', 'two', ' three']],
    [
      'skips code, forms, editors, scripts and hidden text',
      '<p>TTP</p><pre>TTP</pre><code>TTP</code><textarea>TTP</textarea><div contenteditable>TTP</div><script>TTP</script><div hidden>TTP</div><svg><text>TTP</text></svg>',
      ['TTP'],
    ],
    ['skips our own UI', '<p>ISKP</p><bs-card>ISKP</bs-card>', ['ISKP']],
    [
      'goes on after a skipped element that ends a nested subtree',
      '<div><p>Kabul <b>and <code>x</code></b></p></div><p>Torkham <i>border</i></p>',
      ['Kabul and ', 'Torkham border'],
    ],
    [
      'reads inside editable=false islands only outside editors',
      '<div contenteditable="false"><p>Kabul</p></div>',
      ['Kabul'],
    ],
  ])('%s', (_name, html, expected) => {
    expect(blocksOf(html)).toEqual(expected);
  });

  test('records where each text node starts', () => {
    document.body.innerHTML = '<p>Abdul <b>Ghani</b> Baradar</p>';
    const [block] = collectTextBlocks(document.body);
    expect(block!.starts).toEqual([0, 6, 11]);
    expect(block!.nodes.map((node) => node.data)).toEqual(['Abdul ', 'Ghani', ' Baradar']);
  });
});
