import { defineExtensionMessaging } from '@webext-core/messaging';
import type * as v from 'valibot';
import type { ScanRequestSchema } from './protocol-schemas';
import type { ArticleMeta } from './article';
import type { Outcome, PackInfo } from './glossary/glossary-service';
import type { ImportSummary } from './glossary/import-glossary';
import type { ArticleDefinition } from './glossary/article-definitions';
import type { Entry } from './glossary/schema';
import type { BlockMatch } from './highlight/marks';
import type { PageReport } from './report/page-report';

/** Sent by the content script: the text of a page's blocks, and what it knows of the page. */
export type ScanRequest = v.InferOutput<typeof ScanRequestSchema>;

/** The matches in those blocks, and the entries they name (all a card needs). */
export interface ScanResponse {
  matches: BlockMatch[];
  entries: Entry[];
  /** Short forms the article defines itself, and the entries they stand for on this page. */
  definitions: ArticleDefinition[];
}

/** Which mention of a term the page now shows, counting from 1. */
export interface RevealResult {
  index: number;
  total: number;
}

/**
 * The one protocol between the extension's contexts. Content script → background: scanPage,
 * reportStatus, openBriefing, saveDefinition. Extension pages → background: getTabReport, searchGlossary, getEntry,
 * and the reader's glossary (listPacks, listOwnTerms, saveOwnTerm, deleteOwnTerm, importGlossary,
 * exportGlossary).
 * Extension pages → content script: scanAnyway, revealTerm, revealText, returnToReading. Background → content
 * script: moveToTerm (the keyboard shortcut). Background → extension pages: reportChanged.
 */
export interface ProtocolMap {
  scanPage(request: ScanRequest): ScanResponse;
  reportStatus(request: { url: string; status: PageReport['status']; article: ArticleMeta | null }): void;
  openBriefing(request: { entryId: string | null }): void;
  saveDefinition(request: { short: string; long: string; url: string }): Outcome<{ entry: Entry }>;
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
  /** Extension pages → content script: scroll to a span of the scanned text (a sentence the timeline quotes). */
  revealText(request: { start: number; end: number }): boolean;
  returnToReading(): boolean;
  moveToTerm(request: { direction: 'next' | 'previous' }): boolean;
  reportChanged(request: { tabId: number }): void;
  /** Options → background: the entries of one pack, to browse ("my-terms" for the reader's own). */
  listPackEntries(request: { packId: string }): Entry[];
  /** Options → background: delete the reader's own terms and/or imported packs (after they confirmed). */
  clearUserGlossary(request: { ownTerms: boolean; importedPacks: boolean }): void;
  /** Extension pages → background: the entries of a report's terms, in one request. */
  getEntries(request: { ids: string[] }): Entry[];
  /** Extension pages → content script: answers when Backstory runs in the tab (pages it cannot read never do). */
  pingPage(): true;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
