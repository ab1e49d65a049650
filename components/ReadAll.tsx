import { t, type MessageKey } from '../utils/i18n';
import type { Said } from '../utils/view/guidance';
import type { ReadAllStatus } from '../utils/view/read-all';

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

/**
 * In the bar: "Read all pages"; while it runs, where it is ("Users: page 2 of 4") and Stop. The button
 * carries the walk's state (`data-state`: idle, running, done, stopped, failed).
 */
export function ReadAllButton(props: ReadAllProps & { primary: boolean }) {
  const { status } = props;
  if (status.state === 'running') {
    return (
      <>
        <span class="zaa-chip" role="status" data-testid="zaa-read-all-progress">
          {say(status.progress ?? { key: 'readAll.starting' })}
        </span>
        <button type="button" class="zaa-btn" data-testid="zaa-read-all" data-state="running" onClick={props.onStop}>
          {t('readAll.stop')}
        </button>
      </>
    );
  }
  return (
    <button
      type="button"
      class={props.primary ? 'zaa-btn zaa-primary' : 'zaa-btn'}
      data-testid="zaa-read-all"
      data-state={status.state}
      title={t('readAll.startTitle')}
      onClick={props.onStart}
    >
      {t('readAll.start')}
    </button>
  );
}

/** Under the bar, whole: why the walk stopped, and what to do instead. */
export function ReadAllMessage({ status }: { status: ReadAllStatus }) {
  if ((status.state !== 'stopped' && status.state !== 'failed') || !status.message) return null;
  return (
    <p class="zaa-read-all-message" role="status" data-testid="zaa-read-all-message" data-state={status.state}>
      {say(status.message)}
      {status.hint && <> {say(status.hint)}</>}
    </p>
  );
}
