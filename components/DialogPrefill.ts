import { t } from '../utils/i18n';
import { el, placeChildren, setText, type Scope } from './dom';
import { prefillResult, type PrefillOutcomeView } from './PrefillResult';

/**
 * The Prefill button next to the email field of Zoom's Add Users dialog: secondary, so Zoom's Add stays
 * the dialog's one primary action, and marked as the extension's so it is not taken for Zoom's own.
 */
export function dialogPrefill(
  scope: Scope,
  props: { count: () => number; busy: () => boolean; outcome: () => PrefillOutcomeView | null; onPrefill: () => void },
): HTMLElement {
  const label = document.createTextNode('');
  const button = el(
    'button',
    { type: 'button', class: 'zaa-btn zaa-ext-btn', 'data-testid': 'zaa-prefill' },
    el('span', { class: 'zaa-mark zaa-mark-small', 'aria-hidden': 'true' }, 'RA'),
    label,
  );
  button.addEventListener('click', () => props.onPrefill());
  const result = prefillResult(scope, props.outcome);
  const node = el('div', { class: 'zaa-form-hint' }, button);
  scope.effect(() => {
    button.title = t('extName');
    if (button.disabled !== props.busy()) button.disabled = props.busy();
    const count = props.count();
    setText(label, count > 0 ? t('prefillWithCount', { n: count }) : t('prefill'));
  });
  scope.effect(() => placeChildren(node, [button, props.outcome() && result]));
  return node;
}
