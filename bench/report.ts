// Turns the raw measurements into the printed tables and the budget verdicts (DESIGN.md, "Budgets").
import type { CaseResult, ContenderResult, DecisionResult, HoverCardResult } from './browser-cases';
import type { BundleSize } from './bundle-size';
import type { Phases } from './in-page/contenders';
import type { MatcherRun } from './node-matcher';
import { median, pairedRatios } from './stats';

/** One frame at 60 Hz: what "within one frame" allows the work that shows the hover card. */
const FRAME_MS = 1000 / 60;

export interface Timings {
  times: number[];
  /** CPU milliseconds per run, where measured (Node). */
  cpu?: number[];
  first: number;
}

export interface BenchResults {
  startedAt: string;
  machine: { cpus: number; loadBefore: number[]; loadAfter: number[]; node: string; chromium: string };
  longPage: { words: number; mentions: number; blocks: number; chars: number };
  cases: CaseResult[];
  decision: DecisionResult;
  indexBuild: { node: Timings; chromium: Timings; entries: number };
  hoverCard: HoverCardResult;
  bundle: BundleSize;
  matchers: MatcherRun[];
}

export interface Budget {
  what: string;
  target: string;
  measured: string;
  met: boolean;
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const times = (value: number) =>
  `${value >= 10 ? value.toFixed(0) : value >= 1 ? value.toFixed(1) : value.toFixed(2)}x`;

/** A contender's work in each timed run; mark.js given a sample of terms is scaled up to all of them. */
function workTimes(contender: ContenderResult, terms: number): number[] {
  return contender.runs.map((run) => run.timing.work * (contender.sample ? terms / run.outcome.terms! : 1));
}

function find(result: CaseResult, prefix: string): ContenderResult | undefined {
  return (
    result.contenders.find((contender) => contender.name.startsWith(prefix) && !contender.name.includes('regexp')) ??
    result.contenders.find((contender) => contender.name.startsWith(prefix))
  );
}

/** Median of run-by-run ratios of two contenders' work. */
function ratio(result: CaseResult, top: ContenderResult | undefined, bottom: ContenderResult | undefined): number {
  if (!top || !bottom) return Number.NaN;
  return median(pairedRatios(workTimes(top, result.terms), workTimes(bottom, result.terms)));
}

/** Renders rows as an aligned plain-text table. */
export function table(headers: string[], rows: string[][], textColumns = 3): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i < textColumns ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export function chromiumTable(cases: CaseResult[]): string {
  const rows = cases.flatMap((result) => {
    const backstory = find(result, 'backstory');
    const floor = find(result, 'floor');
    return result.contenders.map((contender) => {
      const timed = contender.runs;
      const scaled = contender.sample
        ? `${contender.name} (${contender.sample}/${result.terms} terms, scaled)`
        : contender.name;
      return [
        result.page,
        result.glossary,
        scaled,
        ms(median(workTimes(contender, result.terms))),
        contender.sample ? '-' : ms(median(timed.map((run) => run.timing.layout))),
        contender.sample ? '-' : ms(median(timed.map((run) => run.timing.frame))),
        contender.sample ? '-' : ms(contender.first.timing.work),
        contender.sample ? '-' : String(timed[0]!.outcome.marked),
        contender === backstory ? '1' : times(ratio(result, contender, backstory)),
        contender === floor ? '1' : times(ratio(result, contender, floor)),
      ];
    });
  });
  const headers = [
    'page',
    'glossary',
    'contender',
    'work',
    'layout',
    'frame',
    'cold',
    'marked',
    '÷Backstory',
    '÷floor',
  ];
  return table(headers, rows);
}

/** From Backstory's highlight step (matches in hand: createMarks) to the next painted frame, per run. */
function highlightFrames(contender: ContenderResult): number[] {
  return contender.runs.map((run) => run.timing.paintedAt - run.outcome.highlightAt!);
}

export function phaseTable(cases: CaseResult[]): string {
  const names: (keyof Phases)[] = ['detect', 'collect', 'match', 'marks', 'paint', 'hoverIndex'];
  const rows = cases.flatMap((result) =>
    result.contenders
      .filter((contender) => contender.name.startsWith('backstory'))
      .map((contender) => [
        result.page,
        result.glossary,
        contender.name,
        ...names.map((name) => ms(median(contender.runs.map((run) => run.outcome.phases![name])))),
        ms(median(highlightFrames(contender))),
      ]),
  );
  return table(['page', 'glossary', 'contender', ...names, 'highlight→frame'], rows);
}

export function matcherTable(matchers: MatcherRun[], textBytes: number): string {
  const rows = matchers.map((run) => {
    const ours = matchers.find((other) => other.glossary === run.glossary)!;
    const cpu = median(run.cpu);
    return [
      run.glossary,
      run.matcher,
      ms(median(run.times)),
      ms(cpu),
      (textBytes / 1e6 / (cpu / 1000)).toFixed(1),
      String(run.matches),
      ms(run.buildMs),
      run === ours ? '1' : times(median(pairedRatios(run.cpu, ours.cpu))),
      ms(run.buildMs + run.firstMs),
      run === ours ? '1' : times((run.buildMs + run.firstMs) / (ours.buildMs + ours.firstMs)),
    ];
  });
  const headers = [
    'glossary',
    'matcher',
    'ms',
    'CPU ms',
    'MB/s (CPU)',
    'matches',
    'build ms',
    'CPU ÷lib/match',
    'wake: build + 1st pass',
    '÷lib/match',
  ];
  return table(headers, rows, 2);
}

/** Median of run-by-run ratios of two contenders' time to the next painted frame. */
function frameRatio(top: ContenderResult | undefined, bottom: ContenderResult | undefined): number {
  if (!top || !bottom) return Number.NaN;
  const frames = (contender: ContenderResult) => contender.runs.map((run) => run.timing.frame);
  return median(pairedRatios(frames(top), frames(bottom)));
}

/** Each DESIGN.md budget, against what was measured (medians; the cold first run alongside). */
export function budgets(results: BenchResults): Budget[] {
  const sample = results.cases.find((result) => result.id === 'sample')!;
  const long = results.cases.find((result) => result.id === 'long-10k')!;
  const detectRuns = sample.contenders.find((c) => c.name === 'backstory-detect')!;
  const detect = median(detectRuns.runs.map((run) => run.timing.work));
  const backstory = find(long, 'backstory');
  const markArray = long.contenders.find((c) => c.name === 'mark.js');
  const markRegExp = long.contenders.find((c) => c.name === 'mark.js-regexp');
  const vsArray = ratio(long, markArray, backstory);
  const vsRegExp = ratio(long, markRegExp, backstory);
  const vsFloor = ratio(long, backstory, find(long, 'floor'));
  const frame = median(backstory!.runs.map((run) => run.timing.frame));
  const decision = median(results.decision.times);
  const gzipKb = results.bundle.gzipBytes / 1000;
  const { node, chromium } = results.indexBuild;
  const nodeBuild = median(node.times);
  const pageBuild = median(chromium.times);
  const cardWork = median(results.hoverCard.times);
  return [
    {
      what: 'sample article, full glossary: detect + match + highlight',
      target: '< 5 ms',
      measured: `${ms(detect)} ms (cold first run ${ms(detectRuns.first.timing.work)} ms)`,
      met: detect < 5,
    },
    {
      what: '100k words, 10k terms: mark.js ÷ Backstory',
      target: '≥ 20x',
      measured:
        `${times(vsRegExp)} one regexp (to next frame ${times(frameRatio(markRegExp, backstory))}), ` +
        `${times(vsArray)} term by term (scaled)`,
      met: Math.min(vsRegExp, vsArray) >= 20,
    },
    {
      what: '100k words, 10k terms: Backstory ÷ text walk',
      target: '≤ 3x',
      measured: times(vsFloor),
      met: vsFloor <= 3,
    },
    {
      what: '100k words, 10k terms: to next painted frame',
      target: '< 100 ms',
      measured: `${ms(frame)} ms from the start (${ms(median(highlightFrames(backstory!)))} ms from the highlight step)`,
      met: frame < 100,
    },
    {
      what: 'not an article, "articles only": decided, page unchanged',
      target: '< 2 ms, no change',
      measured:
        `${ms(decision)} ms (cold ${ms(results.decision.first)} ms), ` +
        (results.decision.unchanged && !results.decision.isArticle ? 'unchanged' : 'CHANGED or judged an article'),
      met: decision < 2 && results.decision.unchanged && !results.decision.isArticle,
    },
    { what: 'content script bundle, gzip', target: '< 30 KB', measured: `${gzipKb.toFixed(1)} KB`, met: gzipKb < 30 },
    {
      what: `wake-up: buildMatchIndex, ${results.indexBuild.entries} entries`,
      target: '< 50 ms',
      measured:
        `Node ${ms(nodeBuild)} ms (CPU ${ms(median(node.cpu ?? []))}), Chromium ${ms(pageBuild)} ms ` +
        `(cold ${ms(node.first)} / ${ms(chromium.first)} ms)`,
      met: Math.max(nodeBuild, pageBuild) < 50,
    },
    {
      what: 'hover card: visible within one frame after the delay ends',
      target: '< 1 frame (16.7 ms)',
      measured:
        `opening + layout ${ms(cardWork)} ms (cold ${ms(results.hoverCard.first)} ms), ` +
        `painted ${ms(median(results.hoverCard.frames))} ms after, ${results.hoverCard.visible ? 'on screen' : 'NOT on screen'}`,
      met: cardWork < FRAME_MS && results.hoverCard.visible,
    },
  ];
}

export function budgetTable(rows: Budget[]): string {
  return table(
    ['budget', 'target', 'measured', 'met'],
    rows.map((row) => [row.what, row.target, row.measured, row.met ? 'yes' : 'NO']),
    4,
  );
}
