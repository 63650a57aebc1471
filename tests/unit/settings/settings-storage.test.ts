import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { KINDS } from '../../../lib/glossary/schema';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  resetSettings,
  settingsBytes,
  SettingsTooLargeError,
  SYNC_QUOTA_BYTES_PER_ITEM,
  updateSettings,
  watchSettings,
  type Settings,
} from '../../../lib/settings';

/** A settings value exactly as version 1 of Backstory wrote it to storage.sync. */
const STORED_V1 = {
  enabled: false,
  scope: 'everywhere',
  siteRules: { 'www.dawn.com': true, 'example.org': false },
  trigger: 'modifier',
  hoverDelayMs: 800,
  modifierKey: 'Shift',
  underline: 'solid',
  firstMentionOnly: true,
  kinds: ['person', 'place'],
  disabledPacks: ['world-news'],
  theme: 'dark',
};

const store = (value: unknown) => fakeBrowser.storage.sync.set({ settings: value });

/** Site rules for `count` made-up hosts, all off. */
const manyRules = (count: number) =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`news-site-${i}.example.com`, false]));

describe('settings in storage.sync', () => {
  beforeEach(() => fakeBrowser.reset());

  test('nothing stored reads as the defaults', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('a value stored by version 1 reads back unchanged', async () => {
    await store(STORED_V1);
    expect(await loadSettings()).toEqual(STORED_V1);
  });

  test.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', [1, 2, 3]],
    ['null', null],
  ])('%s stored instead of settings reads as the defaults', async (_, garbage) => {
    await store(garbage);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('each bad field falls back to its own default; the good ones are kept', async () => {
    await store({
      ...STORED_V1,
      enabled: 'yes',
      hoverDelayMs: 5,
      underline: 'wavy',
      theme: null,
      unknownFutureField: 1,
    });
    const settings = await loadSettings();
    expect(settings).toEqual({
      ...STORED_V1,
      enabled: DEFAULT_SETTINGS.enabled,
      hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs,
      underline: DEFAULT_SETTINGS.underline,
      theme: DEFAULT_SETTINGS.theme,
    });
    expect(settings).not.toHaveProperty('unknownFutureField');
  });

  test.each<[string, Partial<Record<keyof Settings, unknown>>, Partial<Settings>]>([
    ['a kind this version does not know', { kinds: ['place', 'weapon', 'place'] }, { kinds: ['place'] }],
    ['kinds that are not a list', { kinds: 'place' }, { kinds: [...KINDS] }],
    [
      'a site rule that is not on or off',
      { siteRules: { 'a.com': true, 'b.com': 'off' } },
      { siteRules: { 'a.com': true } },
    ],
    ['a pack id that is not text', { disabledPacks: ['world-news', 3] }, { disabledPacks: ['world-news'] }],
  ])('a list with %s keeps its good items', async (_, stored, expected) => {
    await store({ ...STORED_V1, ...stored });
    expect(await loadSettings()).toEqual({ ...STORED_V1, ...expected });
  });

  test('a change keeps the other settings, and two quick changes both land', async () => {
    await store(STORED_V1);
    await Promise.all([updateSettings({ underline: 'none' }), updateSettings({ firstMentionOnly: false })]);
    expect(await loadSettings()).toEqual({ ...STORED_V1, underline: 'none', firstMentionOnly: false });
  });

  test('watchers hear every change, already validated', async () => {
    const heard: Settings[] = [];
    const stop = watchSettings((settings) => heard.push(settings));
    await updateSettings({ theme: 'light' });
    await store({ theme: 'purple' });
    stop();
    expect(heard.map((settings) => settings.theme)).toEqual(['light', 'auto']);
  });

  test('settings too large to sync are refused with a reason, and nothing changes', async () => {
    await updateSettings({ siteRules: manyRules(10) });
    const change = updateSettings({ siteRules: manyRules(400) });
    await expect(change).rejects.toBeInstanceOf(SettingsTooLargeError);
    await expect(change).rejects.toThrow(/^Not saved: .* more than the 8192 bytes .* Remove some site rules/);
    expect(Object.keys((await loadSettings()).siteRules)).toHaveLength(10);
    await updateSettings({ underline: 'solid' });
    expect((await loadSettings()).underline).toBe('solid');
  });

  test('the size counted is the one storage.sync counts: key plus JSON value, in bytes', () => {
    const settings = { ...DEFAULT_SETTINGS, siteRules: { 'ñ.example': true } };
    expect(settingsBytes(settings)).toBe('settings'.length + JSON.stringify(settings).length + 1);
    expect(settingsBytes(DEFAULT_SETTINGS)).toBeLessThan(SYNC_QUOTA_BYTES_PER_ITEM / 20);
  });

  test('reset puts every setting back to its default', async () => {
    await store(STORED_V1);
    await resetSettings();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
