import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { KINDS } from './glossary/schema';
import { UNDERLINE_STYLES } from './highlight/paint';

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
  /** Per-site overrides, by host name: true always on, false always off. */
  siteRules: v.fallback(v.record(v.string(), v.boolean()), {}),
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
  /** Kinds of entry that are marked; the others are ignored. */
  kinds: v.fallback(v.array(v.picklist(KINDS)), [...KINDS]),
  /** Built-in packs turned off, by pack id. */
  disabledPacks: v.fallback(v.array(v.string()), []),
  /** Card and panel theme: follow the page and system, or force one. */
  theme: v.fallback(v.picklist(['auto', 'light', 'dark']), 'auto'),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, {});

/** Reads a stored value as settings: unknown fields dropped, bad fields back to their defaults. */
export function parseSettings(value: unknown): Settings {
  const input = value && typeof value === 'object' ? value : {};
  return v.parse(SettingsSchema, input);
}

export const settingsItem = /* @__PURE__ */ defineLazily(() =>
  storage.defineItem<Settings>('sync:settings', {
    fallback: DEFAULT_SETTINGS,
    version: 1,
  }),
);

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

/** Changes some settings, keeping the rest. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...change });
  await settingsItem.setValue(next);
  return next;
}

/** Calls back with validated settings whenever they change, in any context. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) callback(parseSettings(changes[SETTINGS_KEY]!.newValue));
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
