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
