// `npm run bench`: measures the budgets in DESIGN.md ("Budgets") in headless Chromium, and the matcher
// alone in Node, side by side in one run. Prints the tables and writes bench/results.json.
// Modules: bench/glossaries.ts, bench/article-page.ts (inputs), bench/in-page/ (what runs in the page),
// bench/browser*.ts (Chromium), bench/node-matcher.ts, bench/bundle-size.ts, bench/report.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { generateArticlePage } from '../bench/article-page';
import { startBrowser } from '../bench/browser';
import {
  runCase,
  runDecision,
  runHoverCard,
  runIndexBuild,
  type CaseSpec,
  type ContenderPlan,
} from '../bench/browser-cases';
import { bundleInPage } from '../bench/bundle';
import { contentScriptSize } from '../bench/bundle-size';
import { benchGlossaries, mentionPool } from '../bench/glossaries';
import { benchMatchers } from '../bench/node-matcher';
import { budgets, budgetTable, chromiumTable, matcherTable, phaseTable, type BenchResults } from '../bench/report';
import { timeRuns } from '../bench/stats';
import { buildMatchIndex } from '../lib/match';

const RUNS = 7;
const WARMUPS = 2;
/** mark.js given terms one by one makes a whole pass over the 100k-word page per term (~0.1-0.4 s). */
const MARK_SAMPLE = 8;
const FIXTURES = resolve(import.meta.dirname, '../tests/fixtures');
const OUT = resolve(import.meta.dirname, '../bench/results.json');

const log = (message: string) => process.stderr.write(`${message}\n`);
const full = (name: ContenderPlan['name']): ContenderPlan => ({ name, runs: RUNS, warmups: WARMUPS });

const loadBefore = loadavg();
const started = performance.now();
const glossaries = await benchGlossaries();
const long = generateArticlePage({
  words: 100_000,
  mentionsPer100k: 2540,
  mentionPool: mentionPool(glossaries.small, glossaries.large),
  seed: 2540,
});

log('Content script size (builds the extension if its build is missing or stale)…');
const bundle = contentScriptSize();

log('Node: index build and matchers…');
const nodeBuild = () => void buildMatchIndex(glossaries.large.entries);
const nodeIndex = { first: timeRuns(nodeBuild, 1, 0).times[0]!, ...timeRuns(nodeBuild, RUNS, WARMUPS) };
const matchers = benchMatchers(long.blocks, [glossaries.small, glossaries.large], RUNS, WARMUPS);

log('Chromium…');
const browser = await startBrowser(
  {
    'sample-article.html': readFileSync(resolve(FIXTURES, 'sample-article.html'), 'utf8'),
    'section-front.html': readFileSync(resolve(FIXTURES, 'section-front.html'), 'utf8'),
    'long-article.html': long.html,
    'blank.html': '<!doctype html><title>blank</title>',
  },
  await bundleInPage(),
);
const longPlan = (): ContenderPlan[] => [
  full('backstory'),
  full('floor'),
  { name: 'mark.js-regexp', runs: 3, warmups: 1 },
  { name: 'mark.js', runs: 3, warmups: 0, sample: MARK_SAMPLE },
];
const specs: CaseSpec[] = [
  {
    id: 'sample',
    page: 'sample article',
    file: 'sample-article.html',
    glossary: glossaries.full,
    plan: [full('backstory-detect'), full('floor'), full('mark.js-regexp'), { name: 'mark.js', runs: 3, warmups: 1 }],
  },
  { id: 'long-300', page: '100k words', file: 'long-article.html', glossary: glossaries.small, plan: longPlan() },
  { id: 'long-10k', page: '100k words', file: 'long-article.html', glossary: glossaries.large, plan: longPlan() },
];
const cases = [];
for (const spec of specs) {
  log(`  ${spec.page}, ${spec.glossary.name}…`);
  cases.push(await runCase(browser, spec));
}
const decision = await runDecision(browser, 'section-front.html', RUNS, WARMUPS);
const pageIndex = await runIndexBuild(browser, glossaries.large, RUNS, WARMUPS);
const hoverCard = await runHoverCard(browser, glossaries.full, RUNS, WARMUPS);
const chromium = await browser.version();
await browser.close();

const results: BenchResults = {
  startedAt: new Date().toISOString(),
  machine: { cpus: cpus().length, loadBefore, loadAfter: loadavg(), node: process.version, chromium },
  longPage: {
    words: long.words,
    mentions: long.mentions,
    blocks: long.blocks.length,
    chars: long.blocks.join('\n').length,
  },
  cases,
  decision,
  indexBuild: { node: nodeIndex, chromium: pageIndex, entries: glossaries.large.entries.length },
  bundle,
  matchers,
  hoverCard,
};
const verdicts = budgets(results);
const textBytes = Buffer.byteLength(long.blocks.join('\n'));
const load = (values: number[]) => values.map((value) => value.toFixed(1)).join(' ');
console.log(`\nBackstory bench — ${results.startedAt}, ${chromium}, Node ${process.version}, ${cpus().length} cores`);
console.log(`load average before ${load(loadBefore)}, after ${load(results.machine.loadAfter)}`);
console.log(`100k page: ${long.words} words, ${long.mentions} glossary mentions written, ${long.blocks.length} blocks`);
console.log(
  `medians of ${RUNS} runs after ${WARMUPS} warm-ups (mark.js: fewer, see results.json); ratios run by run\n`,
);
console.log(`In headless Chromium (ms)\n${chromiumTable(cases)}\n`);
console.log(`Backstory step by step (ms, medians)\n${phaseTable(cases)}\n`);
console.log(
  `Matcher alone in Node, ${(textBytes / 1e6).toFixed(2)} MB of text\n${matcherTable(matchers, textBytes)}\n`,
);
console.log(`Budgets (DESIGN.md)\n${budgetTable(verdicts)}\n`);
writeFileSync(OUT, JSON.stringify({ ...results, budgets: verdicts }, null, 2));
console.log(`Raw runs in ${OUT} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
