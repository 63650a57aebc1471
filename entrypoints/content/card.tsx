import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { TermCard } from '../../components/TermCard';
import cardCss from '../../components/term-card.css?inline';
import type { Entry } from '../../lib/glossary/schema';
import { resolveTheme } from '../../lib/page/theme';
import type { Settings } from '../../lib/settings';

export interface CardHandlers {
  onOpenBriefing(entry: Entry): void;
  onClose(): void;
}

/** The hover card: one at a time, in a shadow root mounted on first use. */
export function createCardUi(ctx: ContentScriptContext, handlers: CardHandlers) {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let shownFor: AbstractRange | null = null;

  async function mounted() {
    ui ??= await createShadowRootUi(ctx, {
      name: 'bs-card',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: cardCss,
      onMount: (container) => container,
    });
    if (!ui.mounted) ui.mount();
    return ui;
  }

  async function place(range: AbstractRange, card: HTMLElement) {
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    const reference = {
      getBoundingClientRect: () => live.getBoundingClientRect(),
      getClientRects: () => live.getClientRects(),
    };
    const { x, y } = await computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    });
    Object.assign(card.style, { left: `${x}px`, top: `${y}px` });
  }

  return {
    async open(entry: Entry, range: AbstractRange, settings: Settings) {
      const { uiContainer, shadowHost } = await mounted();
      shownFor = range;
      shadowHost.dataset.theme = resolveTheme(settings.theme, document);
      render(
        <TermCard entry={entry} onOpenBriefing={() => handlers.onOpenBriefing(entry)} onClose={handlers.onClose} />,
        uiContainer,
      );
      const card = uiContainer.querySelector<HTMLElement>('.card');
      if (card && shownFor === range) await place(range, card);
    },
    close() {
      shownFor = null;
      if (ui?.mounted) render(null, ui.uiContainer);
    },
    contains(target: EventTarget | null) {
      return !!ui && target === ui.shadowHost;
    },
    remove() {
      ui?.remove();
      ui = null;
    },
  };
}
