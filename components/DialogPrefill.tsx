import { t } from '../utils/i18n';
import { PrefillResult, type PrefillOutcomeView } from './PrefillResult';

/** The Prefill button next to the email field of Zoom's Add Users dialog. */
export function DialogPrefill(props: {
  count: number;
  busy: boolean;
  outcome: PrefillOutcomeView | null;
  onPrefill: () => void;
}) {
  return (
    <div class="zaa-form-hint">
      <button type="button" class="zaa-btn zaa-primary" data-testid="zaa-prefill" disabled={props.busy} onClick={props.onPrefill}>
        {props.count > 0 ? t('prefillWithCount', { n: props.count }) : t('prefill')}
      </button>
      {props.outcome && <PrefillResult outcome={props.outcome} />}
    </div>
  );
}
