export interface SettingsErrorProps {
  error: string | null;
  onDismiss(): void;
}

/** Why a change was not saved, kept in view at the foot of the window until dismissed or fixed. */
export function SettingsError({ error, onDismiss }: SettingsErrorProps) {
  return (
    <div role="alert" class={error ? 'toast' : undefined} data-testid="settings-error">
      {error && (
        <div class="row">
          <p class="error">{error}</p>
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
