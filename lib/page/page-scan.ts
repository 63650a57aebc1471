import { detectArticle, type ArticleDetection, type ArticleMeta } from '../article';
import type { ArticleDefinition } from '../glossary/article-definitions';
import type { Entry } from '../glossary/schema';
import { collectTextBlocks, type TextBlock } from '../highlight/collect-text';
import { createMarkIndex, type MarkIndex } from '../highlight/mark-index';
import { createMarks, type Mark } from '../highlight/marks';
import { clearHighlights, paintMarks } from '../highlight/paint';
import type { ScanRequest, ScanResponse } from '../messaging';
import type { PageReport } from '../report/page-report';
import { countWords } from '../report/reading-time';
import type { Settings } from '../settings';
import { markFirstMentions } from './first-mentions';

export interface PageScanDeps {
  doc: Document;
  registry: HighlightRegistry;
  scan(request: ScanRequest): Promise<ScanResponse>;
  reportStatus(status: Exclude<PageReport['status'], 'scanned'>, detection: ArticleDetection | null): Promise<void>;
}

/** What is highlighted on the page now. */
export interface PageState {
  url: string;
  /** The element whose text was read: the article, or the body when scanning everywhere. */
  root: Element;
  isArticle: boolean;
  article: ArticleMeta;
  /** Every block read so far, including blocks added later (infinite scroll). */
  blocks: TextBlock[];
  /** The marks shown (only first mentions when the reader asks for that). */
  marks: Mark[];
  /** Every mention, shown or not, in page order: what "next mention" walks through. */
  allMarks: Mark[];
  index: MarkIndex;
  entries: Map<string, Entry>;
  /** How the article itself defines a term, by entry id. */
  definitions: Map<string, ArticleDefinition>;
}

/** Whether the reader's settings let Backstory work on this site at all, and why not. */
export function siteStatus(settings: Settings, host: string): 'on' | 'off' | 'off-for-site' | 'forced' {
  if (!settings.enabled) return 'off';
  const rule = settings.siteRules[host];
  if (rule === false) return 'off-for-site';
  return rule === true ? 'forced' : 'on';
}

/** Paints the marks the settings ask for and indexes them for hit-testing. */
export function showMarks(
  state: Omit<PageState, 'marks' | 'index'>,
  settings: Settings,
  registry: HighlightRegistry,
): PageState {
  const marks = settings.firstMentionOnly ? state.allMarks.filter((mark) => mark.first) : state.allMarks;
  paintMarks(marks, settings.underline, registry);
  return { ...state, marks, index: createMarkIndex(state.blocks, marks) };
}

/**
 * One scan of the page: decide whether to work here, read the article's text, have the background
 * match it, and register the highlights. Returns null when the page is left untouched.
 */
export async function scanPage(deps: PageScanDeps, settings: Settings, force = false): Promise<PageState | null> {
  const { doc } = deps;
  // The old highlights stay until the new ones replace them, so a settings change never blinks the
  // page bare while the background answers; a page left untouched loses them at once.
  const site = siteStatus(settings, doc.location?.hostname ?? '');
  if (site === 'off' || site === 'off-for-site') {
    clearHighlights(deps.registry);
    await deps.reportStatus(site, null);
    return null;
  }
  const detection = detectArticle(doc);
  const everywhere = force || site === 'forced' || settings.scope === 'everywhere';
  if (!detection.isArticle && !everywhere) {
    clearHighlights(deps.registry);
    await deps.reportStatus('not-article', detection);
    return null;
  }
  const root = (detection.isArticle && detection.root) || doc.body;
  const blocks = collectTextBlocks(root);
  const url = doc.location?.href ?? '';
  const texts = blocks.map((block) => block.text);
  const response = await deps.scan({
    url,
    isArticle: detection.isArticle,
    article: detection.meta,
    blocks: texts,
    wordCount: countWords(texts),
  });
  const allMarks = markFirstMentions(createMarks(blocks, response.matches));
  const entries = new Map(response.entries.map((entry) => [entry.id, entry]));
  const definitions = new Map(response.definitions.map((definition) => [definition.entryId, definition]));
  return showMarks(
    { url, root, isArticle: detection.isArticle, article: detection.meta, blocks, allMarks, entries, definitions },
    settings,
    deps.registry,
  );
}
