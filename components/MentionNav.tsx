import type { RevealResult } from '../lib/messaging';

export interface MentionNavProps {
  term: string;
  position: RevealResult;
  onStep(direction: 'next' | 'previous'): void;
}

/** Steps through a term's mentions on the page once the reader has jumped to one: "2 of 4". */
export function MentionNav({ term, position, onStep }: MentionNavProps) {
  return (
    <div class="mention-nav" role="group" aria-label={`Mentions of ${term} on the page`}>
      <button type="button" class="button small" onClick={() => onStep('previous')} disabled={position.total < 2}>
        <span aria-hidden="true">‹ </span>Previous
      </button>
      <span class="mention-position" aria-live="polite">
        {position.index} of {position.total}
      </span>
      <button type="button" class="button small" onClick={() => onStep('next')} disabled={position.total < 2}>
        Next<span aria-hidden="true"> ›</span>
      </button>
    </div>
  );
}
