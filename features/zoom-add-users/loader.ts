/**
 * The prefill's code comes as a second module (zoom-add-users.js): asked for as soon as a dialog titled
 * Add Users is on screen, so it is there by the time the admin presses the dialog's Prefill button, and
 * otherwise at the first press (the panel's button opens the dialog itself). Finding the dialog's fields
 * comes with it: until it is there, the reading loop knows only that such a dialog is shown. A module
 * that does not load is said in the prefill's result, not swallowed.
 */
import { effect } from '@preact/signals-core';
import { loadFeature, loadOnce, readAgainOnceLoaded } from '../shared/overlay-loader';
import type { PrefillModule } from './prefill-module';
import type { PrefillState } from './state';
import { shownAddUsersDialogs } from '../../utils/zoom/add-users-shown';
import type { AddUsersDialog } from '../../utils/zoom/types';

type Prefill = ReturnType<PrefillModule['createPrefill']>;

export interface PrefillLoader {
  /** Loads the prefill's code once; null when it could not be loaded (the result says so). */
  load(): Promise<Prefill | null>;
  run(): Promise<void>;
  /**
   * The open Add Users dialog, with its fields, once the module that finds them is there. Before that:
   * null, and when a dialog titled Add Users is on screen the module is asked for and `then` called
   * once it has loaded (to read the page again).
   */
  findDialog(doc: Document, then: () => void): AddUsersDialog | null;
}

export function createPrefillLoader(
  state: PrefillState,
  stop: AbortSignal,
  load: () => Promise<PrefillModule> = () => loadFeature<PrefillModule>('/zoom-add-users.js'),
): PrefillLoader {
  let finder: PrefillModule['findAddUsersDialog'] | null = null;
  const prefill = loadOnce(() =>
    load().then((module) => {
      finder = module.findAddUsersDialog;
      return module.createPrefill(state, stop);
    }),
  );
  const ensureLoaded = (): Promise<Prefill | null> => prefill.get().catch(() => null);
  const askForModule = readAgainOnceLoaded(prefill, stop);

  // The dialog found open (built in or taught): load now, not at the click.
  const stopPreload = effect(() => {
    if (state.dialog.value) void ensureLoaded();
  });
  stop.addEventListener('abort', stopPreload, { once: true });

  return {
    load: ensureLoaded,
    async run() {
      if (state.busy.peek()) return;
      const prefill = await ensureLoaded();
      if (stop.aborted) return;
      if (prefill) await prefill.run();
      else state.outcome.value = { count: 0, ok: false, problem: 'not-loaded' };
    },
    findDialog(doc, then) {
      if (finder) return finder(doc);
      if (shownAddUsersDialogs(doc).length > 0) askForModule(then);
      return null;
    },
  };
}
