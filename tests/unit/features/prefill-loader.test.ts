/**
 * The prefill's code is a second module (zoom-add-users.js): asked for when the dialog is found open,
 * once; a module that does not load is said in the prefill's result, and asked for again next time.
 */
import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { PrefillOutcomeView } from '../../../components/PrefillResult';
import { createPrefillLoader } from '../../../features/zoom-add-users/loader';
import type { PrefillModule } from '../../../features/zoom-add-users/prefill-module';
import type { ZoomUsersState } from '../../../features/zoom-users/state';
import type { AddUsersDialog } from '../../../utils/zoom/types';

function pageState() {
  return {
    dialog: signal<AddUsersDialog | null>(null),
    busy: signal(false),
    outcome: signal<PrefillOutcomeView | null>(null),
  };
}

/** A module whose prefill counts its runs; the loader only hands it the state. */
function countingModule(runs: { n: number }): PrefillModule {
  return { createPrefill: () => ({ run: async () => void runs.n++ }) } as unknown as PrefillModule;
}

describe('the prefill loader', () => {
  it('loads nothing until a dialog is found open, then loads once', async () => {
    const state = pageState();
    let loads = 0;
    const runs = { n: 0 };
    const loader = createPrefillLoader(state as unknown as ZoomUsersState, new AbortController().signal, async () => {
      loads++;
      return countingModule(runs);
    });
    expect(loads).toBe(0);
    state.dialog.value = { dialog: document.createElement('div') } as unknown as AddUsersDialog;
    expect(loads).toBe(1);
    state.dialog.value = null;
    state.dialog.value = { dialog: document.createElement('div') } as unknown as AddUsersDialog;
    await loader.run();
    await loader.run();
    expect(loads).toBe(1);
    expect(runs.n).toBe(2);
  });

  it('a press before any dialog loads the code and runs the prefill', async () => {
    const state = pageState();
    const runs = { n: 0 };
    const loader = createPrefillLoader(state as unknown as ZoomUsersState, new AbortController().signal, async () =>
      countingModule(runs),
    );
    await loader.run();
    expect(runs.n).toBe(1);
    expect(state.outcome.value).toBeNull();
  });

  it('a module that fails to load is said in the result, and tried again at the next press', async () => {
    const state = pageState();
    const runs = { n: 0 };
    let attempts = 0;
    const loader = createPrefillLoader(state as unknown as ZoomUsersState, new AbortController().signal, async () => {
      attempts++;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return countingModule(runs);
    });
    await loader.run();
    expect(state.outcome.value).toEqual({ count: 0, ok: false, problem: 'not-loaded' });
    expect(runs.n).toBe(0);
    await loader.run();
    expect(attempts).toBe(2);
    expect(runs.n).toBe(1);
  });

  it('stops following the dialog when the page session ends', () => {
    const state = pageState();
    const stop = new AbortController();
    let loads = 0;
    createPrefillLoader(state as unknown as ZoomUsersState, stop.signal, async () => {
      loads++;
      return countingModule({ n: 0 });
    });
    stop.abort();
    state.dialog.value = { dialog: document.createElement('div') } as unknown as AddUsersDialog;
    expect(loads).toBe(0);
  });

  it('finds the dialog only once its module is there: a shown Add Users dialog asks for it, and the page is read again once', async () => {
    const state = pageState();
    let loads = 0;
    const found = { dialog: document.createElement('div') } as unknown as AddUsersDialog;
    let searched = 0;
    const module = {
      createPrefill: () => ({ run: async () => {} }),
      findAddUsersDialog: () => {
        searched++;
        return found;
      },
    } as unknown as PrefillModule;
    const loader = createPrefillLoader(state as unknown as ZoomUsersState, new AbortController().signal, async () => {
      loads++;
      return module;
    });
    let readsAgain = 0;
    const readAgain = () => readsAgain++;
    document.body.innerHTML = '<div role="dialog" aria-label="Dodaj użytkowników" style="display:none"><input></div>';
    expect(loader.findDialog(document, readAgain), 'a closed dialog').toBeNull();
    document.body.innerHTML = '<div role="dialog"><h2>Edit user</h2><input></div>';
    expect(loader.findDialog(document, readAgain), 'another dialog').toBeNull();
    expect(loads).toBe(0);

    document.body.innerHTML = '<div role="dialog"><h2>Dodaj użytkowników</h2><input></div>';
    expect(loader.findDialog(document, readAgain)).toBeNull();
    expect(loader.findDialog(document, readAgain), 'a second read before it has loaded').toBeNull();
    expect(loads).toBe(1);
    await loader.load();
    await Promise.resolve();
    expect(readsAgain, 'read again once, when the finder is there').toBe(1);
    expect(loader.findDialog(document, readAgain)).toBe(found);
    expect(searched).toBe(1);
    document.body.innerHTML = '';
  });

  it('a finder that does not load reads nothing again, and is asked for at the next read that sees the dialog', async () => {
    const state = pageState();
    let attempts = 0;
    const loader = createPrefillLoader(state as unknown as ZoomUsersState, new AbortController().signal, async () => {
      attempts++;
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    let readsAgain = 0;
    document.body.innerHTML = '<div role="dialog" aria-label="Add users"><input></div>';
    expect(loader.findDialog(document, () => readsAgain++)).toBeNull();
    await loader.load();
    await Promise.resolve();
    expect(readsAgain).toBe(0);
    expect(loader.findDialog(document, () => readsAgain++)).toBeNull();
    expect(attempts).toBe(2);
    document.body.innerHTML = '';
  });
});
