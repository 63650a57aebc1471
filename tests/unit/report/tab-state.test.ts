import { describe, expect, test, vi } from 'vitest';
import { readTabState, type TabStateSource } from '../../../lib/report/tab-state';
import { sampleReport } from './sample-report';

function source(fields: Partial<TabStateSource> = {}): TabStateSource {
  return {
    getReport: async () => sampleReport(),
    pagePresent: async () => true,
    tabStatus: async () => 'complete',
    ...fields,
  };
}

describe("reading a tab's state", () => {
  test('a page Backstory read has its report', async () => {
    await expect(readTabState(source(), 7)).resolves.toEqual({ status: 'ready', tabId: 7, report: sampleReport() });
  });

  test('asks the background once more when the first request fails (the worker was waking up)', async () => {
    const getReport = vi
      .fn()
      .mockRejectedValueOnce(new Error('Receiving end does not exist'))
      .mockResolvedValue(sampleReport());
    const state = await readTabState(source({ getReport }), 7, 1);
    expect(state.status).toBe('ready');
    expect(getReport).toHaveBeenCalledTimes(2);
  });

  test('says so when the background fails twice', async () => {
    const getReport = vi.fn().mockRejectedValue(new Error('no'));
    await expect(readTabState(source({ getReport }), 7, 1)).resolves.toEqual({ status: 'error', tabId: 7 });
    expect(getReport).toHaveBeenCalledTimes(2);
  });

  test.each([
    ['a browser page: no report, no content script', null, false, 'complete', 'unreadable'],
    [
      'a tab that left an article for a PDF: an old report, no content script',
      sampleReport(),
      false,
      'complete',
      'unreadable',
    ],
    ['a page still loading', null, false, 'loading', 'reading'],
    ['a page whose content script has not reported yet', null, true, 'complete', 'reading'],
  ] as const)('%s', async (_, report, present, status, expected) => {
    const state = await readTabState(
      source({ getReport: async () => report, pagePresent: async () => present, tabStatus: async () => status }),
      7,
    );
    expect(state).toEqual({ status: expected, tabId: 7 });
  });

  test('a closed tab is no tab', async () => {
    await expect(readTabState(source({ tabStatus: async () => null }), 7)).resolves.toEqual({ status: 'no-tab' });
  });
});
