import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ExportBriefing } from '../../../components/ExportBriefing';
import { sampleEntries, sampleReport } from '../report/sample-report';

afterEach(cleanup);

describe('exporting the briefing', () => {
  test('copies it as Markdown and says so', async () => {
    const writeClipboard = vi.fn(async (_text: string) => undefined);
    render(<ExportBriefing report={sampleReport()} entries={sampleEntries()} writeClipboard={writeClipboard} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    await screen.findByText('Briefing copied as Markdown.');
    expect(writeClipboard.mock.calls[0]![0]).toMatch(/^# Briefing: Pakistan, Taliban Officials/);
  });

  test('says what to do when the browser refuses the clipboard', async () => {
    const writeClipboard = vi.fn(async () => Promise.reject(new Error('not allowed')));
    render(<ExportBriefing report={sampleReport()} entries={sampleEntries()} writeClipboard={writeClipboard} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    await screen.findByText(/did not let Backstory copy/);
  });
});
