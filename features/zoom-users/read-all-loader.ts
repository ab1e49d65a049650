/**
 * "Read all pages" on the overlay's side: the press loads the walk's code (zoom-read-all.js) once and
 * starts it; Stop reaches it. A module that does not load is said in the bar, not swallowed.
 */
import { loadFeature, loadOnce } from '../shared/overlay-loader';
import { problemSaid } from '../../utils/view/read-all';
import { t } from '../../utils/i18n';
import type { ReadAll, ReadAllOptions } from './read-all';
import type { ReadAllModule } from './read-all-module';
import type { ReadingHooks } from './reading';
import type { ZoomUsersState } from './state';

export interface ReadAllLoader {
  start(): Promise<void>;
  stop(): void;
}

export function createReadAllLoader(
  state: ZoomUsersState,
  reading: ReadingHooks,
  ownHosts: () => (Element | null)[],
  stop: AbortSignal,
  load: () => Promise<ReadAllModule> = () => loadFeature<ReadAllModule>('/zoom-read-all.js'),
  options?: ReadAllOptions,
): ReadAllLoader {
  let stopAsked = false;
  const walk = loadOnce(() => load().then((module) => module.createReadAll(state, reading, ownHosts, stop, options)));
  const ensureLoaded = (): Promise<ReadAll | null> => walk.get().catch(() => null);

  return {
    async start() {
      if (state.readAll.peek().state === 'running') return;
      stopAsked = false;
      state.readAll.value = { state: 'running' };
      const readAll = await ensureLoaded();
      if (stop.aborted) return;
      if (!readAll) {
        state.readAll.value = { state: 'failed', message: problemSaid('not-loaded') };
        return;
      }
      // Stop pressed while the code was loading: nothing was pressed on the page yet.
      if (stopAsked) {
        state.readAll.value = { state: 'stopped', message: { key: 'readAll.stoppedByButton' } };
        return;
      }
      await readAll.start();
      // The button leaves the bar with the complete view; the opened panel says what happened.
      if (state.readAll.peek().state === 'done') state.flash.value = t('readAll.done');
    },
    stop() {
      stopAsked = true;
      void walk.current()?.then(
        (readAll) => readAll.stop(),
        () => undefined,
      );
    },
  };
}
