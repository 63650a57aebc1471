/** The timeline of a news story: dated events from its text, the glossary and its publication. */
export { buildTimeline, type GlossaryEvent, type TimelineInput } from './build-timeline';
export { extractArticleEvents, type ExtractOptions } from './extract-article-events';
export { splitSentences, type Sentence } from './split-sentences';
export { UNRESOLVED_REASONS } from './unresolved-reasons';
export type { Precision, TimelineEvent, Unresolved } from './types';
