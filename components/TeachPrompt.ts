import { t, type MessageKey } from '../utils/i18n';
import type { TeachAnswer, TeachStep } from '../utils/view/teach-flow';
import type { LearnProblem } from '../utils/roster/taught-layout';
import { el, placeChildren, setAttr, setText, type Scope } from './dom';

/** What the prompt shows for one step of the flow. */
export interface TeachPromptView {
  step: TeachStep;
  /** Which panel teaches: the booking list words its steps for resources. */
  side: 'zoom' | 'booking';
  /** The answers this step offers (see flow.ts `answersFor`). */
  answers: readonly TeachAnswer[];
  /** Why the last click was refused; the admin clicks again. */
  error?: LearnProblem;
}

/**
 * What to do now while teaching: exactly one on the page, in its own open shadow root (the host
 * passes that root's host element to the picker, so these buttons keep working during a click step).
 * `show` updates it in place for the next step; an answer's button stays the same element while offered.
 */
export function teachPrompt(onAnswer: (answer: TeachAnswer) => void): { node: HTMLElement; show(view: TeachPromptView): void } {
  const title = el('h2', { id: 'zaa-teach-title' });
  const stepText = el('p', { class: 'zaa-teach-step', 'aria-live': 'polite' });
  const error = el('p', { class: 'zaa-teach-error', role: 'alert' });
  const keys = el('p', { class: 'zaa-teach-keys' });
  const actions = el('div', { class: 'zaa-teach-actions' });
  const node = el('section', {
    class: 'zaa-teach-prompt',
    'data-testid': 'zaa-teach-prompt',
    'aria-labelledby': 'zaa-teach-title',
  });
  const buttons = new Map<TeachAnswer, HTMLButtonElement>();
  function button(answer: TeachAnswer): HTMLButtonElement {
    let made = buttons.get(answer);
    if (!made) {
      made = el('button', {
        type: 'button',
        class: answer === 'cancel' ? 'zaa-btn' : 'zaa-btn zaa-primary',
        'data-answer': answer,
      });
      made.addEventListener('click', () => onAnswer(answer));
      buttons.set(answer, made);
    }
    setText(made, t(`teach.answer.${answer}` as MessageKey));
    return made;
  }
  return {
    node,
    show({ step, side, answers, error: problem }) {
      setAttr(node, 'data-step', step);
      setText(title, t('teach.title'));
      setText(stepText, t(stepKey(step, side)));
      if (problem) setText(error, t(errorKey(step, problem)));
      setText(keys, t('teach.keys'));
      placeChildren(actions, answers.map(button));
      placeChildren(node, [title, stepText, problem && error, step !== 'list-kind' && keys, actions]);
    },
  };
}

/**
 * The button that starts teaching; always in the panel's bar. Put forward (in words) when the page was
 * not recognised; otherwise a small mark whose name and tooltip say what it does, so the bar stays one sentence.
 */
export function teachButton(scope: Scope, props: { onClick(): void; prominent: () => boolean }): HTMLButtonElement {
  const button = el('button', { type: 'button', 'data-testid': 'zaa-teach' });
  button.addEventListener('click', () => props.onClick());
  // A pointer over a list: drawn, not a font glyph (some systems have no glyph for ⌖).
  const mark = svg('svg', {
    'aria-hidden': 'true',
    'data-zaa-icon': 'teach',
    width: '14',
    height: '14',
    viewBox: '0 0 16 16',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '1.6',
  });
  mark.append(svg('path', { d: 'M2 3h8M2 7h5M2 11h4' }), svg('path', { d: 'M9 8l5 2.2-2.2.8-.8 2.2z', fill: 'currentColor' }));
  scope.effect(() => {
    const prominent = props.prominent();
    setAttr(button, 'class', prominent ? 'zaa-btn zaa-primary' : 'zaa-btn zaa-icon-btn');
    setAttr(button, 'title', t('teach.startHint'));
    setAttr(button, 'aria-label', !prominent && t('teach.start'));
    if (prominent) setText(button, t('teach.start'));
    else placeChildren(button, [mark]);
  });
  return button;
}

function svg(tag: string, attrs: Record<string, string>): SVGElement {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

export interface TeachActionsProps {
  /** Put forward: the page was not recognised, or what was taught finds nothing any more. */
  prominent: boolean;
  /** Something was taught for this host: it can be forgotten. */
  canForget: boolean;
  onTeach(): void;
  onForget(): void;
}

export function stepKey(step: TeachStep, side: 'zoom' | 'booking'): MessageKey {
  if (side === 'booking' && (step === 'name' || step === 'email')) return `teach.step.${step}-booking`;
  return `teach.step.${step}`;
}

export function errorKey(step: TeachStep, problem: LearnProblem): MessageKey {
  if (problem === 'outside-list') return 'teach.error.outside';
  if (step === 'email-field' || problem === 'not-a-field' || problem === 'no-dialog') return 'teach.error.field';
  if (step === 'name') return 'teach.error.name';
  return 'teach.error.list';
}

/** Styles of the prompt's shadow root: fixed in the bottom right corner (where the floating panel sits), above the page. */
export const TEACH_PROMPT_CSS = `:host{all:initial}
.zaa-teach-prompt{position:fixed;right:16px;bottom:16px;z-index:2147483647;box-sizing:border-box;width:min(420px,calc(100vw - 32px));font:13px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fff;border:2px solid #0b5cff;border-radius:8px;padding:10px 14px;box-shadow:0 6px 24px rgba(0,0,0,.22)}
.zaa-teach-prompt h2{font-size:14px;font-weight:650;margin:0 0 4px}
.zaa-teach-step{margin:0 0 6px;font-size:14px}
.zaa-teach-keys{margin:0 0 6px;font-size:12px;color:#444c56}
.zaa-teach-error{margin:0 0 6px;padding:4px 8px;border-left:4px solid #cf222e;background:#ffebe9;color:#5c0a0e;border-radius:4px}
.zaa-teach-actions{display:flex;flex-wrap:wrap;gap:6px;justify-content:flex-end}
button.zaa-btn{font:inherit;font-size:12.5px;border:1px solid #6e7781;background:#f6f8fa;color:#1f2328;border-radius:6px;padding:4px 12px;cursor:pointer}
button.zaa-btn:hover{background:#eef1f4}
button.zaa-btn.zaa-primary{background:#0b5cff;border-color:#0b5cff;color:#fff}
button.zaa-btn.zaa-primary:hover{background:#0a4fd8}
button.zaa-btn:focus-visible{outline:2px solid #0b5cff;outline-offset:2px}`;
