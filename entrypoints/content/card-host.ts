/**
 * The card's host element and shadow root. Written here rather than with WXT's createShadowRootUi:
 * that helper brought five packages (about 12 KB) into a content script that has a 30 KB budget, for
 * what is one element, one shadow root and one style sheet.
 */
export function createCardHost(doc: Document, css: string) {
  const host = doc.createElement('bs-card');
  // Inline !important beats any page rule, even `* { display: none !important }`.
  host.style.cssText =
    'all: initial !important; display: block !important; position: fixed !important; top: 0 !important;' +
    ' left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  // Sizes in the sheet are px; `all: initial` stops the page's inherited styles at the boundary.
  style.textContent = `:host { all: initial; }\n${css}`;
  const container = doc.createElement('div');
  shadow.append(style, container);
  return {
    host,
    container,
    mount() {
      if (!host.isConnected) (doc.body ?? doc.documentElement).append(host);
    },
    remove() {
      host.remove();
    },
  };
}
