import { KIND_GROUP_LABELS } from '../glossary/kind-labels';
import type { Entry } from '../glossary/schema';
import { formatDate } from './format-date';
import { groupTermsByKind } from './group-terms';
import type { PageReport, ReportTerm } from './page-report';
import { readingMinutes } from './reading-time';

/** What the Markdown briefing is made from. */
export interface BriefingMarkdownInput {
  report: PageReport;
  /** The full entries of the report's terms, for their sources; a term without one keeps its summary. */
  entries: ReadonlyMap<string, Entry>;
  /** When the briefing was exported, for its footer. */
  exportedAt: Date;
}

/** Text from a page or a pack, made inert: no emphasis, link, HTML or table syntax, on one line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, (char) => `\\${char}`);
}

/** A web address as Markdown can carry it; anything but http(s) stays plain text. */
function markdownUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
  } catch {
    return null;
  }
}

function link(text: string, url: string): string {
  const href = markdownUrl(url);
  return href ? `[${escapeMarkdown(text)}](${href})` : escapeMarkdown(text);
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function articleLines(report: PageReport): string[] {
  const article = report.article;
  const title = article?.title ?? article?.site ?? 'this page';
  const words = report.wordCount ?? 0;
  const minutes = readingMinutes(words);
  const facts: [string, string | null | undefined][] = [
    ['Site', article?.site && escapeMarkdown(article.site)],
    ['By', article?.byline && escapeMarkdown(article.byline)],
    ['Published', formatDate(article?.published)],
    ['Reading time', minutes === null ? null : `${minutes} min (${plural(words, 'word')})`],
    ['URL', markdownUrl(report.url) ? `<${markdownUrl(report.url)}>` : escapeMarkdown(report.url)],
  ];
  return [
    `# Briefing: ${escapeMarkdown(title)}`,
    '',
    ...facts.filter(([, value]) => value).map(([name, value]) => `- ${name}: ${value}`),
  ];
}

function termLines(term: ReportTerm, entry: Entry | undefined): string[] {
  const lines = [
    `- **${escapeMarkdown(term.term)}** (${plural(term.count, 'mention')}): ${escapeMarkdown(term.summary)}`,
  ];
  const sources = entry?.sources ?? [];
  if (sources.length > 0) {
    const links = sources.map((source) => link(source.title ?? new URL(source.url).hostname, source.url));
    lines.push(`  - Sources: ${links.join(', ')}`);
  }
  return lines;
}

function whoWhatLines(report: PageReport, entries: ReadonlyMap<string, Entry>): string[] {
  if (report.terms.length === 0) return [];
  const lines = ['', '## Who & what'];
  for (const group of groupTermsByKind(report.terms)) {
    lines.push('', `### ${KIND_GROUP_LABELS[group.kind]}`, '');
    for (const term of group.terms) lines.push(...termLines(term, entries.get(term.id)));
  }
  return lines;
}

function definitionLines(report: PageReport): string[] {
  const definitions = report.definitions ?? [];
  if (definitions.length === 0) return [];
  return [
    '',
    '## Defined in this article',
    '',
    ...definitions.map((item) => `- **${escapeMarkdown(item.short)}**: ${escapeMarkdown(item.long)}`),
  ];
}

function timelineLines(report: PageReport): string[] {
  const timeline = report.timeline ?? [];
  if (timeline.length === 0) return [];
  return [
    '',
    '## Timeline',
    '',
    ...timeline.map((item) => {
      const origin = item.source === 'article' ? ' (this article)' : '';
      const source = item.sourceUrl ? ` (${link('source', item.sourceUrl)})` : origin;
      return `- ${formatDate(item.date) ?? escapeMarkdown(item.date)}: ${escapeMarkdown(item.text)}${source}`;
    }),
  ];
}

/**
 * The briefing as a Markdown document: the article (title, site, byline, date, reading time, URL),
 * who and what it mentions grouped by kind with summaries and sources, what the article defines
 * itself and the timeline when there are any. Every text from the page or the glossary is escaped,
 * so a headline cannot inject links or markup into the document.
 */
export function briefingMarkdown({ report, entries, exportedAt }: BriefingMarkdownInput): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const day = formatDate(`${exportedAt.getFullYear()}-${pad(exportedAt.getMonth() + 1)}-${pad(exportedAt.getDate())}`);
  return [
    ...articleLines(report),
    ...whoWhatLines(report, entries),
    ...definitionLines(report),
    ...timelineLines(report),
    '',
    '---',
    '',
    `Briefing by Backstory, ${day}. Explanations come from Backstory's glossary; check them against the sources.`,
    '',
  ].join('\n');
}

/** A file name for the exported briefing: the headline's words, lowercased and hyphenated. */
export function briefingFileName(report: PageReport): string {
  const words = (report.article?.title ?? 'briefing').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const stem = words.slice(0, 8).join('-') || 'briefing';
  return `backstory-${stem}.md`;
}
