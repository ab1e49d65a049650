import { t, type MessageKey } from '../utils/i18n';
import type { Said } from '../utils/view/guidance';
import type { ReadAllStatus } from '../utils/view/read-all';
import { el, setAttr, setText, type Scope } from './dom';

export interface ReadAllProps {
  /** The page's tabs and pager can be driven and the view is not complete. */
  offered: boolean;
  status: ReadAllStatus;
  onStart: () => void;
  onStop: () => void;
}

/** A said text whose `list` value is the list name's own key (utils/view/read-all.ts → progressSaid). */
function say(said: Said): string {
  const params = { ...said.params };
  if (typeof params.list === 'string') params.list = t(params.list as MessageKey);
  return t(said.key, params);
}

export interface ReadAllButtonParts {
  /** While it runs, where it is ("Users: page 2 of 4"); placed only then. */
  progress: HTMLElement;
  /** "Read all pages", or Stop while it runs: one element throughout, so the focus stays on it. */
  button: HTMLButtonElement;
  /** What to place now: the progress (while running) and the button. */
  nodes(): HTMLElement[];
}

/**
 * In the bar: "Read all pages"; while it runs, where it is and Stop. The button carries the walk's state
 * (`data-state`: idle, running, done, stopped, failed).
 */
export function readAllButton(
  scope: Scope,
  props: { status: () => ReadAllStatus; primary: () => boolean; onStart: () => void; onStop: () => void },
): ReadAllButtonParts {
  const progress = el('span', { class: 'zaa-chip', role: 'status', 'data-testid': 'zaa-read-all-progress' });
  const button = el('button', { type: 'button', 'data-testid': 'zaa-read-all' });
  button.addEventListener('click', () => (props.status().state === 'running' ? props.onStop() : props.onStart()));
  scope.effect(() => {
    const status = props.status();
    const running = status.state === 'running';
    if (running) setText(progress, say(status.progress ?? { key: 'readAll.starting' }));
    setAttr(button, 'class', !running && props.primary() ? 'zaa-btn zaa-primary' : 'zaa-btn');
    setAttr(button, 'data-state', status.state);
    setAttr(button, 'title', !running && t('readAll.startTitle'));
    setText(button, running ? t('readAll.stop') : t('readAll.start'));
  });
  return { progress, button, nodes: () => (props.status().state === 'running' ? [progress, button] : [button]) };
}

/**
 * Under the bar, whole: why the walk stopped, and what to do instead (the caller places it while `shown()`).
 * The page's own message is said as text.
 */
export function readAllMessage(scope: Scope, status: () => ReadAllStatus): { node: HTMLElement; shown(): boolean } {
  const node = el('p', { class: 'zaa-read-all-message', role: 'status', 'data-testid': 'zaa-read-all-message' });
  const shown = () => {
    const now = status();
    return (now.state === 'stopped' || now.state === 'failed') && !!now.message;
  };
  scope.effect(() => {
    const now = status();
    if (!shown() || !now.message) return;
    setAttr(node, 'data-state', now.state);
    setText(node, now.hint ? `${say(now.message)} ${say(now.hint)}` : say(now.message));
  });
  return { node, shown };
}
