import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { caretAt, pointIsOnRange } from '../../lib/highlight/caret';
import { ACTIVE_HIGHLIGHT, clearHighlights, paintSingle } from '../../lib/highlight/paint';
import type { Mark } from '../../lib/highlight/marks';
import { onMessage, sendMessage } from '../../lib/messaging';
import { createHoverIntent } from '../../lib/page/hover-intent';
import { createMentionWalker } from '../../lib/page/reveal-mentions';
import { scanPage, type PageScanDeps, type PageState } from '../../lib/page/page-scan';
import { loadSettings, watchSettings, type Settings } from '../../lib/settings';
import { createCardUi } from './card';

const MODIFIER_FLAG = { Alt: 'altKey', Shift: 'shiftKey', Control: 'ctrlKey', Meta: 'metaKey' } as const;

/** Wiring of the content script: settings → scan → highlights → hover cards. */
export async function startContent(ctx: ContentScriptContext) {
  let settings: Settings = await loadSettings();
  let state: PageState | null = null;

  const deps: PageScanDeps = {
    doc: document,
    registry: CSS.highlights,
    scan: (request) => sendMessage('scanPage', request),
    reportStatus: (status, detection) =>
      sendMessage('reportStatus', { url: location.href, status, article: detection?.meta ?? null }),
  };

  const card = createCardUi(ctx, {
    onOpenBriefing: (entry) => void sendMessage('openBriefing', { entryId: entry.id }),
    onClose: () => {
      hover.setShown(null);
      closeCard();
    },
  });

  function closeCard() {
    paintSingle(ACTIVE_HIGHLIGHT, null);
    card.close();
  }

  function openCard(mark: Mark) {
    const entry = state?.entries.get(mark.entryId);
    if (!entry) return;
    paintSingle(ACTIVE_HIGHLIGHT, mark.range);
    void card.open(entry, mark.range, settings);
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
    open: openCard,
    close: closeCard,
  });

  async function run(force = false) {
    hover.setShown(null);
    closeCard();
    state = await scanPage(deps, settings, force);
    mentions.reset();
  }

  ctx.addEventListener(document, 'pointermove', (event) => hover.onPointerMove(event), { passive: true });
  ctx.addEventListener(document.documentElement, 'pointerleave', () => hover.onLeave());
  ctx.addEventListener(document, 'click', (event) => {
    if (settings.trigger !== 'click' || card.contains(event.target)) return;
    const mark = hitTest(event.clientX, event.clientY);
    hover.setShown(mark);
    if (mark) openCard(mark);
    else closeCard();
  });
  ctx.addEventListener(document, 'keydown', (event) => {
    if (event.key === 'Escape') {
      hover.setShown(null);
      closeCard();
    }
  });

  const unwatch = watchSettings((next) => {
    settings = next;
    void run();
  });
  const mentions = createMentionWalker({ win: window, registry: CSS.highlights, marks: () => state?.allMarks ?? [] });
  onMessage('scanAnyway', () => run(true));
  onMessage('revealTerm', ({ data }) => mentions.reveal(data.entryId, data.direction));
  onMessage('returnToReading', () => mentions.returnToReading());
  onMessage('pingPage', () => true);
  ctx.onInvalidated(() => {
    unwatch();
    hover.dispose();
    card.remove();
    clearHighlights();
  });

  await run();
}
