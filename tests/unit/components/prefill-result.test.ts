import { signal } from '@preact/signals-core';
import { createScope } from '../../../components/dom';
import { prefillResult, type PrefillOutcomeView } from '../../../components/PrefillResult';
import { translate } from '../../../utils/i18n/translate';

describe('PrefillResult after Add', () => {
  const scope = createScope();
  afterEach(() => scope.dispose());

  it("says what Zoom did instead of the fill's result, keeps the fill's attributes, and shows Zoom's words as text", () => {
    const zoomSaid = 'Zoom did not add them: <img src=x onerror="window.__pwned=1"> <b>Błąd</b>';
    const result = prefillResult(scope, () => ({ count: 2, ok: true, add: { ok: false, text: zoomSaid } }));
    expect(result.getAttribute('data-testid')).toBe('zaa-prefill-result');
    expect(result.getAttribute('role')).toBe('status');
    expect(result.getAttribute('data-count')).toBe('2');
    expect(result.getAttribute('data-ok')).toBe('true');
    expect(result.getAttribute('data-add')).toBe('false');
    expect(result.textContent).toBe(zoomSaid);
    expect(result.querySelector('img, b')).toBeNull();
  });

  it('has no data-add before Add, and loses it when the next fill has none', () => {
    const outcome = signal<PrefillOutcomeView | null>({ count: 1, ok: true, add: { ok: true, text: 'Added' } });
    const result = prefillResult(scope, () => outcome.value);
    expect(result.getAttribute('data-add')).toBe('true');
    outcome.value = { count: 1, ok: true };
    expect(result.hasAttribute('data-add')).toBe(false);
    expect(result.textContent).toBe(translate('en', 'prefillDone', { n: 1 }));
  });
});
