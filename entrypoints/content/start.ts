import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { askAgainOnFailure } from '../../lib/ask-again';
import { caretAt, pointIsOnRange } from '../../lib/highlight/caret';
import { ACTIVE_HIGHLIGHT, clearHighlights, paintSingle } from '../../lib/highlight/paint';
import type { Mark } from '../../lib/highlight/marks';
import { onMessage, sendMessage } from '../../lib/messaging';
import { createHoverIntent } from '../../lib/page/hover-intent';
import { followChanges, type ChangeBatch } from '../../lib/page/follow-changes';
import { scanPage, siteStatus, type PageScanDeps, type PageState } from '../../lib/page/page-scan';
import { rescanChanged } from '../../lib/page/rescan-changes';
import { createMentionWalker } from '../../lib/page/reveal-mentions';
import { stepThroughMarks } from '../../lib/page/term-cursor';
import { loadSettings, watchGlossaryChanges, watchSettings, type Settings } from '../../lib/settings';
import { createCardUi } from './card';

/** Added text on a page that was not an article that is worth deciding again: a story rendered late. */
const REDETECT_AFTER_CHARS = 1500;

function isOwnUi(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!element?.closest('bs-card');
}

const MODIFIER_FLAG = { Alt: 'altKey', Shift: 'shiftKey', Control: 'ctrlKey', Meta: 'metaKey' } as const;

/** Wiring of the content script: settings → scan → highlights → hover cards. */
export async function startContent(ctx: ContentScriptContext) {
  let settings: Settings = await loadSettings();
  let state: PageState | null = null;
  let shown: Mark | null = null;

  const deps: PageScanDeps = {
    doc: document,
    registry: CSS.highlights,
    // The worker may be stopped mid-scan: the page asks again rather than stay bare.
    scan: (request) => askAgainOnFailure(() => sendMessage('scanPage', request)),
    reportStatus: (status, detection) =>
      askAgainOnFailure(() =>
        sendMessage('reportStatus', { url: location.href, status, article: detection?.meta ?? null }),
      ),
  };

  const card = createCardUi({
    onOpenBriefing: (entry) => void sendMessage('openBriefing', { entryId: entry.id }),
    onClose: () => closeCard(),
    onSaveDefinition: async ({ short, long }) => {
      const saved = await sendMessage('saveDefinition', { short, long, url: location.href }).catch(() => null);
      return saved?.ok ? 'Saved' : 'Could not save';
    },
  });

  function closeCard() {
    shown = null;
    hover.setShown(null);
    paintSingle(ACTIVE_HIGHLIGHT, null);
    card.close();
  }

  function openCard(mark: Mark, focus = false) {
    const entry = state?.entries.get(mark.entryId);
    if (!entry) return;
    shown = mark;
    hover.setShown(mark);
    paintSingle(ACTIVE_HIGHLIGHT, mark.range);
    void card.open(entry, mark.range, settings, { focus, definition: state?.definitions.get(mark.entryId) });
  }

  function hitTest(x: number, y: number): Mark | null {
    if (!state) return null;
    const caret = caretAt(document, x, y);
    const mark = caret && state.index.at(caret.node, caret.offset);
    return mark && pointIsOnRange(document, mark.range, x, y) ? mark : null;
  }

  const hover = createHoverIntent({
    win: window,
    hitTest,
    isInCard: (target) => card.contains(target),
    openDelayMs: () => settings.hoverDelayMs,
    mayOpen: (event) =>
      settings.trigger === 'hover' || (settings.trigger === 'modifier' && event[MODIFIER_FLAG[settings.modifierKey]]),
    open: (mark) => openCard(mark),
    close: () => closeCard(),
  });

  function moveToTerm(direction: 'next' | 'previous'): boolean {
    const next = stepThroughMarks(state?.marks ?? [], shown, direction);
    if (!next) return false;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    next.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    openCard(next, true);
    return true;
  }

  const mentions = createMentionWalker({
    win: window,
    registry: CSS.highlights,
    marks: () => state?.allMarks ?? [],
    blocks: () => state?.blocks ?? [],
  });

  // One scan at a time: a batch of page changes waits for the scan before it.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = (work: () => Promise<void>) => (queue = queue.then(work, work));

  // The first card of a page is drawn once off the page while the browser is idle, so that it opens
  // within a frame when the reader first asks for one.
  let cardWarmed = false;
  function warmCardWhenIdle() {
    const entry = state?.entries.values().next().value;
    if (cardWarmed || !entry) return;
    cardWarmed = true;
    if ('requestIdleCallback' in window) requestIdleCallback(() => card.warmUp(entry), { timeout: 2000 });
    else setTimeout(() => card.warmUp(entry), 500);
  }

  async function run(force = false, keepCard = false) {
    // A glossary change (the card's own "Save to my glossary") leaves the open card where it is.
    if (!keepCard) closeCard();
    state = await scanPage(deps, settings, force);
    warmCardWhenIdle();
    // A card kept open must not outlive its term (deleted, or its pack switched off).
    if (shown && !state?.entries.has(shown.entryId)) closeCard();
    mentions.reset();
  }

  async function onPageChanged(batch: ChangeBatch) {
    if (batch.full) return run();
    if (!state) {
      // Not an article (yet): a single-page app may render its story later.
      const grown = batch.roots.reduce((sum, root) => sum + (root.textContent?.length ?? 0), 0);
      if (grown > REDETECT_AFTER_CHARS && siteStatus(settings, location.hostname) === 'on') await run();
      return;
    }
    if (!state.root.isConnected) return run();
    state = await rescanChanged(deps, state, settings, batch.roots);
  }

  ctx.addEventListener(document, 'pointermove', (event) => hover.onPointerMove(event), { passive: true });
  ctx.addEventListener(document.documentElement, 'pointerleave', () => hover.onLeave());
  ctx.addEventListener(document, 'click', (event) => {
    if (settings.trigger !== 'click' || card.contains(event.target)) return;
    const mark = hitTest(event.clientX, event.clientY);
    if (mark) openCard(mark);
    else closeCard();
  });
  // Single-page apps change address without reloading: read the new page.
  ctx.addEventListener(window, 'wxt:locationchange', () => void serially(() => run()));
  ctx.addEventListener(document, 'keydown', (event) => {
    if (event.key === 'Escape' && card.isOpen()) closeCard();
  });

  const unwatch = watchSettings((next) => {
    settings = next;
    void serially(() => run());
  });
  const stopFollowing = followChanges({
    doc: document,
    win: window,
    isOwn: (node) => isOwnUi(node),
    onBatch: (batch) => serially(() => onPageChanged(batch)),
  });
  // The reader's glossary changed (a term added in the options, a pack imported): read the page again.
  const unwatchGlossary = watchGlossaryChanges(() => void serially(() => run(false, true)));
  onMessage('scanAnyway', () => serially(() => run(true)));
  onMessage('revealTerm', ({ data }) => mentions.reveal(data.entryId, data.direction));
  onMessage('revealText', ({ data }) => mentions.revealText(data.start, data.end));
  onMessage('returnToReading', () => mentions.returnToReading());
  onMessage('moveToTerm', ({ data }) => moveToTerm(data.direction));
  onMessage('pingPage', () => true);
  ctx.onInvalidated(() => {
    unwatch();
    stopFollowing();
    unwatchGlossary();
    hover.dispose();
    card.remove();
    clearHighlights();
  });

  await serially(() => run());
}
