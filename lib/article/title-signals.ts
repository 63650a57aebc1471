import type { Signal } from './signal';

/** Evidence from the headline's wording: guides announce themselves ("How to Build a Terrarium"). */
export function titleSignals(title: string | null): Signal[] {
  return title && /^how[\s-]to\b/i.test(title) ? [{ points: -2.5, reason: 'how-to title' }] : [];
}
