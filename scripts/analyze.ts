// Runs the extension's own lib code over saved pages in Node:
//   npm run analyze -- <file.html or folder>... [--json]
// For each page: is it a news article, its title and publication date, the glossary terms found (in
// the article's text, or in the whole page when it is not an article) with their counts, the short
// forms the article defines itself, and its timeline (ISO dates with their precision).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detectArticle } from '../lib/article';
import { loadBuiltinPacks } from '../lib/glossary/builtin-packs';
import { createGlossaryService } from '../lib/glossary/glossary-service';
import { collectTextBlocks } from '../lib/highlight/collect-text';
import { pageTimeline } from '../lib/report/page-timeline';
import { loadPage } from './load-page';

const PUBLIC_DIR = resolve(import.meta.dirname, '../public');

function htmlFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((item) => (item.isDirectory() || /\.html?$/i.test(item.name) ? htmlFiles(join(path, item.name)) : []));
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const paths = args.filter((arg) => !arg.startsWith('--'));
if (paths.length === 0) {
  console.error('usage: npm run analyze -- <file.html or folder>... [--json]');
  process.exit(2);
}

const glossary = createGlossaryService({
  loadBuiltinPacks: () => loadBuiltinPacks(async (file) => readFileSync(join(PUBLIC_DIR, file), 'utf8')),
  loadUserGlossary: async () => ({ ownTerms: [], importedPacks: [] }),
  loadDisabledPacks: async () => [],
  saveUserGlossary: async () => {
    throw new Error('analyze never changes the glossary');
  },
});

for (const file of paths.flatMap(htmlFiles)) {
  const doc = loadPage(file);
  const detection = detectArticle(doc);
  const root = (detection.isArticle && detection.root) || doc.body;
  const blocks = collectTextBlocks(root).map((block) => block.text);
  const { matches, entries, definitions } = await glossary.matchBlocks(blocks);
  const { timeline } = pageTimeline(blocks, matches, entries, detection.isArticle ? detection.meta : null);
  const counts = new Map<string, number>();
  for (const match of matches) counts.set(match[3], (counts.get(match[3]) ?? 0) + 1);
  const terms = entries
    .map((entry) => ({ id: entry.id, term: entry.term, count: counts.get(entry.id) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
  const page = {
    file,
    isArticle: detection.isArticle,
    title: detection.meta.title,
    published: detection.meta.published,
    terms,
    definitions: definitions.map(({ short, long }) => ({ short, long })),
    timeline: timeline.map(({ date, precision, text, source }) => ({ date, precision, text, source })),
  };
  if (json) {
    console.log(JSON.stringify(page));
  } else {
    console.log(`${file}\n  ${page.isArticle ? 'article' : 'not an article'}: ${page.title ?? '(no title)'}`);
    console.log(`  published: ${page.published ?? 'unknown'}`);
    console.log(`  terms (${terms.length}): ${terms.map((t) => `${t.term} ×${t.count}`).join(', ') || 'none'}`);
    if (page.definitions.length)
      console.log(`  defined: ${page.definitions.map((d) => `${d.short} = ${d.long}`).join('; ')}`);
    const own = page.timeline.filter((event) => event.source !== 'glossary');
    if (own.length)
      console.log(
        `  dates: ${own.map((e) => `${e.date} (${e.precision}) ${e.text.slice(0, 50)}`).join('\n         ')}`,
      );
  }
}
