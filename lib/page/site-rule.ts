import type { Settings } from '../settings';

/**
 * The reader's per-site rules after switching one site: false turns it off, null removes its rule so
 * the site follows the general settings again.
 */
export function withSiteRule(rules: Settings['siteRules'], host: string, rule: false | null): Settings['siteRules'] {
  const next = { ...rules };
  if (rule === null) delete next[host];
  else next[host] = rule;
  return next;
}
