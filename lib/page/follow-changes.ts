/**
 * How long changes gather before they are read: a page that rewrites itself without pause is read
 * at most this often, and the work runs when the browser is idle, off the reader's critical path.
 */
export const BATCH_MS = 400;
/** Beyond this many changed places in one batch, reading the page again whole is cheaper. */
export const MAX_ROOTS = 200;

export interface ChangeBatch {
  /** Elements that were added or whose text changed, none inside another. */
  roots: Element[];
  /** The page moved to another address, or changed too much to follow piece by piece. */
  full: boolean;
}

export interface FollowDeps {
  doc: Document;
  win: Window;
  /** Our own UI (the card's host): its changes are not the page's. */
  isOwn(node: Node): boolean;
  onBatch(batch: ChangeBatch): void | Promise<void>;
}

function rootOf(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

function outermost(elements: Set<Element>): Element[] {
  const list = [...elements];
  return list.filter((el) => el.isConnected && !list.some((other) => other !== el && other.contains(el)));
}

/**
 * Watches the page for later changes (infinite scroll, single-page navigation, re-renders) and
 * reports them in batches. It only records on each mutation; the reading happens later.
 */
export function followChanges(deps: FollowDeps): () => void {
  const pending = new Set<Element>();
  let url = deps.doc.location?.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let overflow = false;
  let removed = false;

  const flush = () => {
    timer = undefined;
    const moved = deps.doc.location?.href !== url;
    url = deps.doc.location?.href;
    const roots = outermost(pending);
    pending.clear();
    const full = moved || overflow;
    const dropped = removed;
    overflow = false;
    removed = false;
    if (full || roots.length || dropped) void deps.onBatch({ roots: full ? [] : roots, full });
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (deps.isOwn(record.target)) continue;
      if (record.removedNodes.length && ![...record.removedNodes].every(deps.isOwn)) removed = true;
      const nodes = record.type === 'characterData' ? [record.target] : [...record.addedNodes];
      for (const node of nodes) {
        const root = rootOf(node);
        if (root && !deps.isOwn(root)) pending.add(root);
      }
      if (pending.size > MAX_ROOTS) overflow = true;
    }
    if (overflow) pending.clear();
    if (!timer && (pending.size || overflow || removed || deps.doc.location?.href !== url)) {
      timer = setTimeout(() => {
        const idle = deps.win.requestIdleCallback;
        if (idle) idle(flush, { timeout: BATCH_MS });
        else flush();
      }, BATCH_MS);
    }
  });
  observer.observe(deps.doc.documentElement, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}
