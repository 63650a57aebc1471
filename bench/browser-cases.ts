// The Chromium measurements: each case loads one page with one glossary and runs its contenders in
// rounds, side by side, so that run k of every contender is taken under the same conditions.
import type { ContenderName, Run } from './in-page/entry';
import type { BenchBrowser } from './browser';
import type { Glossary } from './glossaries';

/** How often a contender runs; `sample` gives mark.js that many of the terms (see runMarkArray). */
export interface ContenderPlan {
  name: ContenderName;
  runs: number;
  warmups: number;
  sample?: number;
}

export interface CaseSpec {
  id: string;
  page: string;
  file: string;
  glossary: Glossary;
  plan: ContenderPlan[];
}

export interface ContenderResult {
  name: ContenderName;
  /** The timed runs, after the warm-ups. */
  runs: Run[];
  /** The very first run, cold: what a page sees once, when the content script starts. */
  first: Run;
  sample?: number;
}

export interface CaseResult {
  id: string;
  page: string;
  glossary: string;
  /** Aliases in the glossary: the terms mark.js is given. */
  terms: number;
  contenders: ContenderResult[];
}

/** Runs one case: round after round, each contender in turn, until each has had its runs. */
export async function runCase(browser: BenchBrowser, spec: CaseSpec): Promise<CaseResult> {
  const page = await browser.open(spec.file, spec.glossary);
  const all = new Map<ContenderName, Run[]>(spec.plan.map((plan) => [plan.name, []]));
  const rounds = Math.max(...spec.plan.map((plan) => plan.warmups + plan.runs));
  for (let round = 0; round < rounds; round++) {
    for (const plan of spec.plan) {
      if (round >= plan.warmups + plan.runs) continue;
      const run = await page.evaluate(([name, sample]) => window.backstoryBench.run(name, sample), [
        plan.name,
        plan.sample,
      ] as const);
      all.get(plan.name)!.push(run);
    }
  }
  await page.close();
  const contenders = spec.plan.map((plan): ContenderResult => {
    const runs = all.get(plan.name)!;
    return { name: plan.name, runs: runs.slice(plan.warmups), first: runs[0]!, sample: plan.sample };
  });
  return {
    id: spec.id,
    page: spec.page,
    glossary: spec.glossary.name,
    terms: spec.glossary.aliases.length,
    contenders,
  };
}

export interface DecisionResult {
  times: number[];
  first: number;
  isArticle: boolean;
  unchanged: boolean;
}

/** "Articles only" on a page that is not an article: the decision's time, and that nothing changed. */
export async function runDecision(browser: BenchBrowser, file: string, runs: number, warmups: number) {
  const page = await browser.open(file);
  const outcomes = [];
  for (let i = 0; i < warmups + runs; i++)
    outcomes.push(await page.evaluate(() => window.backstoryBench.decideNotArticle()));
  await page.close();
  return {
    times: outcomes.slice(warmups).map((outcome) => outcome.ms),
    first: outcomes[0]!.ms,
    isArticle: outcomes.some((outcome) => outcome.isArticle),
    unchanged: outcomes.every((outcome) => outcome.unchanged),
  } satisfies DecisionResult;
}

/** The background's wake-up in Chromium: buildMatchIndex over the glossary's entries. */
export async function runIndexBuild(browser: BenchBrowser, glossary: Glossary, runs: number, warmups: number) {
  const page = await browser.open('blank.html');
  const json = JSON.stringify(glossary.entries);
  const times: number[] = [];
  for (let i = 0; i < warmups + runs; i++) {
    times.push(await page.evaluate((data) => window.backstoryBench.buildIndex(JSON.parse(data)), json));
  }
  await page.close();
  return { times: times.slice(warmups), first: times[0]! };
}

export interface HoverCardResult {
  /** Opening the card plus the layout it forces, each timed run. */
  times: number[];
  /** From the start of opening to the next painted frame, each timed run. */
  frames: number[];
  /** The first opening, cold. */
  first: number;
  /** Whether the card was on screen at the next painted frame, every run. */
  visible: boolean;
}

/** The hover card on the sample article: opened for TTP as when the hover delay ends. */
export async function runHoverCard(browser: BenchBrowser, glossary: Glossary, runs: number, warmups: number) {
  const page = await browser.open('sample-article.html', glossary);
  const outcomes = [];
  for (let i = 0; i < warmups + runs; i++) {
    outcomes.push(await page.evaluate(() => window.backstoryBench.openCard('TTP', 'ttp')));
  }
  await page.close();
  const timed = outcomes.slice(warmups);
  return {
    times: timed.map(({ timing }) => timing.work + timing.layout),
    frames: timed.map(({ timing }) => timing.frame),
    first: outcomes[0]!.timing.work + outcomes[0]!.timing.layout,
    visible: outcomes.every((outcome) => outcome.visible),
  } satisfies HoverCardResult;
}
