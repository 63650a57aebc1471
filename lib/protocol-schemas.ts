import * as v from 'valibot';

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const NullableText = v.nullable(Text(2000));
const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(120));

/** What a page says about itself (lib/article), as it crosses to the background. */
export const ArticleMetaSchema = v.object({
  title: NullableText,
  site: NullableText,
  byline: NullableText,
  published: NullableText,
  modified: NullableText,
  language: NullableText,
  url: NullableText,
});

/**
 * The largest page a scan accepts: 200,000 blocks and 20 million characters, far above any article
 * (the 100,000-word bench page is 0.6 million) yet a bound on what a hostile page can make the
 * background hold.
 */
export const MAX_BLOCKS = 200_000;
export const MAX_SCAN_CHARS = 20_000_000;

export const ScanRequestSchema = v.object({
  url: Text(8192),
  isArticle: v.boolean(),
  article: v.nullable(ArticleMetaSchema),
  blocks: v.pipe(
    v.array(v.string()),
    v.maxLength(MAX_BLOCKS, 'too many blocks'),
    v.check((blocks) => blocks.reduce((sum, block) => sum + block.length, 0) <= MAX_SCAN_CHARS, 'page too large'),
  ),
  /** Words in those blocks, for the briefing's reading time. */
  wordCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  append: v.optional(v.boolean()),
});

const Nothing = v.optional(v.unknown());

/** Who may send each request to the background: a page's content script, an extension page, or either. */
export type Origin = 'page' | 'extension';

/** The shape of every request the background answers, and who may send it. */
export const BACKGROUND_REQUESTS = {
  scanPage: { from: 'page', schema: ScanRequestSchema },
  reportStatus: {
    from: 'page',
    schema: v.object({
      url: Text(8192),
      status: v.picklist(['scanned', 'not-article', 'off-for-site', 'off']),
      article: v.nullable(ArticleMetaSchema),
    }),
  },
  openBriefing: { from: 'page', schema: v.object({ entryId: v.nullable(Id) }) },
  saveDefinition: {
    from: 'page',
    schema: v.object({ short: Text(40), long: Text(300), url: Text(8192) }),
  },
  getTabReport: { from: 'extension', schema: v.object({ tabId: TabId }) },
  searchGlossary: {
    from: 'extension',
    schema: v.object({
      query: Text(200),
      limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200))),
    }),
  },
  getEntry: { from: 'extension', schema: v.object({ id: Text(120) }) },
  listPacks: { from: 'extension', schema: Nothing },
  listOwnTerms: { from: 'extension', schema: Nothing },
  saveOwnTerm: { from: 'extension', schema: v.object({ entry: v.unknown() }) },
  deleteOwnTerm: { from: 'extension', schema: v.object({ id: Text(120) }) },
  importGlossary: { from: 'extension', schema: v.object({ text: v.string() }) },
  exportGlossary: { from: 'extension', schema: Nothing },
  getEntries: {
    from: 'extension',
    schema: v.object({ ids: v.pipe(v.array(Text(120)), v.maxLength(1000)) }),
  },
  listPackEntries: { from: 'extension', schema: v.object({ packId: Text(120) }) },
  clearUserGlossary: {
    from: 'extension',
    schema: v.object({ ownTerms: v.boolean(), importedPacks: v.boolean() }),
  },
} as const satisfies Record<string, { from: Origin; schema: v.GenericSchema }>;

export type BackgroundRequest = keyof typeof BACKGROUND_REQUESTS;
