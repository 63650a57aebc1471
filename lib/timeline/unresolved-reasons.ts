/** The reasons an expression stays off the timeline, as shown to the reader. */
export const UNRESOLVED_REASONS = {
  noPublicationDate: 'relative to a publication date the page does not give',
  vague: 'too vague to date',
  anchoredElsewhere: 'counted from another event, not from the publication',
  duration: 'a duration, not a date',
} as const;
