/**
 * Reading every page for the admin (`zaa-read-all`, contract.md): what the bar shows while it runs and
 * how it ended, as message keys and values. Pure: the feature (features/zoom-users/read-all.ts) sets it,
 * the panel renders it.
 */
import type { ZoomListName } from '../roster/model';
import type { Said } from './guidance';

export type ReadAllState = 'idle' | 'running' | 'done' | 'stopped' | 'failed';

/** Why a walk ended without a whole view. */
export type ReadAllProblem =
  /** The page did not change as a press asked within the wait (the pager did not move, the list never loaded). */
  | 'stuck'
  | 'navigated'
  | 'dialog'
  /** A message (an error, a toast) appeared on the page. */
  | 'message'
  /** The page could not be read any more (an unknown layout, Zoom's card check). */
  | 'unreadable'
  | 'filter-not-clearable'
  | 'cannot-reach'
  | 'did-not-add-up'
  | 'no-tab'
  | 'too-many-steps'
  /** The walk's code could not be loaded. */
  | 'not-loaded';

export interface ReadAllStatus {
  state: ReadAllState;
  /** While running: where the walk is ("Users: page 2 of 4"), or that it is on its way back. */
  progress?: Said;
  /** Done, stopped or failed: what happened. */
  message?: Said;
  /** Failed: what the admin can do instead. */
  hint?: Said;
}

export const LIST_NAME_KEYS = { users: 'readAll.list.users', pending: 'readAll.list.pending' } as const;

/**
 * "Users: page 2 of 4", "Oczekujące: strona 1 z 1"; without a count (or a number) when the pager does
 * not tell it. Its `list` value is the list name's own message key, translated where it is shown.
 */
export function progressSaid(list: ZoomListName, page: number | undefined, pageCount: number | undefined): Said {
  const name = LIST_NAME_KEYS[list];
  if (page === undefined) return { key: 'readAll.progressList', params: { list: name } };
  if (pageCount === undefined) return { key: 'readAll.progressPage', params: { list: name, page } };
  return { key: 'readAll.progress', params: { list: name, page, count: pageCount } };
}

export function problemSaid(problem: ReadAllProblem, details: { seconds?: number; text?: string } = {}): Said {
  switch (problem) {
    case 'stuck':
      return { key: 'readAll.failed.stuck', params: { seconds: details.seconds ?? 0 } };
    case 'message':
      return { key: 'readAll.failed.message', params: { text: details.text ?? '' } };
    default:
      return { key: `readAll.failed.${problem}` };
  }
}
