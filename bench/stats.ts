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

/** Runs `fn` `warmups` times untimed, then `runs` times, and returns each run's milliseconds. */
export function timeRuns(fn: () => void, runs: number, warmups: number): number[] {
  for (let i = 0; i < warmups; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times;
}
