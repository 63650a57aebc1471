import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { KINDS, type Kind } from './glossary/schema';
import { UNDERLINE_STYLES } from './highlight/paint';

const isKind = (value: unknown): value is Kind => (KINDS as readonly unknown[]).includes(value);

/**
 * A list read item by item: a bad item is dropped, the good ones kept. A value written by a later
 * version (a kind this one does not know) costs only that item, not the reader's whole choice.
 */
function listOf<T>(keep: (item: unknown) => item is T) {
  return v.pipe(
    v.array(v.unknown()),
    v.transform((items) => [...new Set(items.filter(keep))]),
  );
}

/**
 * Defines a storage item the first time it is used. WXT's defineItem reads its key as soon as it is
 * called, so defining every item at import would have each page's content script read the reader's
 * whole glossary, and fail on storage.session, which content scripts may not touch.
 */
function defineLazily<T extends object>(define: () => T): T {
  let item: T | undefined;
  return new Proxy({} as T, {
    get: (_, property) => Reflect.get((item ??= define()), property),
  });
}

/**
 * Every preference, with its default. Stored in storage.sync so it follows the reader across
 * browsers; each field is validated on read and a bad value falls back to its default alone.
 */
export const SettingsSchema = v.object({
  /** Master switch: highlighting and cards on every page. */
  enabled: v.fallback(v.boolean(), true),
  /** "articles": only pages detected as news articles; "everywhere": any page. */
  scope: v.fallback(v.picklist(['articles', 'everywhere']), 'articles'),
  /** Per-site overrides, by host name: true always on, false always off. A rule that is not a boolean is dropped. */
  siteRules: v.fallback(
    v.pipe(
      v.record(v.string(), v.unknown()),
      v.transform(
        (rules) =>
          Object.fromEntries(Object.entries(rules).filter(([, on]) => typeof on === 'boolean')) as Record<
            string,
            boolean
          >,
      ),
    ),
    {},
  ),
  /** What opens a card: hovering (after `hoverDelayMs`), hovering with a modifier key held, or a click. */
  trigger: v.fallback(v.picklist(['hover', 'modifier', 'click']), 'hover'),
  /** Hover intent delay before a card opens, in ms (100 to 2000). */
  hoverDelayMs: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(2000)), 350),
  /** The modifier key for the "modifier" trigger. */
  modifierKey: v.fallback(v.picklist(['Alt', 'Shift', 'Control', 'Meta']), 'Alt'),
  /** How known terms are marked. */
  underline: v.fallback(v.picklist(UNDERLINE_STYLES), 'dotted'),
  /** Mark only the first mention of each term. */
  firstMentionOnly: v.fallback(v.boolean(), false),
  /** Kinds of entry that are marked; the others are ignored. Unknown kinds are dropped. */
  kinds: v.fallback(listOf(isKind), [...KINDS]),
  /** Glossary packs turned off, built-in or imported, by pack id. */
  disabledPacks: v.fallback(
    listOf((item): item is string => typeof item === 'string'),
    [],
  ),
  /** Card and panel theme: follow the page and system, or force one. */
  theme: v.fallback(v.picklist(['auto', 'light', 'dark']), 'auto'),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, {});

/** Reads a stored value as settings: unknown fields dropped, bad fields back to their defaults. */
export function parseSettings(value: unknown): Settings {
  const input = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  return v.parse(SettingsSchema, input);
}

/**
 * Version 1 is the shape above. When the shape changes, bump `version` and add a migration from the
 * previous shape (tests/unit/settings/settings-storage.test.ts keeps one stored value per version).
 */
export const settingsItem = /* @__PURE__ */ defineLazily(() =>
  storage.defineItem<Settings>('sync:settings', {
    fallback: DEFAULT_SETTINGS,
    version: 1,
  }),
);

/** storage.sync refuses an item larger than this (key plus JSON value, in bytes) in Chrome and Firefox. */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;

/** The size storage.sync counts for the settings item: its key plus its value as JSON, in UTF-8 bytes. */
export function settingsBytes(settings: Settings): number {
  return new TextEncoder().encode('settings' + JSON.stringify(settings)).length;
}

/** Thrown instead of writing settings that storage.sync would refuse; the message is for the reader. */
export class SettingsTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(
      `Not saved: these settings would take ${bytes} bytes, more than the ${SYNC_QUOTA_BYTES_PER_ITEM} bytes ` +
        'the browser can sync in one item. Remove some site rules first.',
    );
    this.name = 'SettingsTooLargeError';
  }
}

/** The key the settings live under in storage.sync (WXT's `sync:settings`). */
const SETTINGS_KEY = 'settings';

/**
 * The settings as stored, validated. Read from storage.sync directly (not through WXT's storage
 * layer) so the content script, which must stay small, does not carry that layer.
 */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

let writes: Promise<unknown> = Promise.resolve();

/**
 * Changes some settings, keeping the rest. Changes made in one context are applied one after the
 * other, so two quick clicks never undo each other. Rejects with SettingsTooLargeError, changing
 * nothing, when the result would not fit in storage.sync.
 */
export function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = writes.then(async () => {
    const settings = parseSettings({ ...(await loadSettings()), ...change });
    const bytes = settingsBytes(settings);
    if (bytes > SYNC_QUOTA_BYTES_PER_ITEM) throw new SettingsTooLargeError(bytes);
    await settingsItem.setValue(settings);
    return settings;
  });
  writes = next.catch(() => undefined);
  return next;
}

/** Puts every setting back to its default. The reader's terms and packs are not settings: they stay. */
export async function resetSettings(): Promise<Settings> {
  return updateSettings(DEFAULT_SETTINGS);
}

/** Calls back with validated settings whenever they change, in any context. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) callback(parseSettings(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Calls back when the reader's own terms or imported packs change (storage.local), without loading
 * them: the content script only needs to know that it should read the page again.
 */
export function watchGlossaryChanges(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && ('userTerms' in changes || 'importedPacks' in changes)) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The reader's own terms (entries). storage.local: they can outgrow sync's quota. */
export const userTermsItem = /* @__PURE__ */ defineLazily(() =>
  storage.defineItem<unknown[]>('local:userTerms', {
    fallback: [],
    version: 1,
  }),
);

/** Packs the reader imported, whole, each one switchable like a built-in pack. */
export const importedPacksItem = /* @__PURE__ */ defineLazily(() =>
  storage.defineItem<unknown[]>('local:importedPacks', {
    fallback: [],
    version: 1,
  }),
);

/**
 * The term the reader asked to see in the briefing ("Open briefing" on a card): the side panel opens
 * at this entry. storage.session: it matters only for this browser session.
 */
export const briefingFocusItem = /* @__PURE__ */ defineLazily(() =>
  storage.defineItem<{ tabId: number; entryId: string | null; at: number } | null>('session:briefingFocus', {
    fallback: null,
  }),
);
