import { useEffect, useState } from 'preact/hooks';
import { briefingFocusItem } from '../lib/settings';

/** A request to open the briefing at an entry counts for this long: long enough for the panel to start. */
export const FOCUS_FRESH_MS = 60_000;

type FocusRequest = Awaited<ReturnType<typeof briefingFocusItem.getValue>>;

/** An entry to bring into view, and when it was asked for (a second request for it is a new one). */
export interface BriefingFocus {
  entryId: string;
  at: number;
}

/**
 * The entry the reader asked to see ("Open briefing" on a hover card) in this tab's briefing, if
 * any. Read once and cleared, so the panel does not jump to it again the next time it opens; a new
 * request while the panel is open is followed too.
 */
export function useBriefingFocus(tabId: number | null): BriefingFocus | null {
  const [focus, setFocus] = useState<BriefingFocus | null>(null);
  useEffect(() => {
    setFocus(null);
    if (tabId === null) return;
    const take = (request: FocusRequest) => {
      if (!request || request.tabId !== tabId || Date.now() - request.at > FOCUS_FRESH_MS) return;
      if (request.entryId) setFocus({ entryId: request.entryId, at: request.at });
      void briefingFocusItem.setValue(null);
    };
    void briefingFocusItem.getValue().then(take);
    return briefingFocusItem.watch(take);
  }, [tabId]);
  return focus;
}
