import type { Definition } from './definition';
import { findAppositives } from './find-appositives';
import { findEqualsLists } from './find-equals-lists';
import { findParenthesised } from './find-parenthesised';
import { isPlausibleLongForm } from './long-form-checks';
import type { ScoredDefinition } from './scored-definition';

const startOf = (d: Definition): number => Math.min(d.shortStart, d.longStart);
const endOf = (d: Definition): number => Math.max(d.shortEnd, d.longEnd);
const overlap = (a: Definition, b: Definition): boolean => startOf(a) < endOf(b) && startOf(b) < endOf(a);

/** Keeps, among definitions that share text, the best spelled ones; returns them in text order. */
function dropOverlaps(candidates: ScoredDefinition[]): ScoredDefinition[] {
  const sorted = [...candidates].sort((a, b) => startOf(a) - startOf(b));
  const kept: ScoredDefinition[] = [];
  // Definitions overlap only within runs of overlapping spans, so each run is settled on its own.
  for (let i = 0, j = 0; i < sorted.length; i = j) {
    let end = -1;
    for (j = i; j < sorted.length && (j === i || startOf(sorted[j] as ScoredDefinition) < end); j++) {
      end = Math.max(end, endOf(sorted[j] as ScoredDefinition));
    }
    const run: ScoredDefinition[] = [];
    for (const candidate of sorted.slice(i, j).sort((a, b) => b.score - a.score)) {
      if (!run.some((other) => overlap(candidate, other))) run.push(candidate);
    }
    kept.push(...run.sort((a, b) => startOf(a) - startOf(b)));
  }
  return kept;
}

/**
 * Finds the acronyms a text defines itself ("Tehreek-e-Taliban Pakistan (TTP)", "TTP (Tehreek-e-Taliban
 * Pakistan)", "the Islamic State Khorasan Province, or ISKP", "ISKP, the Islamic State Khorasan
 * Province,", "ISKP = Islamic State Khorasan Province"), in text order. A definition is reported only
 * when its long form spells its short form, in order, mostly from the starts of its words. Runs in
 * time linear in the length of the text.
 */
export function findDefinitions(text: string): Definition[] {
  const candidates = [...findParenthesised(text), ...findAppositives(text), ...findEqualsLists(text)];
  return dropOverlaps(candidates.filter((d) => isPlausibleLongForm(d.short, d.long))).map(
    ({ score: _score, ...definition }) => definition,
  );
}
