import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { UNDERLINE_STYLES } from '../../../lib/highlight/paint';

const ROOT = resolve(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

/** The declarations of the first rule whose selector contains `selector`, normalised. */
function declarations(css: string, selector: string): string[] {
  const at = css.indexOf(selector);
  if (at < 0) return [];
  const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
  return body
    .split(';')
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

describe('the underline preview in the options page', () => {
  test.each(UNDERLINE_STYLES.filter((style) => style !== 'none'))('draws "%s" exactly as pages do', (style) => {
    const page = declarations(read('entrypoints/content/highlights.css'), `::highlight(bs-term-${style})`);
    const preview = declarations(read('components/options/underline-preview.css'), `[data-style='${style}']`);
    expect(page.length).toBeGreaterThan(0);
    expect(preview).toEqual(page);
  });
});
