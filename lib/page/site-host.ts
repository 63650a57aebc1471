/**
 * The host name a site rule is keyed by, from what a reader typed: a bare host ("www.dawn.com"), a
 * URL copied from the address bar, or a host with a port. Returns null for anything that is not a web
 * host. Rules match a page's exact `location.hostname`, so nothing else (no "www." stripping) is done.
 */
export function siteHostFromInput(input: string): string | null {
  const text = input.trim();
  if (!text || /\s/.test(text)) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname;
  const isIp = /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
  const isName = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) && !host.startsWith('-');
  return isIp || isName ? host : null;
}
