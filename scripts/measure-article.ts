// Measures the article detector on the shared corpus: `npx tsx scripts/measure-article.ts [corpus dir]`.
// Prints every misclassified page and every wrong publication day with the detector's reasons,
// then precision, recall, date accuracy and the median time of detectArticle per page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectArticle, readArticleMeta, type ArticleDetection } from '../lib/article';
import { loadPage } from './load-page';

const corpus = process.argv[2] ?? '/work/shared/corpus';

/** Rows of a TSV file with a header line, as objects keyed by column name. */
function readTsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split(/\r?\n/);
  const columns = (header ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Runs detectArticle once on a freshly parsed page and times it. Only the first run counts: the
 * extension detects once per page, and happy-dom caches selector results for later runs.
 */
function timedDetection(doc: Document): { result: ArticleDetection; ms: number } {
  const start = performance.now();
  const result = detectArticle(doc);
  return { result, ms: performance.now() - start };
}

function measurePages(): number[] {
  const dir = join(corpus, 'pages');
  const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const times: number[] = [];
  for (const row of readTsv(join(dir, 'labels.tsv'))) {
    const doc = loadPage(join(dir, row.name!, 'source.html'), row.url || undefined);
    const { result, ms } = timedDetection(doc);
    times.push(ms);
    const expected = row.news === 'yes';
    const key = result.isArticle ? (expected ? 'tp' : 'fp') : expected ? 'fn' : 'tn';
    counts[key]++;
    if (key === 'fp' || key === 'fn') {
      console.log(`${key.toUpperCase()} ${row.name} (${row.page_type})\n    ${result.reasons.join('; ')}`);
    }
  }
  const precision = counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp / (counts.tp + counts.fn);
  console.log(`\npages: ${JSON.stringify(counts)}`);
  console.log(`precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}\n`);
  return times;
}

/**
 * Publication days on the dates corpus, read with readArticleMeta (detectArticle stops at declared
 * metadata for pages it rules out). Also counts how many of these news pages detectArticle accepts.
 */
function measureDates(): number[] {
  const dir = join(corpus, 'dates');
  // A few pages are labelled "nan" (no known day): they cannot be scored.
  const rows = readTsv(join(dir, 'labels.tsv')).filter((row) => /^\d{4}-\d\d-\d\d$/.test(row.published ?? ''));
  const times: number[] = [];
  let right = 0;
  let accepted = 0;
  for (const row of rows) {
    const { result, ms } = timedDetection(loadPage(join(dir, row.file!), row.url || undefined));
    times.push(ms);
    if (result.isArticle) accepted++;
    const published = readArticleMeta(loadPage(join(dir, row.file!), row.url || undefined)).published;
    if (published?.slice(0, 10) === row.published) right++;
    else console.log(`DATE ${row.file} expected ${row.published}, found ${published} (${row.url})`);
  }
  console.log(`\ndates: ${right}/${rows.length} right, accuracy ${(right / rows.length).toFixed(3)}`);
  console.log(`(detectArticle accepts ${accepted}/${rows.length} of these news pages)\n`);
  return times;
}

const pageTimes = measurePages();
const dateTimes = measureDates();
const all = [...pageTimes, ...dateTimes];
console.log(
  `detectArticle in Node (happy-dom): median ${median(all).toFixed(2)} ms per page, ` +
    `max ${Math.max(...all).toFixed(1)} ms, over ${all.length} pages`,
);
