import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ArticleMeta } from './article';
import type { Outcome, PackInfo } from './glossary/glossary-service';
import type { ImportSummary } from './glossary/import-glossary';
import type { Entry } from './glossary/schema';
import type { BlockMatch } from './highlight/marks';
import type { PageReport } from './report/page-report';

/** Sent by the content script: the text of a page's blocks, and what it knows of the page. */
export interface ScanRequest {
  url: string;
  isArticle: boolean;
  article: ArticleMeta | null;
  blocks: string[];
  /** Words in those blocks, for the briefing's reading time. */
  wordCount?: number;
  /** A follow-up scan of text added after the first (infinite scroll): counts add to the report. */
  append?: boolean;
}

/** The matches in those blocks, and the entries they name (all a card needs). */
export interface ScanResponse {
  matches: BlockMatch[];
  entries: Entry[];
}

/** Which mention of a term the page now shows, counting from 1. */
export interface RevealResult {
  index: number;
  total: number;
}

/**
 * The one protocol between the extension's contexts. Content script → background: scanPage,
 * reportStatus, openBriefing. Extension pages → background: getTabReport, searchGlossary, getEntry,
 * and the reader's glossary (listPacks, listOwnTerms, saveOwnTerm, deleteOwnTerm, importGlossary,
 * exportGlossary).
 * Extension pages → content script: scanAnyway, revealTerm, returnToReading. Background → extension pages: reportChanged.
 */
export interface ProtocolMap {
  scanPage(request: ScanRequest): ScanResponse;
  reportStatus(request: { url: string; status: PageReport['status']; article: ArticleMeta | null }): void;
  openBriefing(request: { entryId: string | null }): void;
  getTabReport(request: { tabId: number }): PageReport | null;
  searchGlossary(request: { query: string; limit?: number }): Entry[];
  getEntry(request: { id: string }): Entry | null;
  listPacks(): PackInfo[];
  listOwnTerms(): Entry[];
  saveOwnTerm(request: { entry: unknown }): Outcome<{ entry: Entry }>;
  deleteOwnTerm(request: { id: string }): Outcome<object>;
  importGlossary(request: { text: string }): Outcome<{ summary: ImportSummary }>;
  exportGlossary(): string;
  scanAnyway(): void;
  revealTerm(request: { entryId: string; direction: 'first' | 'next' | 'previous' }): RevealResult | null;
  returnToReading(): boolean;
  reportChanged(request: { tabId: number }): void;
  /** Extension pages → background: the entries of a report's terms, in one request. */
  getEntries(request: { ids: string[] }): Entry[];
  /** Extension pages → content script: answers when Backstory runs in the tab (pages it cannot read never do). */
  pingPage(): true;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
