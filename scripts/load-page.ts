// Parses a saved web page in Node as a browser would, into a happy-dom Document, as inert data: no
// script runs and nothing is fetched. Shared by the measurement and benchmark scripts.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { parse } from 'parse5';

/** The parse5 tree, as far as building a DOM from it needs. */
interface Parse5Node {
  nodeName: string;
  tagName?: string;
  namespaceURI?: string;
  attrs?: { name: string; value: string; namespace?: string; prefix?: string }[];
  childNodes?: Parse5Node[];
  content?: Parse5Node;
  value?: string;
  data?: string;
}

/** The encoding a saved page declares (BOM, then `<meta charset>` / `http-equiv` near the top), else UTF-8. */
function sniffEncoding(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = bytes.subarray(0, 4096).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
  return declared ?? 'utf-8';
}

/**
 * Decodes the page's bytes. Bytes that are valid UTF-8 are read as UTF-8 whatever the page declares
 * (saved copies are often re-encoded without updating `<meta charset>`, and legacy encodings almost
 * never form valid UTF-8); otherwise the declared encoding is used.
 */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder(sniffEncoding(bytes)).decode(bytes);
    } catch {
      return new TextDecoder('utf-8').decode(bytes);
    }
  }
}

/** Copies a parse5 node into `doc` with DOM calls; attributes a DOM refuses (`"foo`, `a=b`) are dropped. */
function build(doc: Document, node: Parse5Node): Node | null {
  if (node.nodeName === '#text') return doc.createTextNode(node.value ?? '');
  if (node.nodeName === '#comment') return doc.createComment(node.data ?? '');
  if (!node.tagName) return null;
  const element = doc.createElementNS(node.namespaceURI ?? 'http://www.w3.org/1999/xhtml', node.tagName);
  for (const attr of node.attrs ?? []) {
    try {
      if (attr.namespace) element.setAttributeNS(attr.namespace, `${attr.prefix}:${attr.name}`, attr.value);
      else element.setAttribute(attr.name, attr.value);
    } catch {
      // Browsers keep such attributes, but nothing the detector reads depends on them.
    }
  }
  const target = element instanceof doc.defaultView!.HTMLTemplateElement ? element.content : element;
  for (const child of node.content?.childNodes ?? node.childNodes ?? []) {
    const built = build(doc, child);
    if (built) target.appendChild(built);
  }
  return element;
}

/**
 * Parses the saved page at `file` into a happy-dom Document whose URL is `url` when that is a valid
 * address, so code reading `document.URL` sees where the page came from. The HTML is parsed by
 * parse5, which follows the HTML standard as browsers do (happy-dom's own parser loses parts of some
 * real pages, e.g. after inline SVG), and the tree is built with DOM calls. No script is evaluated
 * and no resource (script, style sheet, image, frame) is loaded: the page is read as data.
 */
export function loadPage(file: string, url?: string): Document {
  const window = new Window({
    // Without a valid address the page stays at about:blank, as a saved file would.
    url: url && URL.canParse(url) ? url : 'about:blank',
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      enableCSSFileLoading: false,
      enableImageFileLoading: false,
      enableIframePageLoading: false,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true },
    },
  });
  const doc = window.document as unknown as Document;
  const tree = parse(decode(readFileSync(file))) as unknown as Parse5Node;
  const html = tree.childNodes?.find((node) => node.tagName === 'html');
  const root = html ? build(doc, html) : null;
  if (root) {
    doc.removeChild(doc.documentElement);
    doc.appendChild(root);
  }
  return doc;
}
