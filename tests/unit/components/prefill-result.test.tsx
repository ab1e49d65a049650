import { render } from 'preact';
import { PrefillResult } from '../../../components/PrefillResult';

describe('PrefillResult after Add', () => {
  const host = document.createElement('div');
  afterEach(() => render(null, host));

  it("says what Zoom did instead of the fill's result, keeps the fill's attributes, and shows Zoom's words as text", () => {
    const zoomSaid = 'Zoom did not add them: <img src=x onerror="window.__pwned=1"> <b>Błąd</b>';
    render(<PrefillResult outcome={{ count: 2, ok: true, add: { ok: false, text: zoomSaid } }} />, host);
    const result = host.querySelector('[data-testid="zaa-prefill-result"]')!;
    expect(result.getAttribute('data-count')).toBe('2');
    expect(result.getAttribute('data-ok')).toBe('true');
    expect(result.getAttribute('data-add')).toBe('false');
    expect(result.textContent).toBe(zoomSaid);
    expect(result.querySelector('img, b')).toBeNull();
  });

  it('has no data-add before Add', () => {
    render(<PrefillResult outcome={{ count: 1, ok: true }} />, host);
    expect(host.querySelector('[data-testid="zaa-prefill-result"]')!.hasAttribute('data-add')).toBe(false);
  });
});
