/**
 * What teaching keeps: the structure of a list (or of a dialog's email field) the admin showed
 * the extension once. Plain JSON-safe data, kept per host in the store and in the backup file.
 *
 * Structure only: tag names, roles, positions and classes that are not generated. Never page
 * text, names, addresses, ids or attribute values (a test checks the serialised form).
 */

/** How one element looks, structurally. */
export interface NodeSignature {
  /** Lower-case tag name. */
  tag: string;
  role?: string;
  /** Stable class names (no digits, hashes, state or modifier classes), sorted. */
  classes?: string[];
}

/** One step down from a parent to a child. */
export interface ChildStep extends NodeSignature {
  /** Position among the parent's element children of the same tag, from 0. */
  nth: number;
}

/** Steps from a row (or a dialog) down to an element; empty: the row itself. */
export type ChildPath = ChildStep[];

/** Where a list is and what its rows look like. */
export interface TaughtList {
  version: 1;
  /** The element whose children are the rows. */
  container: NodeSignature;
  /** The container's ancestors, nearest first (Element UI's fixed-column copies left out). */
  ancestors: NodeSignature[];
  /** What every row (a child of the container) looks like, and the tags of its children. */
  row: NodeSignature & { shape: string[] };
  /** Where the address is inside a row; absent when the list shows none (booking lists). */
  email?: ChildPath;
  /** Where the name is inside a row, when taught. */
  name?: ChildPath;
  /** The row was found from the `email` or from the `name` place. */
  anchor: 'email' | 'name';
}

/** The Add Users dialog's email field. */
export interface TaughtField {
  version: 1;
  /** The dialog: role=dialog or aria-modal. */
  dialog: NodeSignature;
  /** Steps from the dialog down to the field. */
  path: ChildPath;
  /** The field itself: tag, role, and the input's type when it has one. */
  field: NodeSignature & { type?: string; editable?: boolean };
}

export type TaughtListName = 'users' | 'pending' | 'resources';

/** Everything taught for one host. */
export interface TaughtLayout {
  version: 1;
  lists: Partial<Record<TaughtListName, TaughtList>>;
  emailField?: TaughtField;
}

/** Why a click could not be learned (shown to the admin as an error line). */
export type LearnProblem =
  | 'no-email-at-click'
  | 'several-emails-at-click'
  | 'no-text-at-click'
  | 'no-repeating-row'
  | 'single-row'
  | 'no-email-in-rows'
  | 'row-without-email'
  | 'row-without-name'
  | 'outside-list'
  | 'not-a-field'
  | 'no-dialog'
  | 'not-found-again';

export type LearnResult<T> = { ok: true; value: T } | { ok: false; problem: LearnProblem };
