/**
 * The open form's hint and recording load as booking-open-form.js when a form is first found open: a list
 * with no form open never asks for them; once loaded, the page is read again and the form followed.
 */
import { describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { OpenForm } from '../../../features/booking-form/form-recording';
import { createLazyOpenForm } from '../../../features/booking-form/open-form-loader';
import type { OpenFormView } from '../../../features/booking-form/open-form';
import type { OpenFormModule } from '../../../features/booking-form/open-form-module';
import type { BookingFormState } from '../../../features/booking-form/state';

const ctx = {} as ContentScriptContext;
const state = {} as BookingFormState;
const form = (): OpenForm => ({ root: document, field: document.createElement('input'), inDialog: false });

/** A module whose view records what it was asked to follow. */
function recordingModule(followed: (OpenForm | null)[]): OpenFormModule {
  const view: OpenFormView = {
    follow: (f) => void followed.push(f),
    field: () => null,
    host: () => null,
    ensurePlaced: () => {},
    remove: () => {},
  };
  return { followOpenForms: () => view } as unknown as OpenFormModule;
}

describe('the open form loader', () => {
  it('asks for nothing while no form is open; at the first form, once, then reads again and follows', async () => {
    let loads = 0;
    let readsAgain = 0;
    const followed: (OpenForm | null)[] = [];
    const openForm = createLazyOpenForm(
      ctx,
      state,
      new AbortController().signal,
      () => readsAgain++,
      async () => {
        loads++;
        return recordingModule(followed);
      },
    );
    openForm.follow(null);
    openForm.follow(null);
    expect(loads).toBe(0);
    expect(openForm.field()).toBeNull();
    expect(openForm.host()).toBeNull();

    const first = form();
    openForm.follow(first);
    openForm.follow(first);
    expect(loads).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(readsAgain, 'one read again, however many reads found the form').toBe(1);
    expect(followed, 'nothing is followed before the module is there').toEqual([]);
    openForm.follow(first);
    openForm.follow(null);
    expect(followed).toEqual([first, null]);
    expect(loads).toBe(1);
  });

  it('a module that does not load reads nothing again, and is asked for at the next read that finds a form', async () => {
    let attempts = 0;
    let readsAgain = 0;
    const openForm = createLazyOpenForm(
      ctx,
      state,
      new AbortController().signal,
      () => readsAgain++,
      async () => {
        attempts++;
        throw new TypeError('Failed to fetch dynamically imported module');
      },
    );
    openForm.follow(form());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(readsAgain).toBe(0);
    openForm.follow(form());
    expect(attempts).toBe(2);
  });

  it('after the page session ends, a form found asks for nothing', () => {
    const stop = new AbortController();
    let loads = 0;
    const openForm = createLazyOpenForm(
      ctx,
      state,
      stop.signal,
      () => {},
      async () => {
        loads++;
        return recordingModule([]);
      },
    );
    stop.abort();
    openForm.follow(form());
    expect(loads).toBe(0);
  });
});
