import { t } from '../utils/i18n';
import { PrefillResult, type PrefillOutcomeView } from './PrefillResult';

/**
 * The Prefill button next to the email field of Zoom's Add Users dialog: secondary, so Zoom's Add stays
 * the dialog's one primary action, and marked as the extension's so it is not taken for Zoom's own.
 */
export function DialogPrefill(props: {
  count: number;
  busy: boolean;
  outcome: PrefillOutcomeView | null;
  onPrefill: () => void;
}) {
  return (
    <div class="zaa-form-hint">
      <button
        type="button"
        class="zaa-btn zaa-ext-btn"
        data-testid="zaa-prefill"
        title={t('extName')}
        disabled={props.busy}
        onClick={props.onPrefill}
      >
        <span class="zaa-mark zaa-mark-small" aria-hidden="true">
          RA
        </span>
        {props.count > 0 ? t('prefillWithCount', { n: props.count }) : t('prefill')}
      </button>
      {props.outcome && <PrefillResult outcome={props.outcome} />}
    </div>
  );
}
