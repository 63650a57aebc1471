import type { Entry } from '../../../lib/glossary/schema';
import type { PageReport, ReportTerm } from '../../../lib/report/page-report';
import { entry } from '../glossary/fake-glossary';

export function term(id: string, kind: ReportTerm['kind'], count: number, name = id.toUpperCase()): ReportTerm {
  return { id, term: name, kind, summary: `What ${name} is.`, count };
}

/** A report like the sample article's, small enough to read in a test. */
export function sampleReport(fields: Partial<PageReport> = {}): PageReport {
  return {
    url: 'https://news.example/2023/02/23/talks.html',
    isArticle: true,
    status: 'scanned',
    scannedAt: '2023-02-23T10:00:00.000Z',
    wordCount: 461,
    article: {
      title: 'Pakistan, Taliban Officials Talk on ‘Terrorism Threat’',
      site: 'The Frontier Ledger',
      byline: 'AFP',
      published: '2023-02-23T09:14:00+05:00',
      modified: null,
      language: 'en',
      url: null,
    },
    terms: [
      term('pakistan', 'place', 6, 'Pakistan'),
      term('ttp', 'group', 4, 'Tehreek-e-Taliban Pakistan (TTP)'),
      term('kabul', 'place', 3, 'Kabul'),
      term('baradar', 'person', 2, 'Abdul Ghani Baradar'),
      term('iskp', 'group', 1, 'Islamic State Khorasan Province (ISKP)'),
      term('torkham', 'place', 1, 'Torkham'),
    ],
    ...fields,
  };
}

/** Full entries for the sample report's terms, with sources. */
export function sampleEntries(report = sampleReport()): Map<string, Entry> {
  return new Map(
    report.terms.map((t) => [
      t.id,
      entry(t.id, {
        term: t.term,
        kind: t.kind,
        summary: t.summary,
        details: `More about ${t.term}.`,
        aliases: [t.term, `${t.id}-alias`],
        sources: [{ url: `https://example.org/${t.id}`, title: `${t.term} profile` }],
      }),
    ]),
  );
}
