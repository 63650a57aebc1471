import type { TabState } from '../lib/report/tab-state';

/** The host of a page address, or null for one without (about:blank). */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

function plural(count: number, one: string, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}

/** One sentence that says what the briefing knows about the tab, for the status line. */
export function statusText(state: TabState): string {
  switch (state.status) {
    case 'starting':
      return 'Starting…';
    case 'no-tab':
      return 'There is no tab to brief on.';
    case 'reading':
      return 'Reading this page…';
    case 'unreadable':
      return 'Backstory cannot read this page. Browser pages, the extension store and PDF viewers are closed to extensions. If the page was open before Backstory was installed, reload it.';
    case 'error':
      return 'Backstory did not answer. Try again in a moment.';
  }
  const { report } = state;
  switch (report.status) {
    case 'off':
      return 'Highlighting is off everywhere. Turn it on in the options.';
    case 'off-for-site':
      return `Highlighting is off for ${hostOf(report.url) ?? 'this site'}.`;
    case 'not-article':
      return 'This page does not look like a news article, so nothing is underlined.';
  }
  const what = report.isArticle ? 'News article' : 'Not a news article';
  if (report.terms.length === 0) return `${what}: no known terms found.`;
  return `${what}: ${plural(report.terms.length, 'known term')} found.`;
}
