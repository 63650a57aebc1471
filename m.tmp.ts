import { readFileSync } from 'node:fs';
import { applyCues, buildMatchIndex, matchText } from './lib/match';
import { collectTextBlocks } from './lib/highlight/collect-text';
import { loadPage } from './scripts/load-page';
const packs = ['south-asia-security', 'world-news'].map((p) => JSON.parse(readFileSync(`public/glossary/${p}.json`, 'utf8')));
const idx = buildMatchIndex(packs.flatMap((p) => p.entries));
for (const f of process.argv.slice(2)) {
  const doc = loadPage(f);
  const blocks = collectTextBlocks(doc.body).map((b) => b.text);
  const all = blocks.flatMap((t, i) => matchText(idx, t).map((m) => ({ ...m, i })));
  for (const m of applyCues(all, blocks.join('\n'))) {
    const t = blocks[m.i]!;
    console.log(f.split('/').at(-2), m.entryId, JSON.stringify(t.slice(Math.max(0, m.start - 40), m.end + 30)));
  }
}
