import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { StatusPanel } from '../../../components/StatusPanel';
import type { TabState } from '../../../lib/report/tab-state';
import { sampleReport } from '../report/sample-report';

afterEach(cleanup);

const ready = (fields: Parameters<typeof sampleReport>[0]): TabState => ({
  status: 'ready',
  tabId: 3,
  report: sampleReport(fields),
});

describe('every state says what it is', () => {
  test.each<[string, TabState, RegExp]>([
    ['the background waking up', { status: 'starting' }, /^Starting…$/],
    ['a page still loading', { status: 'reading', tabId: 3 }, /Reading this page/],
    ['a page the extension cannot read', { status: 'unreadable', tabId: 3 }, /cannot read this page.*PDF viewers/],
    ['a background that did not answer', { status: 'error', tabId: 3 }, /did not answer/],
    ['no tab', { status: 'no-tab' }, /no tab/],
    ['an article with terms', ready({}), /^News article: 6 known terms found\.$/],
    ['an article without terms', ready({ terms: [] }), /^News article: no known terms found\.$/],
    [
      'not an article',
      ready({ status: 'not-article', isArticle: false, terms: [] }),
      /does not look like a news article/,
    ],
    ['highlighting off for the site', ready({ status: 'off-for-site', terms: [] }), /off for news\.example/],
    ['highlighting off entirely', ready({ status: 'off', terms: [] }), /off everywhere/],
  ])('%s', (_, state, text) => {
    render(<StatusPanel state={state} />);
    expect(screen.getByRole('status').textContent).toMatch(text);
  });

  test('a page that is not an article offers to scan it anyway', () => {
    const onScanAnyway = vi.fn();
    render(
      <StatusPanel state={ready({ status: 'not-article', isArticle: false, terms: [] })} onScanAnyway={onScanAnyway} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Scan this page anyway' }));
    expect(onScanAnyway).toHaveBeenCalledOnce();
  });

  test('an article offers no scan, and an unanswered request offers to try again', () => {
    const onRetry = vi.fn();
    const { rerender } = render(<StatusPanel state={ready({})} onScanAnyway={vi.fn()} onRetry={onRetry} />);
    expect(screen.queryByRole('button')).toBeNull();
    rerender(<StatusPanel state={{ status: 'error', tabId: 3 }} onRetry={onRetry} />);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});

describe('the action that helps', () => {
  test.each<[string, TabState, string, 'onSiteOn' | 'onOpenOptions']>([
    [
      'off for the site: turn it back on',
      ready({ status: 'off-for-site', terms: [] }),
      'Turn on for news.example',
      'onSiteOn',
    ],
    ['off everywhere: the options', ready({ status: 'off', terms: [] }), 'Open options', 'onOpenOptions'],
  ])('%s', (_, state, label, handler) => {
    const handlers = { onSiteOn: vi.fn(), onOpenOptions: vi.fn() };
    render(<StatusPanel state={state} {...handlers} />);
    fireEvent.click(screen.getByRole('button', { name: label }));
    expect(handlers[handler]).toHaveBeenCalledOnce();
  });
});
