import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createScope } from '../../../components/dom';
import { teachButton, teachPrompt, type TeachPromptView } from '../../../components/TeachPrompt';
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
const scope = createScope();
afterEach(() => {
  root.remove();
  scope.dispose();
  speak('en');
});

function show(view: TeachPromptView, onAnswer: (answer: TeachAnswer) => void = () => {}) {
  root = document.createElement('div');
  document.body.append(root);
  const prompt = teachPrompt(onAnswer);
  prompt.show(view);
  root.append(prompt.node);
  return { node: root.querySelector('[data-testid="zaa-teach-prompt"]') as HTMLElement, show: prompt.show };
}

describe('the teaching prompt', () => {
  it('shows the step, its answers and a labelled region with a live step text', () => {
    const answers: TeachAnswer[] = [];
    const state = startTeaching({ page: 'zoom-list' });
    if (state.status !== 'asking') throw new Error('asking');
    const { node: prompt } = show({ step: 'list-kind', side: 'zoom', answers: answersFor(state) }, (a) => answers.push(a));
    expect(prompt.dataset.step).toBe('list-kind');
    // A <section> with an accessible name is a region (its implicit role; no role attribute needed).
    expect(prompt.localName).toBe('section');
    expect(prompt.getAttribute('aria-labelledby')).toBeTruthy();
    expect(root.querySelector(`#${prompt.getAttribute('aria-labelledby')}`)?.textContent).toBe(
      'Show the extension where things are',
    );
    expect(prompt.querySelector('[aria-live]')?.textContent).toBe('Which list is on the screen now?');
    expect(prompt.querySelector('.zaa-teach-keys'), 'no click step: no keys to tell').toBeNull();
    const buttons = [...prompt.querySelectorAll('button')];
    expect(buttons.map((b) => [b.dataset.answer, b.textContent])).toEqual([
      ['users', 'Users'],
      ['pending', 'Pending'],
      ['cancel', 'Cancel'],
    ]);
    buttons[1].click();
    buttons[2].click();
    expect(answers).toEqual(['pending', 'cancel']);
  });

  it('says why a click was refused, in Polish too', () => {
    const state = advance(startTeaching({ page: 'zoom-list', listKind: 'users' }), {
      type: 'learned-list',
      result: { ok: false, problem: 'no-repeating-row' },
    });
    if (state.status !== 'asking') throw new Error('still asking');
    let prompt = show({ step: state.step, side: 'zoom', answers: answersFor(state), error: state.error }).node;
    expect(prompt.dataset.step).toBe('email');
    expect(prompt.querySelector('[role="alert"]')?.textContent).toBe(
      'That did not look like a list of addresses; click an email address in the list.',
    );
    root.remove();
    speak('pl');
    prompt = show({ step: 'email', side: 'zoom', answers: ['cancel'], error: 'no-email-in-rows' }).node;
    expect(prompt.querySelector('[role="alert"]')?.textContent).toBe(
      'To nie wyglądało na listę adresów; kliknij adres e-mail na liście.',
    );
    expect(prompt.querySelector('[data-answer="cancel"]')?.textContent).toBe('Anuluj');
  });

  it('words the booking steps for resources, and offers skip only on optional steps', () => {
    const prompt = show({ step: 'name', side: 'booking', answers: ['cancel'] }).node;
    expect(prompt.querySelector('[aria-live]')?.textContent).toBe('Click the name of one employee in the list on the page.');
    expect(prompt.querySelector('[data-answer="skip"]')).toBeNull();
    root.remove();
    const optional = show({ step: 'name', side: 'zoom', answers: ['skip', 'cancel'] }).node;
    expect(optional.querySelector('[data-answer="skip"]')?.textContent).toBe('Skip');
  });

  it('moves to the next step in place: the error goes, a button still offered stays the same element', () => {
    const { node: prompt, show: next } = show({ step: 'email', side: 'zoom', answers: ['cancel'], error: 'no-email-in-rows' });
    const cancel = prompt.querySelector('[data-answer="cancel"]');
    next({ step: 'name', side: 'zoom', answers: ['skip', 'cancel'] });
    expect(prompt.dataset.step).toBe('name');
    expect(prompt.querySelector('[role="alert"]')).toBeNull();
    expect(prompt.querySelector('.zaa-teach-keys')?.textContent).toBeTruthy();
    expect([...prompt.querySelectorAll('button')].map((b) => b.dataset.answer)).toEqual(['skip', 'cancel']);
    expect(prompt.querySelector('[data-answer="cancel"]')).toBe(cancel);
  });

  it('has a start button in both languages', () => {
    root = document.createElement('div');
    let pressed = 0;
    root.append(teachButton(scope, { onClick: () => pressed++, prominent: () => false }));
    // A readable page: a small mark, named for assistive technology and in its tooltip.
    const mark = root.querySelector<HTMLButtonElement>('[data-testid="zaa-teach"]');
    expect(mark?.getAttribute('aria-label')).toBe('Show where the list is');
    expect(mark?.getAttribute('title')).toContain('Show the extension where the list is');
    expect(mark?.querySelector('svg[data-zaa-icon="teach"]')).not.toBeNull();
    mark?.click();
    expect(pressed).toBe(1);
    speak('pl');
    // An unreadable page: put forward, in words.
    root.replaceChildren(teachButton(scope, { onClick: () => {}, prominent: () => true }));
    const words = root.querySelector('[data-testid="zaa-teach"]');
    expect(words?.textContent).toBe('Pokaż, gdzie jest lista');
    expect(words?.className).toBe('zaa-btn zaa-primary');
    expect(words?.hasAttribute('aria-label')).toBe(false);
  });
});
