import { t } from '../utils/i18n';
import { el, setAttr, setText, type Scope } from './dom';

export interface PrefillOutcomeView {
  count: number;
  ok: boolean;
  /** Why it did not fill or did not verify (the dialog adapter's reasons, which must stay a subset, and the session's). */
  problem?:
    | 'field-not-fillable'
    | 'readback-mismatch'
    | 'user-type-not-found'
    | 'department-not-found'
    | 'no-dialog'
    | 'nothing-to-fill'
    | 'only-typos'
    | 'needs-complete-view'
    | 'not-loaded';
  /** only-typos: how many probable typos were left out. */
  typos?: number;
  /** What Zoom did with the admin's Add after this prefill: took it, or refused it (the text says which, in Zoom's words). */
  add?: { ok: boolean; text: string };
}

/**
 * What the last prefill did; exactly one on the page (the caller decides where, and places the element only
 * while there is an outcome). Zoom's own words after Add are shown as text.
 */
export function prefillResult(scope: Scope, outcome: () => PrefillOutcomeView | null): HTMLElement {
  const node = el('div', { class: 'zaa-prefill-result', 'data-testid': 'zaa-prefill-result', role: 'status' });
  scope.effect(() => {
    const shown = outcome();
    if (!shown) return;
    setAttr(node, 'data-count', String(shown.count));
    setAttr(node, 'data-ok', String(shown.ok));
    setAttr(node, 'data-add', shown.add && String(shown.add.ok));
    setText(node, shown.add?.text ?? messageFor(shown));
  });
  return node;
}

function messageFor(outcome: PrefillOutcomeView): string {
  switch (outcome.problem) {
    case 'no-dialog':
      return t('prefillNoDialog');
    case 'not-loaded':
      return t('prefillNotLoaded');
    case 'nothing-to-fill':
      return t('prefillNothing');
    case 'only-typos':
      return t('prefillOnlyTypos', { n: outcome.typos ?? 0 });
    case 'needs-complete-view':
      return t('prefillNeedsCompleteView');
    case 'field-not-fillable':
      return t('prefillNotFillable');
    case 'readback-mismatch':
      return t('prefillMismatch');
    case 'user-type-not-found':
      return `${t('prefillDone', { n: outcome.count })} ${t('prefillUserTypeMissing')}`;
    case 'department-not-found':
      return `${t('prefillDone', { n: outcome.count })} ${t('prefillDepartmentMissing')}`;
    default:
      return t('prefillDone', { n: outcome.count });
  }
}
