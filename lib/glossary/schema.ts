import * as v from 'valibot';

/** What an entry is. The briefing groups terms by kind, and the reader can turn kinds off. */
export const KINDS = ['person', 'group', 'party', 'institution', 'organization', 'place', 'event', 'concept'] as const;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const lastDay = new Date(Date.UTC(year ?? 0, month, 0)).getUTCDate();
  return day >= 1 && day <= lastDay;
}

/** A date as precise as the facts allow: YYYY, YYYY-MM or YYYY-MM-DD. */
export const DateSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check(isCalendarDate, 'is not a real calendar date'),
);

const DayDateSchema = v.pipe(DateSchema, v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a full date, YYYY-MM-DD'));

const TextSchema = (max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
  );

/** Only web links: a pack can never make the extension open a `javascript:` or `data:` URL. */
export const UrlSchema = v.pipe(
  v.string(),
  v.url('must be a URL'),
  v.regex(/^https?:\/\//, 'must be an http or https URL'),
);

export const SourceSchema = v.object({
  url: UrlSchema,
  title: v.optional(TextSchema(200)),
});

/**
 * One way a text may write the term. A plain string uses the default case rule: written in capitals
 * ("TTP") it matches only as written; otherwise case does not matter beyond a leading capital.
 * `cues` makes an ambiguous form match only on pages where one of the cues (or another alias of the
 * same entry) also appears.
 */
export const AliasSchema = v.union([
  TextSchema(120),
  v.object({
    text: TextSchema(120),
    case: v.optional(v.picklist(['exact', 'any'])),
    cues: v.optional(v.array(TextSchema(80))),
  }),
]);

export const EventSchema = v.object({
  date: DateSchema,
  text: TextSchema(400),
  source: v.optional(UrlSchema),
});

export const EntrySchema = v.object({
  id: v.pipe(v.string(), v.regex(ID_PATTERN, 'must be lowercase words joined by hyphens')),
  term: TextSchema(120),
  aliases: v.array(AliasSchema),
  kind: v.picklist(KINDS, `must be one of: ${KINDS.join(', ')}`),
  summary: TextSchema(300),
  details: v.optional(TextSchema(2000)),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'needs at least one source')),
  asOf: DayDateSchema,
  events: v.optional(v.array(EventSchema), []),
  related: v.optional(v.array(v.pipe(v.string(), v.regex(ID_PATTERN))), []),
});

export const PackSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.regex(ID_PATTERN, 'must be lowercase words joined by hyphens')),
    name: TextSchema(120),
    version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0')),
    language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'must be a language code like en')),
    entries: v.array(EntrySchema),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const seen = new Set<string>();
    dataset.value.entries.forEach((entry, index) => {
      if (seen.has(entry.id)) {
        addIssue({
          message: `duplicate id "${entry.id}"`,
          path: [
            {
              type: 'object',
              origin: 'value',
              input: dataset.value,
              key: 'entries',
              value: dataset.value.entries,
            },
            { type: 'array', origin: 'value', input: dataset.value.entries, key: index, value: entry },
          ],
        });
      }
      seen.add(entry.id);
    });
  }),
);

export type Kind = (typeof KINDS)[number];
export type Alias = v.InferOutput<typeof AliasSchema>;
export type GlossaryEvent = v.InferOutput<typeof EventSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Entry = v.InferOutput<typeof EntrySchema>;
export type EntryInput = v.InferInput<typeof EntrySchema>;
export type Pack = v.InferOutput<typeof PackSchema>;
