import * as v from 'valibot';
import { EntrySchema, type Alias, type Entry, type EntryInput, type Kind } from './schema';

/** A reader's own term as the options form holds it: plain text fields, lists one item per line. */
export interface TermDraft {
  term: string;
  /** One spelling per line. */
  aliases: string;
  kind: Kind;
  summary: string;
  details: string;
  sourceUrl: string;
  sourceTitle: string;
  /** One event per line: a date (YYYY, YYYY-MM or YYYY-MM-DD), a space, then what happened. */
  events: string;
}

export type DraftField = keyof TermDraft;

/** The form's errors, one message per field, as the schema words them. */
export type DraftErrors = Partial<Record<DraftField, string>>;

export const EMPTY_DRAFT: TermDraft = {
  term: '',
  aliases: '',
  kind: 'concept',
  summary: '',
  details: '',
  sourceUrl: '',
  sourceTitle: '',
  events: '',
};

const aliasText = (alias: Alias) => (typeof alias === 'string' ? alias : alias.text);

/** The form's view of an entry, to edit it. */
export function draftFromEntry(entry: Entry): TermDraft {
  const source = entry.sources[0];
  return {
    term: entry.term,
    aliases: entry.aliases.map(aliasText).join('\n'),
    kind: entry.kind,
    summary: entry.summary,
    details: entry.details ?? '',
    sourceUrl: source?.url ?? '',
    sourceTitle: source?.title ?? '',
    events: entry.events.map((event) => `${event.date} ${event.text}`).join('\n'),
  };
}

const lines = (text: string) => [...new Set(text.split('\n').map((line) => line.trim()))].filter(Boolean);

/**
 * An entry id from a term's name: lowercase ASCII words joined by hyphens ("Ḥaqqānī Network" →
 * "haqqani-network"); "term" when the name has no Latin letters or digits.
 */
export function idFromTerm(term: string): string {
  const slug = term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return slug || 'term';
}

/** `base`, or `base-2`, `base-3`... : the first id that `isTaken` says is free. */
export async function freeId(base: string, isTaken: (id: string) => Promise<boolean>): Promise<string> {
  let id = base;
  for (let n = 2; await isTaken(id); n++) id = `${base}-${n}`;
  return id;
}

export interface DraftContext {
  id: string;
  /** Today, YYYY-MM-DD: the day the reader last checked their own term's facts. */
  today: string;
  /** The entry being edited: what the form does not show (cues, more sources, related) is kept. */
  base?: Entry;
}

/** The entry a draft describes, not yet validated. */
export function entryFromDraft(draft: TermDraft, { id, today, base }: DraftContext): EntryInput {
  const baseAliases = new Map(base?.aliases.map((alias) => [aliasText(alias), alias]));
  const baseEvents = new Map(base?.events.map((event) => [`${event.date} ${event.text}`, event]));
  const title = draft.sourceTitle.trim();
  return {
    id,
    term: draft.term,
    aliases: lines(draft.aliases).map((text) => baseAliases.get(text) ?? text),
    kind: draft.kind,
    summary: draft.summary,
    ...(draft.details.trim() ? { details: draft.details } : {}),
    sources: [{ url: draft.sourceUrl.trim(), ...(title ? { title } : {}) }, ...(base?.sources.slice(1) ?? [])],
    asOf: today,
    events: lines(draft.events).map((line) => {
      const kept = baseEvents.get(line.replace(/\s+/, ' '));
      if (kept) return kept;
      const [, date = line, text = ''] = /^(\S+)\s+(.*)$/.exec(line) ?? [];
      return { date, text };
    }),
    related: base?.related ?? [],
  };
}

const EVENT_PARTS: Record<string, string> = { date: 'the date', text: 'the text', source: 'the source' };

/** Which form field an issue belongs to, and the message to show there. */
function fieldOf(issue: v.BaseIssue<unknown>): [DraftField, string] {
  const [first, second, third] = (issue.path ?? []).map((item) => item.key as string | number);
  const line = typeof second === 'number' ? `Line ${second + 1}: ` : '';
  switch (first) {
    case 'aliases':
      return ['aliases', `${line}${issue.message}`];
    case 'events':
      return ['events', `${line}${third ? `${EVENT_PARTS[third] ?? third} ` : ''}${issue.message}`];
    case 'sources':
      return second === 0 && third === 'title' ? ['sourceTitle', issue.message] : ['sourceUrl', issue.message];
    case 'kind':
    case 'summary':
    case 'details':
      return [first, issue.message];
    default:
      return ['term', issue.message];
  }
}

export type DraftValidation = { ok: true; entry: Entry } | { ok: false; errors: DraftErrors };

/** Checks a draft against the glossary schema, with each error placed on the field it concerns. */
export function validateDraft(draft: TermDraft, context: DraftContext): DraftValidation {
  const result = v.safeParse(EntrySchema, entryFromDraft(draft, context));
  if (result.success) return { ok: true, entry: result.output };
  const errors: DraftErrors = {};
  for (const issue of result.issues) {
    const [field, message] = fieldOf(issue);
    errors[field] ??= message;
  }
  return { ok: false, errors };
}
