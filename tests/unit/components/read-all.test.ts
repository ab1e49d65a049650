import { signal } from '@preact/signals-core';
import { createScope } from '../../../components/dom';
import { readAllButton, readAllMessage } from '../../../components/ReadAll';
import { translate } from '../../../utils/i18n/translate';
import { problemSaid, progressSaid, type ReadAllStatus } from '../../../utils/view/read-all';

describe('Read all pages in the bar', () => {
  const scope = createScope();
  afterEach(() => scope.dispose());

  it('offered: "Read all pages", data-state idle; running: where it is and Stop, data-state running, on the same button', () => {
    const status = signal<ReadAllStatus>({ state: 'idle' });
    const pressed: string[] = [];
    const parts = readAllButton(scope, {
      status: () => status.value,
      primary: () => true,
      onStart: () => pressed.push('start'),
      onStop: () => pressed.push('stop'),
    });
    const button = parts.button;
    expect(parts.nodes()).toEqual([button]);
    expect(button.getAttribute('data-testid')).toBe('zaa-read-all');
    expect(button.textContent).toBe('Read all pages');
    expect(button.getAttribute('data-state')).toBe('idle');
    expect(button.className).toContain('zaa-primary');
    expect(button.title).toBe(translate('en', 'readAll.startTitle'));
    button.click();

    status.value = { state: 'running', progress: progressSaid('users', 2, 4) };
    const [progress, same] = parts.nodes();
    expect(same, 'the same element: a focused button keeps the focus').toBe(button);
    expect(progress.getAttribute('data-testid')).toBe('zaa-read-all-progress');
    expect(progress.getAttribute('role')).toBe('status');
    expect(progress.textContent).toBe('Users: page 2 of 4');
    expect(button.textContent).toBe('Stop');
    expect(button.getAttribute('data-state')).toBe('running');
    expect(button.className).toBe('zaa-btn');
    expect(button.hasAttribute('title')).toBe(false);
    button.click();
    expect(pressed).toEqual(['start', 'stop']);
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
    const message = readAllMessage(scope, () => ({ state: 'failed', message: said, hint: { key: 'readAll.byHand' } }));
    expect(message.shown()).toBe(true);
    expect(message.node.getAttribute('data-testid')).toBe('zaa-read-all-message');
    expect(message.node.getAttribute('data-state')).toBe('failed');
    expect(message.node.querySelector('img')).toBeNull();
    expect(message.node.textContent).toBe(
      'Reading stopped: the page showed a message: <img src=x onerror="window.__pwned=1"> Błąd See the remaining pages yourself, or import Zoom’s users CSV export in the popup.',
    );
  });

  it('nothing under the bar while idle, running or done', () => {
    for (const state of ['idle', 'running', 'done'] as const) {
      const message = readAllMessage(scope, () => ({ state, message: { key: 'readAll.done' } }));
      expect(message.shown()).toBe(false);
      expect(message.node.textContent).toBe('');
    }
  });
});
