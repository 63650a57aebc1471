// Measures lib/abbreviations against labelled texts: precision, recall, misses, false hits and speed.
//
//   npx tsx scripts/measure-abbreviations.ts [--quiet] [--limit=N] [file.tsv|file.json ...]
//
// With no files it reads /work/shared/corpus/abbreviations (or $ABBREVIATIONS_CORPUS). Two formats:
// - .tsv as scispacy_test_cases.tsv: `case, text, expected pairs, source`, the pairs written
//   "SF=LF; SF=LF" with an optional closing remark in brackets, or "none".
// - .json as the SDU@AAAI-22 acronym extraction set: `{ ID, text, acronyms: [[start, end]...],
//   "long-forms": [[start, end]...] }`. The set marks spans but does not say which acronym a long form
//   belongs to, so each marked long form is paired with one marked acronym:
//     1. an acronym right after it, past only a bracket and quotes: "long form (SF)";
//     2. else one right before it, past only "=", ":", ",", a dash, a bracket or quotes: "SF = long form";
//   these pairs are the gold. A long form with neither has no sure partner: the set marked part of a
//   name ("...Development of Africa" before "in the 1990s (UN-NADAF)") or a name without its acronym.
//   It is paired with the nearest acronym at most 40 characters away as an "unsure" pair, which counts
//   neither way: it need not be found, and a definition matching it (leniently, see below) is not false.
//   The last line also gives the figures with the unsure pairs counted as gold.
//
// A gold pair counts as found when the detector reports, for the same text, a definition with the same
// short form and the same long form, compared exactly after collapsing runs of whitespace (non-breaking
// spaces included) and trimming quotes and brackets at both ends. Pairs are sets per text: a pair
// defined twice in one text counts once. The lenient figures also accept a long form that contains, or
// is contained in, the gold one, short forms compared without case or a plural "s".
// The listing shows MISS (nothing close found), NEAR (found with other bounds; the gold in brackets)
// and FALSE (nothing close in the gold).
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findDefinitions } from '../lib/abbreviations';

interface Pair {
  short: string;
  long: string;
}
interface Sample {
  id: string;
  text: string;
  gold: Pair[];
  unsure: Pair[];
}
interface Score {
  tp: number;
  gold: number;
  found: number;
  lenientTp: number;
  lenientFound: number;
}
type Span = [number, number];

const CORPUS = process.env.ABBREVIATIONS_CORPUS ?? '/work/shared/corpus/abbreviations';
const DEFAULT_FILES = ['scispacy_test_cases.tsv', 'un-legal-train.json'].map((name) => join(CORPUS, name));
const SAMPLE_ARTICLE = join(import.meta.dirname, '../tests/unit/abbreviations/sample-article.txt');
const QUOTES = `"'\u201c\u201d\u2018\u2019`;
const EDGES = new RegExp(`^[\\s${QUOTES}()[\\]]+|[\\s${QUOTES}()[\\]]+$`, 'g');
const BRACKET_AFTER = new RegExp(`^[\\s${QUOTES}]*[([][\\s${QUOTES}]*$`);
const MARK_BEFORE = new RegExp(`^[\\s${QUOTES}]*(?:[=:(,\\u2013\\u2014-])?[\\s${QUOTES}]*$`);
const NEAREST_LIMIT = 40;

const normalise = (s: string): string => s.replace(/\s+/g, ' ').replace(EDGES, '');
const key = (p: Pair): string => `${normalise(p.short)}\u0000${normalise(p.long)}`;
const looseShort = (s: string): string =>
  normalise(s)
    .toLowerCase()
    .replace(/(?:['\u2019]?s|s['\u2019])$/, '');

function lenientMatch(a: Pair, b: Pair): boolean {
  const [x, y] = [normalise(a.long).toLowerCase(), normalise(b.long).toLowerCase()];
  return looseShort(a.short) === looseShort(b.short) && (x.includes(y) || y.includes(x));
}

function readTsv(file: string): Sample[] {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((row) => row.trim());
  return rows.map((row) => {
    const [id = '', text = '', expected = ''] = row.split('\t');
    const pairs = /^none\b/.test(expected) ? [] : expected.replace(/\s+\([^()]*\)\s*$/, '').split(/;\s*/);
    const gold = pairs.map((pair) => ({
      short: pair.slice(0, pair.indexOf('=')),
      long: pair.slice(pair.indexOf('=') + 1),
    }));
    return { id, text, gold, unsure: [] };
  });
}

/** The acronym a marked long form belongs to, and whether the pairing is sure (see the top of the file). */
function partnerOf(text: string, long: Span, acronyms: Span[]): { acronym: Span; sure: boolean } | null {
  let best: { rank: number; gap: number; acronym: Span } | null = null;
  for (const acronym of acronyms) {
    const after = acronym[0] >= long[1];
    if (!after && acronym[1] > long[0]) continue;
    const between = after ? text.slice(long[1], acronym[0]) : text.slice(acronym[1], long[0]);
    const rank = after && BRACKET_AFTER.test(between) ? 1 : !after && MARK_BEFORE.test(between) ? 2 : 3;
    if (rank === 3 && between.length > NEAREST_LIMIT) continue;
    if (!best || rank < best.rank || (rank === best.rank && between.length < best.gap)) {
      best = { rank, gap: between.length, acronym };
    }
  }
  return best && { acronym: best.acronym, sure: best.rank < 3 };
}

function readSdu(file: string): Sample[] {
  const records = JSON.parse(readFileSync(file, 'utf8')) as {
    ID: string;
    text: string;
    acronyms: Span[];
    'long-forms': Span[];
  }[];
  return records.map(({ ID, text, acronyms, 'long-forms': longForms }) => {
    const sample: Sample = { id: ID, text, gold: [], unsure: [] };
    for (const long of longForms) {
      const partner = partnerOf(text, long, acronyms);
      const pair = partner && { short: text.slice(...partner.acronym), long: text.slice(...long) };
      if (pair) (partner.sure ? sample.gold : sample.unsure).push(pair);
    }
    return sample;
  });
}

/** Scores one file; with `unsureAsGold`, the unsure pairs are gold, else they count neither way. */
function scoreFile(name: string, samples: Sample[], unsureAsGold: boolean, report?: string[]): Score {
  const score: Score = { tp: 0, gold: 0, found: 0, lenientTp: 0, lenientFound: 0 };
  for (const sample of samples) {
    const pairs = unsureAsGold ? [...sample.gold, ...sample.unsure] : sample.gold;
    const gold = new Map(pairs.map((p) => [key(p), p]));
    const unsure = unsureAsGold ? [] : sample.unsure;
    const found = new Map(findDefinitions(sample.text).map((d) => [key(d), { short: d.short, long: d.long }]));
    const where = `${name}#${sample.id}`;
    for (const [k, p] of gold) {
      const near = [...found.values()].some((f) => lenientMatch(f, p));
      score.gold++;
      if (near) score.lenientTp++;
      if (found.has(k)) score.tp++;
      else if (!near) report?.push(`MISS  ${where}  ${normalise(p.short)} = ${normalise(p.long)}`);
    }
    for (const [k, p] of found) {
      const near = [...gold.values()].find((g) => lenientMatch(p, g));
      if (!near && unsure.some((u) => lenientMatch(p, u))) continue;
      score.found++;
      if (near) score.lenientFound++;
      if (gold.has(k)) continue;
      const label = near ? `NEAR  ${where}  (gold: ${normalise(near.long)})` : `FALSE ${where}`;
      report?.push(`${label}  ${normalise(p.short)} = ${normalise(p.long)}`);
    }
  }
  return score;
}

const ratio = (a: number, b: number): string => (b === 0 ? '  -  ' : (a / b).toFixed(3));
function formatScore(name: string, s: Score): string {
  const strict = `precision ${ratio(s.tp, s.found)}  recall ${ratio(s.tp, s.gold)}`;
  const lenient = `lenient ${ratio(s.lenientFound, s.found)}/${ratio(s.lenientTp, s.gold)}`;
  return `${name.padEnd(36)} gold ${String(s.gold).padStart(5)}  found ${String(s.found).padStart(5)}  ${strict}  (${lenient})`;
}

function add(total: Score, score: Score): void {
  for (const k of Object.keys(total) as (keyof Score)[]) total[k] += score[k];
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Repeats texts, in turn, up to 100,000 words. */
function hundredThousandWords(texts: string[]): string {
  const parts: string[] = [];
  for (let i = 0, words = 0; words < 100_000; i++) {
    const text = texts[i % texts.length] ?? 'word';
    parts.push(text);
    words += text.split(/\s+/).filter(Boolean).length;
  }
  return parts.join('\n\n');
}

/**
 * Times findDefinitions on 100,000 words, against a baseline run in turn with it: splitting the same
 * text into words. Machines and their loads differ; the ratio says more than the time.
 */
function measureTime(name: string, text: string): string {
  const ours: number[] = [];
  const baseline: number[] = [];
  let count = 0;
  let first = 0;
  for (let run = 0; run < 12; run++) {
    let start = performance.now();
    count = findDefinitions(text).length;
    if (run === 0) first = performance.now() - start;
    else ours.push(performance.now() - start);
    start = performance.now();
    const split = text.match(/\S+/g)?.length ?? 0;
    if (run > 0 && split > 0) baseline.push(performance.now() - start);
  }
  const spread = `${Math.min(...ours).toFixed(1)}-${Math.max(...ours).toFixed(1)}`;
  return [
    `timing, ${name} (${text.length} characters, ${count} definitions):`,
    `  findDefinitions median ${median(ours).toFixed(1)} ms (${spread}) over ${ours.length} runs, first run ${first.toFixed(1)} ms;`,
    `  text.match(/\\S+/g) median ${median(baseline).toFixed(1)} ms; ratio ${(median(ours) / median(baseline)).toFixed(1)}`,
  ].join('\n');
}

const args = process.argv.slice(2);
const limit = Number(args.find((a) => a.startsWith('--limit='))?.slice(8) ?? Infinity);
const files = args.filter((a) => !a.startsWith('--'));
const sure: Score = { tp: 0, gold: 0, found: 0, lenientTp: 0, lenientFound: 0 };
const withUnsure: Score = { ...sure };
const report: string[] = [];
const lines: string[] = [];
const all: Sample[] = [];
for (const file of files.length ? files : DEFAULT_FILES) {
  const samples = file.endsWith('.tsv') ? readTsv(file) : readSdu(file);
  const score = scoreFile(basename(file), samples, false, report);
  const unsure = samples.reduce((n, s) => n + s.unsure.length, 0);
  add(sure, score);
  add(withUnsure, scoreFile(basename(file), samples, true));
  all.push(...samples);
  lines.push(formatScore(`${basename(file)} (${samples.length} texts, ${unsure} unsure)`, score));
}
if (!args.includes('--quiet')) console.log(report.sort().slice(0, limit).join('\n'), '\n');
lines.push(formatScore('combined', sure), formatScore('combined, unsure pairs as gold', withUnsure));
const news = readFileSync(SAMPLE_ARTICLE, 'utf8');
const timings = [
  measureTime('100,000 words of the texts above', hundredThousandWords(all.map((s) => s.text))),
  measureTime('100,000 words of news (the sample article, repeated)', hundredThousandWords([news])),
];
console.log([...lines, ...timings].join('\n'));
