// Runs in the page. Times a piece of work the way a reader feels it: the work itself, the layout the
// browser must then do before it can answer a geometry question, and the wait for the next painted frame.

/** Milliseconds spent in each stage of one run. */
export interface Timing {
  /** The work itself (matching, registering or wrapping). */
  work: number;
  /** A forced layout right after: reading the page's height and a rectangle. */
  layout: number;
  /** From the start of the work to the next painted frame (rAF, then a task after the paint). */
  frame: number;
  /** When the next frame was painted (performance.now()), to time it from a later step too. */
  paintedAt: number;
}

/** Resolves after the browser has painted a frame: rAF runs before the paint, the task after it. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Forces style and layout, as a script that reads geometry after the work would. */
export function forceLayout(root: Element): number {
  return document.body.offsetHeight + root.getBoundingClientRect().height;
}

/** Runs `work` (awaiting it when it returns a promise: microtasks only, no frame in between) and measures it. */
export async function measure<R>(root: Element, work: () => R | Promise<R>): Promise<{ timing: Timing; result: R }> {
  const start = performance.now();
  const result = await work();
  const worked = performance.now();
  forceLayout(root);
  const laidOut = performance.now();
  await nextPaint();
  const painted = performance.now();
  return {
    timing: { work: worked - start, layout: laidOut - worked, frame: painted - start, paintedAt: painted },
    result,
  };
}
