/**
 * The teaching flow as a pure state machine (no DOM): which steps are needed, and how answers
 * and learn results move through them, ending with what was taught for the host.
 *
 * - Zoom list: `list-kind` only when the tabs were not recognised; then `email` (required); then
 *   `name` (optional, `skip`).
 * - Zoom Add Users dialog: `email-field`, only when the dialog's field was not found.
 * - Booking list: `name` (required); then `email` where the list shows addresses (optional).
 * `cancel` ends it at any step with nothing taught. A click that could not be learned keeps the
 * step and says why, so the admin can click again.
 */
import type { LearnProblem, LearnResult, TaughtField, TaughtLayout, TaughtList, TaughtListName } from '../roster/taught-layout';

export type TeachStep = 'list-kind' | 'email' | 'name' | 'email-field';
export type TeachAnswer = 'users' | 'pending' | 'skip' | 'cancel';

export type TeachContext =
  /** Zoom's Users page; `listKind` when the tabs said which list is on screen. */
  | { page: 'zoom-list'; listKind?: 'users' | 'pending' }
  | { page: 'zoom-dialog' }
  /** The booking resource list; `listShowsEmails` when it has addresses at all. */
  | { page: 'booking-list'; listShowsEmails: boolean };

export type TeachState =
  | {
      status: 'asking';
      context: TeachContext;
      step: TeachStep;
      /** The list the taught list will be kept as. */
      listName?: TaughtListName;
      list?: TaughtList;
      /** Why the last click was refused. */
      error?: LearnProblem;
    }
  | { status: 'done'; layout: TaughtLayout }
  | { status: 'cancelled' };

export type TeachEvent =
  | { type: 'answer'; answer: TeachAnswer }
  | { type: 'learned-list'; result: LearnResult<TaughtList> }
  | { type: 'learned-field'; result: LearnResult<TaughtField> };

/** The first state for a page (or `done` with nothing, when nothing is missing: never in practice). */
export function startTeaching(context: TeachContext): TeachState {
  switch (context.page) {
    case 'zoom-list':
      return context.listKind
        ? { status: 'asking', context, step: 'email', listName: context.listKind }
        : { status: 'asking', context, step: 'list-kind' };
    case 'zoom-dialog':
      return { status: 'asking', context, step: 'email-field' };
    case 'booking-list':
      return { status: 'asking', context, step: 'name', listName: 'resources' };
  }
}

/** Whether the current step may be skipped. */
export function canSkip(state: TeachState): boolean {
  if (state.status !== 'asking') return false;
  if (state.context.page === 'zoom-list') return state.step === 'name';
  if (state.context.page === 'booking-list') return state.step === 'email';
  return false;
}

/** The answers the prompt offers at this step. */
export function answersFor(state: TeachState): TeachAnswer[] {
  if (state.status !== 'asking') return [];
  if (state.step === 'list-kind') return ['users', 'pending', 'cancel'];
  return canSkip(state) ? ['skip', 'cancel'] : ['cancel'];
}

/** Which kind of click learning the host runs for this step. */
export function learnerFor(
  state: TeachState,
): 'list-from-email' | 'list-from-name' | 'place-email' | 'place-name' | 'field' | null {
  if (state.status !== 'asking') return null;
  const booking = state.context.page === 'booking-list';
  switch (state.step) {
    case 'list-kind':
      return null;
    case 'email-field':
      return 'field';
    case 'email':
      return booking ? 'place-email' : 'list-from-email';
    case 'name':
      return booking ? 'list-from-name' : 'place-name';
  }
}

export function advance(state: TeachState, event: TeachEvent): TeachState {
  if (state.status !== 'asking') return state;
  if (event.type === 'answer') return answer(state, event.answer);
  if (event.type === 'learned-field') {
    if (state.step !== 'email-field') return state;
    if (!event.result.ok) return { ...state, error: event.result.problem };
    return { status: 'done', layout: { version: 1, lists: {}, emailField: event.result.value } };
  }
  if (state.step !== 'email' && state.step !== 'name') return state;
  if (!event.result.ok) return { ...state, error: event.result.problem };
  return afterList({ ...state, list: event.result.value, error: undefined });
}

type Asking = Extract<TeachState, { status: 'asking' }>;

function answer(state: Asking, given: TeachAnswer): TeachState {
  if (given === 'cancel') return { status: 'cancelled' };
  if (state.step === 'list-kind') {
    if (given !== 'users' && given !== 'pending') return state;
    return { ...state, step: 'email', listName: given, error: undefined };
  }
  if (given === 'skip' && canSkip(state)) return finish(state);
  return state;
}

/** After a learned list: the optional step that follows, or the end. */
function afterList(state: Asking): TeachState {
  const { context, step } = state;
  if (context.page === 'zoom-list' && step === 'email') return { ...state, step: 'name' };
  if (context.page === 'booking-list' && step === 'name' && context.listShowsEmails) return { ...state, step: 'email' };
  return finish(state);
}

function finish(state: Asking): TeachState {
  if (!state.list || !state.listName) return { status: 'cancelled' };
  return { status: 'done', layout: { version: 1, lists: { [state.listName]: state.list } } };
}

/** What the host keeps: the stored layout with what was just taught put over it. */
export function mergeLayouts(stored: TaughtLayout | null | undefined, taught: TaughtLayout): TaughtLayout {
  const merged: TaughtLayout = { version: 1, lists: { ...(stored?.lists ?? {}), ...taught.lists } };
  const field = taught.emailField ?? stored?.emailField;
  if (field) merged.emailField = field;
  return merged;
}
