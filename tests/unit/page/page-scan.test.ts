import { describe, expect, test } from 'vitest';
import type { ScanRequest } from '../../../lib/messaging';
import { scanPage } from '../../../lib/page/page-scan';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

describe('a scan tells the background how long the text is', () => {
  test('sends the word count of the blocks it reads, for the reading time', async () => {
    document.body.innerHTML = `<article>
      <h1>Torkham reopens</h1>
      <p>Lorries rolled through the Torkham crossing on Tuesday, the first traffic in a week.</p>
      <p>Traders said the closure had left hundreds of vehicles stranded on the highway.</p>
    </article>`;
    const sent: ScanRequest[] = [];
    await scanPage(
      {
        doc: document,
        registry: new Map() as unknown as HighlightRegistry,
        scan: async (request) => (sent.push(request), { matches: [], entries: [], definitions: [] }),
        reportStatus: async () => undefined,
      },
      DEFAULT_SETTINGS,
      true,
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]!.wordCount).toBe(2 + 14 + 13);
  });
});

describe('a scan never leaves the page bare while the background answers', () => {
  const article = `<article><h1>Torkham reopens</h1>
    <p>Lorries rolled through the Torkham crossing on Tuesday, the first traffic in a week.</p></article>`;

  test('the old underlines stay until the new ones replace them', async () => {
    document.body.innerHTML = article;
    const registry = new Map() as unknown as HighlightRegistry;
    const old = new Highlight();
    registry.set('bs-term-dotted', old);
    let seenDuringScan: unknown;
    await scanPage(
      {
        doc: document,
        registry,
        scan: async () => {
          seenDuringScan = registry.get('bs-term-dotted');
          return { matches: [], entries: [], definitions: [] };
        },
        reportStatus: async () => undefined,
      },
      DEFAULT_SETTINGS,
      true,
    );
    expect(seenDuringScan).toBe(old);
    expect(registry.has('bs-term-dotted')).toBe(false);
  });

  test('a page the reader turned off loses them at once', async () => {
    document.body.innerHTML = article;
    const registry = new Map() as unknown as HighlightRegistry;
    registry.set('bs-term-dotted', new Highlight());
    await scanPage(
      {
        doc: document,
        registry,
        scan: async () => ({ matches: [], entries: [], definitions: [] }),
        reportStatus: async () => undefined,
      },
      { ...DEFAULT_SETTINGS, enabled: false },
    );
    expect([...registry.keys()]).toEqual([]);
  });
});
