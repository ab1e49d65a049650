import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';

export interface ConfirmBoxProps {
  /** The question, as text (it names stored hosts: never HTML). */
  question: string;
  /** Lines under the question (what would be replaced), as text. */
  details?: string[];
  /** The confirm button's label (default: "Yes, forget"). */
  confirmLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A confirmation step inside the popup (window.confirm would close a popup in some browsers).
 * Focus moves to the confirm button; Escape cancels.
 */
export function ConfirmBox({ question, details, confirmLabel, onConfirm, onCancel }: ConfirmBoxProps) {
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmButton.current?.focus(), []);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset brings its own border and min-width; the question labels this group
    <div
      class="zaa-confirm"
      role="group"
      aria-labelledby="zaa-confirm-question"
      data-testid="zaa-confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <p id="zaa-confirm-question">{question}</p>
      {details && details.length > 0 && (
        <ul class="zaa-confirm-details">
          {details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <div class="zaa-actions">
        <button ref={confirmButton} type="button" class="zaa-btn zaa-danger" onClick={onConfirm}>
          {confirmLabel ?? t('popup.confirmForget')}
        </button>
        <button type="button" class="zaa-btn" onClick={onCancel}>
          {t('popup.cancel')}
        </button>
      </div>
    </div>
  );
}
