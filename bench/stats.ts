/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Ratios run by run: `top[i] / bottom[i]`, so each ratio compares two measurements taken side by side. */
export function pairedRatios(top: readonly number[], bottom: readonly number[]): number[] {
  return top.slice(0, bottom.length).map((value, i) => value / Math.max(bottom[i]!, 0.01));
}

/** Milliseconds per run: elapsed, and CPU time of this process (which other work on the machine does not inflate). */
export interface RunTimes {
  times: number[];
  cpu: number[];
}

/** Runs `fn` `warmups` times untimed, then `runs` times, timing each. */
export function timeRuns(fn: () => void, runs: number, warmups: number): RunTimes {
  for (let i = 0; i < warmups; i++) fn();
  const result: RunTimes = { times: [], cpu: [] };
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    fn();
    const used = process.cpuUsage(cpu);
    result.times.push(performance.now() - start);
    result.cpu.push((used.user + used.system) / 1000);
  }
  return result;
}
