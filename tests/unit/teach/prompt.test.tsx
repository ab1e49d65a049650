import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TeachButton, TeachPrompt } from '../../../components/TeachPrompt';
import { answersFor, startTeaching, advance } from '../../../utils/view/teach-flow';
import { en, pl } from '../../../utils/i18n/messages';
import { toBrowserMessages } from '../../../utils/i18n/locales';
import { language } from '../../../utils/i18n';
import type { TeachAnswer } from '../../../utils/view/teach-flow';

function speak(lang: 'en' | 'pl'): void {
  const messages = toBrowserMessages(lang === 'pl' ? pl : en);
  const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
  i18n.getMessage = (name: string) => messages[name]?.message.replace(/\$\$/g, '$') ?? '';
  language.value = lang;
}

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  speak('en');
});

function show(vnode: preact.VNode) {
  root = document.createElement('div');
  document.body.append(root);
  void act(() => render(vnode, root));
  return root.querySelector('[data-testid="zaa-teach-prompt"]') as HTMLElement;
}

describe('the teaching prompt', () => {
  it('shows the step, its answers and a labelled region with a live step text', () => {
    const answers: TeachAnswer[] = [];
    const state = startTeaching({ page: 'zoom-list' });
    const prompt = show(
      <TeachPrompt step="list-kind" side="zoom" answers={answersFor(state)} onAnswer={(a) => answers.push(a)} />,
    );
    expect(prompt.dataset.step).toBe('list-kind');
    // A <section> with an accessible name is a region (its implicit role; no role attribute needed).
    expect(prompt.localName).toBe('section');
    expect(prompt.getAttribute('aria-labelledby')).toBeTruthy();
    expect(root.querySelector(`#${prompt.getAttribute('aria-labelledby')}`)?.textContent).toBe(
      'Show the extension where things are',
    );
    expect(prompt.querySelector('[aria-live]')?.textContent).toBe('Which list is on the screen now?');
    const buttons = [...prompt.querySelectorAll('button')];
    expect(buttons.map((b) => [b.dataset.answer, b.textContent])).toEqual([
      ['users', 'Users'],
      ['pending', 'Pending'],
      ['cancel', 'Cancel'],
    ]);
    void act(() => buttons[1].click());
    void act(() => buttons[2].click());
    expect(answers).toEqual(['pending', 'cancel']);
  });

  it('says why a click was refused, in Polish too', () => {
    const state = advance(startTeaching({ page: 'zoom-list', listKind: 'users' }), {
      type: 'learned-list',
      result: { ok: false, problem: 'no-repeating-row' },
    });
    if (state.status !== 'asking') throw new Error('still asking');
    let prompt = show(
      <TeachPrompt step={state.step} side="zoom" answers={answersFor(state)} error={state.error} onAnswer={() => {}} />,
    );
    expect(prompt.dataset.step).toBe('email');
    expect(prompt.querySelector('[role="alert"]')?.textContent).toBe(
      'That did not look like a list of addresses; click an email address in the list.',
    );
    render(null, root);
    speak('pl');
    prompt = show(<TeachPrompt step="email" side="zoom" answers={['cancel']} error="no-email-in-rows" onAnswer={() => {}} />);
    expect(prompt.querySelector('[role="alert"]')?.textContent).toBe(
      'To nie wyglądało na listę adresów; kliknij adres e-mail na liście.',
    );
    expect(prompt.querySelector('[data-answer="cancel"]')?.textContent).toBe('Anuluj');
  });

  it('words the booking steps for resources, and offers skip only on optional steps', () => {
    const prompt = show(<TeachPrompt step="name" side="booking" answers={['cancel']} onAnswer={() => {}} />);
    expect(prompt.querySelector('[aria-live]')?.textContent).toBe('Click the name of one employee in the list on the page.');
    expect(prompt.querySelector('[data-answer="skip"]')).toBeNull();
    render(null, root);
    const optional = show(<TeachPrompt step="name" side="zoom" answers={['skip', 'cancel']} onAnswer={() => {}} />);
    expect(optional.querySelector('[data-answer="skip"]')?.textContent).toBe('Skip');
  });

  it('has a start button in both languages', () => {
    root = document.createElement('div');
    void act(() => render(<TeachButton onClick={() => {}} />, root));
    // A readable page: a small mark, named for assistive technology and in its tooltip.
    const mark = root.querySelector('[data-testid="zaa-teach"]');
    expect(mark?.getAttribute('aria-label')).toBe('Show where the list is');
    expect(mark?.getAttribute('title')).toContain('Show the extension where the list is');
    speak('pl');
    // An unreadable page: put forward, in words.
    void act(() => render(<TeachButton onClick={() => {}} prominent />, root));
    expect(root.querySelector('[data-testid="zaa-teach"]')?.textContent).toBe('Pokaż, gdzie jest lista');
  });
});
