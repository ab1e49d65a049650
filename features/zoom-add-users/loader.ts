/**
 * The prefill's code comes as a second module (zoom-add-users.js): asked for as soon as the Add Users
 * dialog is found open, so it is there by the time the admin presses the dialog's Prefill button, and
 * otherwise at the first press (the panel's button opens the dialog itself). A module that does not
 * load is said in the prefill's result, not swallowed.
 */
import { effect } from '@preact/signals-core';
import { loadFeature, loadOnce } from '../shared/overlay-loader';
import type { PrefillModule } from './prefill-module';
import type { PrefillState } from './state';

type Prefill = ReturnType<PrefillModule['createPrefill']>;

export interface PrefillLoader {
  /** Loads the prefill's code once; null when it could not be loaded (the result says so). */
  load(): Promise<Prefill | null>;
  run(): Promise<void>;
}

export function createPrefillLoader(
  state: PrefillState,
  stop: AbortSignal,
  load: () => Promise<PrefillModule> = () => loadFeature<PrefillModule>('/zoom-add-users.js'),
): PrefillLoader {
  const prefill = loadOnce(() => load().then((module) => module.createPrefill(state, stop)));
  const ensureLoaded = (): Promise<Prefill | null> => prefill.get().catch(() => null);

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
  };
}
