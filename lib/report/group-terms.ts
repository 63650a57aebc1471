import { KINDS, type Kind } from '../glossary/schema';
import type { ReportTerm } from './page-report';

/** The terms of one kind, most mentioned first. */
export interface TermGroup {
  kind: Kind;
  terms: ReportTerm[];
  /** Mentions of all the group's terms together. */
  mentions: number;
}

/**
 * Groups a page's terms by kind for "Who & what": the most mentioned kind first (ties in the
 * glossary's order of kinds), and within a kind the most mentioned term first (ties by name).
 */
export function groupTermsByKind(terms: readonly ReportTerm[]): TermGroup[] {
  const groups = new Map<Kind, TermGroup>();
  for (const term of terms) {
    const group = groups.get(term.kind) ?? { kind: term.kind, terms: [], mentions: 0 };
    group.terms.push(term);
    group.mentions += term.count;
    groups.set(term.kind, group);
  }
  for (const group of groups.values()) {
    group.terms.sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
  }
  return [...groups.values()].sort((a, b) => b.mentions - a.mentions || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
}
