/** What the Zoom adapters return: plain data plus the elements the overlay decorates. */
import type { ListSnapshot } from '../roster/model';

export type ZoomTab = 'users' | 'pending' | 'advanced' | 'unknown';

/** A reason the page could not be read, shown to the admin as a notice. */
export type ZoomPageProblem = 'payment-required' | 'layout-unrecognised';

/** One table row read from the page, with where to put its badge. */
export interface ReadRow {
  email: string;
  /** The visible row element (the fixed-column copies of Element UI are not included). */
  row: Element;
  /** The element to append the badge to (inside the row, usually the email cell). */
  badgeAnchor: Element;
}

export interface ZoomPageRead {
  tab: ZoomTab;
  /** Present when the list could not be read: no data is taken from such a page. */
  problem?: ZoomPageProblem;
  /** Present when the active tab's list was read. */
  snapshot?: ListSnapshot;
  /**
   * The list says it is loading (a loading mask, aria-busy): no snapshot; `rows` are what it
   * shows meanwhile, so badges keep following the addresses on screen.
   */
  busy?: true;
  rows: ReadRow[];
}

/** The open Add Users dialog, as the dialog adapter found it. */
export interface AddUsersDialog {
  dialog: Element;
  emailField: HTMLInputElement | HTMLTextAreaElement;
  /** 'plain': the field's value is the list; 'tokens': each address becomes a chip. */
  emailFieldKind: 'plain' | 'tokens';
  /** Where to put our Prefill button (next to the email field). */
  prefillAnchor: Element;
  addButton: HTMLElement | null;
  /** The dialog's Cancel ("Anuluj"): never pressed; closing through it records no invitation. */
  cancelButton: HTMLElement | null;
}
