import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export interface ConfirmStepProps {
  /** Used for the ids of the title and the buttons. */
  id: string;
  title: string;
  children?: ComponentChildren;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * The step between asking to lose something and losing it: says what will go, and offers the way out
 * first. Focus moves to it when it appears and back when it goes; Escape cancels.
 */
export function ConfirmStep({ id, title, children, confirmLabel, cancelLabel, onConfirm, onCancel }: ConfirmStepProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const opener = document.activeElement;
    heading.current?.focus();
    return () => {
      // Closing must not drop focus on the page's body: give it back to what opened the step.
      const focus = document.activeElement;
      if (opener instanceof HTMLElement && (!focus || focus === document.body || box.current?.contains(focus))) {
        opener.focus();
      }
    };
  }, []);
  return (
    <div
      ref={box}
      class="confirm"
      role="group"
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h3 id={`${id}-title`} tabIndex={-1} ref={heading}>
        {title}
      </h3>
      {children}
      <div class="row">
        <button type="button" class="danger" id={`${id}-confirm`} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" id={`${id}-cancel`} onClick={onCancel}>
          {cancelLabel ?? 'Cancel'}
        </button>
      </div>
    </div>
  );
}
