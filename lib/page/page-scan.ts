import { detectArticle, type ArticleDetection } from '../article';
import type { Entry } from '../glossary/schema';
import { collectTextBlocks, type TextBlock } from '../highlight/collect-text';
import { createMarkIndex, type MarkIndex } from '../highlight/mark-index';
import { createMarks, type Mark } from '../highlight/marks';
import { clearHighlights, paintMarks } from '../highlight/paint';
import type { ScanRequest, ScanResponse } from '../messaging';
import type { PageReport } from '../report/page-report';
import { countWords } from '../report/reading-time';
import type { Settings } from '../settings';

export interface PageScanDeps {
  doc: Document;
  registry: HighlightRegistry;
  scan(request: ScanRequest): Promise<ScanResponse>;
  reportStatus(status: Exclude<PageReport['status'], 'scanned'>, detection: ArticleDetection | null): Promise<void>;
}

/** What is highlighted on the page now. */
export interface PageState {
  blocks: TextBlock[];
  /** The marks shown (only first mentions when the reader asks for that). */
  marks: Mark[];
  /** Every mention, shown or not: what "next mention" walks through. */
  allMarks: Mark[];
  index: MarkIndex;
  entries: Map<string, Entry>;
}

/** Whether the reader's settings let Backstory work on this site at all, and why not. */
export function siteStatus(settings: Settings, host: string): 'on' | 'off' | 'off-for-site' | 'forced' {
  if (!settings.enabled) return 'off';
  const rule = settings.siteRules[host];
  if (rule === false) return 'off-for-site';
  return rule === true ? 'forced' : 'on';
}

/**
 * One scan of the page: decide whether to work here, read the article's text, have the background
 * match it, and register the highlights. Returns null when the page is left untouched.
 */
export async function scanPage(deps: PageScanDeps, settings: Settings, force = false): Promise<PageState | null> {
  const { doc } = deps;
  clearHighlights(deps.registry);
  const site = siteStatus(settings, doc.location?.hostname ?? '');
  if (site === 'off' || site === 'off-for-site') {
    await deps.reportStatus(site, null);
    return null;
  }
  const detection = detectArticle(doc);
  const everywhere = force || site === 'forced' || settings.scope === 'everywhere';
  if (!detection.isArticle && !everywhere) {
    await deps.reportStatus('not-article', detection);
    return null;
  }
  const root = (detection.isArticle && detection.root) || doc.body;
  const blocks = collectTextBlocks(root);
  const texts = blocks.map((block) => block.text);
  const response = await deps.scan({
    url: doc.location?.href ?? '',
    isArticle: detection.isArticle,
    article: detection.meta,
    blocks: texts,
    wordCount: countWords(texts),
  });
  const all = createMarks(blocks, response.matches);
  const marks = settings.firstMentionOnly ? all.filter((mark) => mark.first) : all;
  paintMarks(marks, settings.underline, deps.registry);
  return {
    blocks,
    marks,
    allMarks: all,
    index: createMarkIndex(blocks, marks),
    entries: new Map(response.entries.map((entry) => [entry.id, entry])),
  };
}
