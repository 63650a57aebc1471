export interface ReturnToReadingProps {
  onReturn(): void;
}

/** Shown after the briefing moved the page: scrolls it back to where the reader was reading. */
export function ReturnToReading({ onReturn }: ReturnToReadingProps) {
  return (
    <div class="return-bar">
      <button type="button" class="button primary" onClick={onReturn}>
        Back to where I was
      </button>
    </div>
  );
}
