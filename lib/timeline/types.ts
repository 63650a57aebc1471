/** How exactly an event's date is known. A `range` runs from `date` to `end`, each at its own precision. */
export type Precision = 'day' | 'month' | 'year' | 'range';

/** One dated event on a story's timeline. */
export interface TimelineEvent {
  /** ISO 8601 as precise as known: YYYY-MM-DD, YYYY-MM or YYYY; for a `range`, its start. */
  date: string;
  /** The last day, month or year of a `range`. */
  end?: string;
  precision: Precision;
  /** The sentence the article reports it in, or the glossary's text for the event. */
  text: string;
  source: 'article' | 'glossary' | 'publication';
  /** Glossary entries the event concerns. */
  entryIds: string[];
  /** The date comes from a convention of news writing (which week, which year) rather than from the text. */
  uncertain?: boolean;
  /** The date expression as written ("last Friday", "late Sunday"). */
  expression?: string;
  /** Offsets of the sentence in the article text, to jump to it. */
  sentenceStart?: number;
  sentenceEnd?: number;
  sourceUrl?: string;
}

/** A time expression the article uses that cannot be placed on the timeline, and why. */
export interface Unresolved {
  expression: string;
  sentence: string;
  reason: string;
}

/** A date expression resolved to a date (the internal form of an event's date fields). */
export interface Resolution {
  date: string;
  end?: string;
  precision: Precision;
  uncertain: boolean;
}

/** Why an expression got no date. */
export interface Failure {
  reason: string;
}

/** Whether a clause reports what happened or announces what will. */
export type Tense = 'past' | 'future';
