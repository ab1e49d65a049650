import { render } from 'preact';
import { ReadAllButton, ReadAllMessage } from '../../../components/ReadAll';
import { translate } from '../../../utils/i18n/translate';
import { problemSaid, progressSaid } from '../../../utils/view/read-all';

describe('Read all pages in the bar', () => {
  const host = document.createElement('div');
  afterEach(() => render(null, host));
  const noop = () => {};

  it('offered: "Read all pages", data-state idle; running: where it is and Stop, data-state running', () => {
    render(<ReadAllButton offered status={{ state: 'idle' }} onStart={noop} onStop={noop} primary />, host);
    const button = host.querySelector('[data-testid="zaa-read-all"]')!;
    expect(button.textContent).toBe('Read all pages');
    expect(button.getAttribute('data-state')).toBe('idle');
    expect(button.className).toContain('zaa-primary');

    render(
      <ReadAllButton
        offered
        status={{ state: 'running', progress: progressSaid('users', 2, 4) }}
        onStart={noop}
        onStop={noop}
        primary
      />,
      host,
    );
    expect(host.querySelector('[data-testid="zaa-read-all-progress"]')!.textContent).toBe('Users: page 2 of 4');
    expect(host.querySelector('[data-testid="zaa-read-all"]')!.textContent).toBe('Stop');
    expect(host.querySelector('[data-testid="zaa-read-all"]')!.getAttribute('data-state')).toBe('running');
  });

  it('the progress in Polish, as the catalogue says it', () => {
    const pending = translate('pl', 'readAll.list.pending');
    expect(translate('pl', 'readAll.progress', { list: pending, page: 1, count: 1 })).toBe('Oczekujące: strona 1 z 1');
    expect(translate('pl', 'readAll.progress', { list: translate('pl', 'readAll.list.users'), page: 2, count: 4 })).toBe(
      'Użytkownicy: strona 2 z 4',
    );
  });

  it("a failure says what happened and what to do; the page's own message is shown as text", () => {
    const said = problemSaid('message', { text: '<img src=x onerror="window.__pwned=1"> Błąd' });
    render(<ReadAllMessage status={{ state: 'failed', message: said, hint: { key: 'readAll.byHand' } }} />, host);
    const message = host.querySelector('[data-testid="zaa-read-all-message"]')!;
    expect(message.getAttribute('data-state')).toBe('failed');
    expect(message.querySelector('img')).toBeNull();
    expect(message.textContent).toBe(
      'Reading stopped: the page showed a message: <img src=x onerror="window.__pwned=1"> Błąd See the remaining pages yourself, or import Zoom’s users CSV export in the popup.',
    );
  });

  it('nothing under the bar while idle, running or done', () => {
    for (const state of ['idle', 'running', 'done'] as const) {
      render(<ReadAllMessage status={{ state, message: { key: 'readAll.done' } }} />, host);
      expect(host.querySelector('[data-testid="zaa-read-all-message"]')).toBeNull();
    }
  });
});
