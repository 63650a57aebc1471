import { render } from 'preact';
import { TermCard } from '../../components/TermCard';
import { createCardHost } from './card-host';
import cardCss from '../../components/term-card.css?inline';
import type { ArticleDefinition } from '../../lib/glossary/article-definitions';
import type { Entry } from '../../lib/glossary/schema';
import { liveRange } from '../../lib/highlight/caret';
import { followViewport, placeCard } from '../../lib/page/card-position';
import { resolveTheme } from '../../lib/page/theme';
import type { Settings } from '../../lib/settings';

export interface CardHandlers {
  onOpenBriefing(entry: Entry): void;
  onClose(): void;
  onSaveDefinition(definition: ArticleDefinition): Promise<string>;
}

export interface OpenOptions {
  /** Move keyboard focus into the card (it was opened from the keyboard). */
  focus?: boolean;
  /** How the article itself defines the term. */
  definition?: ArticleDefinition | null;
}

/**
 * The fonts the card's sheet asks for, as canvas font strings: its `font` shorthand at each
 * `font-weight` the sheet uses. Measuring text in them on a detached canvas loads them without
 * touching the page.
 */
function cardFonts(css: string): string[] {
  const font = /\bfont:\s*([^;]+);/.exec(css)?.[1]?.replace(/\s+/g, ' ').trim();
  if (!font) return [];
  const weights = new Set(['400', ...[...css.matchAll(/font-weight:\s*(\d+)/g)].map((m) => m[1]!)]);
  return [...weights].map((weight) => `${weight} ${font}`);
}

/**
 * The card: one at a time, in a shadow root mounted on first use, placed against the term's range
 * (flipped at the viewport's edges, following the term on scroll and resize: lib/page/card-position).
 */
export function createCardUi(handlers: CardHandlers) {
  let ui: ReturnType<typeof createCardHost> | null = null;
  let token = 0;
  let stopFollowing: (() => void) | null = null;
  let returnFocusTo: HTMLElement | null = null;

  function mounted() {
    ui ??= createCardHost(document, cardCss);
    ui.mount();
    return ui;
  }

  function follow(range: AbstractRange, card: HTMLElement) {
    const live = liveRange(document, range);
    stopFollowing?.();
    stopFollowing = followViewport(window, () => placeCard(live, card));
  }

  function close() {
    token++;
    stopFollowing?.();
    stopFollowing = null;
    if (ui?.host.isConnected) render(null, ui.container);
    const back = returnFocusTo;
    returnFocusTo = null;
    if (back?.isConnected) back.focus({ preventScroll: true });
  }

  return {
    /** Shows the card for `entry` at `range`. A newer open or a close in the meantime wins. */
    async open(entry: Entry, range: AbstractRange, settings: Settings, options: OpenOptions = {}) {
      const mine = ++token;
      const { container: uiContainer, host: shadowHost } = mounted();
      if (mine !== token) return;
      shadowHost.dataset.theme = resolveTheme(settings.theme, document);
      if (options.focus && !returnFocusTo) {
        const active = document.activeElement;
        returnFocusTo = active instanceof HTMLElement && active !== shadowHost ? active : null;
      }
      render(
        <TermCard
          entry={entry}
          onOpenBriefing={() => handlers.onOpenBriefing(entry)}
          onClose={handlers.onClose}
          autoFocus={options.focus}
          definedInArticle={options.definition}
          onSaveDefinition={
            options.definition?.pageOnly ? () => handlers.onSaveDefinition(options.definition!) : undefined
          }
        />,
        uiContainer,
      );
      const card = uiContainer.querySelector<HTMLElement>('.card');
      if (card) follow(range, card);
    },
    close,
    /**
     * Readies the card in the browser's idle time after a scan, so that the first real one opens within
     * a frame: cold, it took 17-32 ms in the bench (Preact and the card's code new, and mostly the
     * system font the page had not used yet), warmed 9-12 ms. Nothing is added to the page: a card is
     * drawn into a detached element and thrown away, the host is made but not attached, and the fonts
     * are loaded by measuring text on a detached canvas.
     */
    warmUp(entry: Entry) {
      const scratch = document.createElement('div');
      render(<TermCard entry={entry} onOpenBriefing={() => {}} onClose={() => {}} />, scratch);
      render(null, scratch);
      ui ??= createCardHost(document, cardCss);
      const probe = document.createElement('canvas').getContext('2d');
      if (!probe) return;
      for (const font of cardFonts(cardCss)) {
        probe.font = font;
        probe.measureText(entry.term);
      }
    },
    contains(target: EventTarget | null) {
      return !!ui && target === ui.host;
    },
    isOpen() {
      return !!stopFollowing;
    },
    remove() {
      close();
      ui?.remove();
      ui = null;
    },
  };
}
