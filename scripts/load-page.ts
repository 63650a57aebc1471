// Parses a saved web page in Node with happy-dom, as inert data: no script runs, nothing is fetched.
// Shared by the measurement and benchmark scripts.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { parse, serialize } from 'parse5';

/** The encoding a saved page declares (BOM, then `<meta charset>` / `http-equiv` near the top), else UTF-8. */
function sniffEncoding(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = bytes.subarray(0, 4096).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
  return declared ?? 'utf-8';
}

/** Decodes the page's bytes with its declared encoding, falling back to UTF-8 for labels Node does not know. */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder(sniffEncoding(bytes)).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function parsePage(html: string, url: string | undefined): Document {
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
  window.document.write(html);
  return window.document as unknown as Document;
}

/**
 * Parses the saved page at `file` into a happy-dom Document whose URL is `url` when that is a valid
 * address, so code reading `document.URL` sees where the page came from. No script is evaluated
 * and no resource (script, style sheet, image, frame) is loaded: the page is read as data.
 */
export function loadPage(file: string, url?: string): Document {
  const html = decode(readFileSync(file));
  try {
    return parsePage(html, url);
  } catch {
    // happy-dom's parser throws on some misnested tables; parse5 rebuilds the tree a browser would.
    return parsePage(serialize(parse(html)), url);
  }
}
