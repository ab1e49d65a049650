/**
 * When an open form may be read (contract.md, "Which data meets which"): once what it shows has held
 * still for a while after it appeared. Apps open a form first and fill it when their server answers,
 * so an empty field seen at first says nothing; a form whose name field is still empty is not filled
 * yet at all. Pure: looks in, decisions out, the caller keeps the clock.
 *
 * Verified against: the looks in tests/unit/booking/form-settle.test.ts (a dialog filled 0.6 s after
 * it opens, a route that changes, a form that changes while open).
 */

/** One look at an open form. */
export interface FormLook {
  /** Where the form is (the page's URL): another route is another form. */
  url: string;
  /** The name field's value, collapsed; '' while it is empty; absent when the form has no name field. */
  name?: string;
  /** The email field's value, trimmed. */
  rawEmail: string;
  /** Something in the form says it is still loading (aria-busy, a progress bar). */
  busy: boolean;
}

/** How long a form must show the same thing before it is read (ms). */
export const SETTLE_MS = 700;

export interface FormSettle {
  /**
   * Feeds one look (null: no form shown now) taken at `at` (ms). Returns the look to read when it has
   * held still for the settle time and was not returned before; else null.
   */
  look(look: FormLook | null, at: number): FormLook | null;
  /** Offers the look held now again at the next call (it could not be used yet, e.g. no roster loaded). */
  again(): void;
}

export function createFormSettle(settleMs = SETTLE_MS): FormSettle {
  let held: string | null = null;
  let since = 0;
  let taken: string | null = null;
  return {
    look(look, at) {
      if (!look || look.busy) {
        // Gone or loading: whatever comes next is a new form, read afresh.
        held = null;
        taken = null;
        return null;
      }
      const key = JSON.stringify([look.url, look.name ?? null, look.rawEmail]);
      if (key !== held) {
        held = key;
        since = at;
        return null;
      }
      if (look.name === '' || at - since < settleMs || key === taken) return null;
      taken = key;
      return look;
    },
    again() {
      taken = null;
    },
  };
}
