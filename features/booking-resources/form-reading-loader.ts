/**
 * The edit-form reading (./form-reading.ts) is a second module, booking-forms.js: a list that shows its
 * emails never needs it, so it loads at the first read that has forms to fetch. A module that does not
 * load names the resources it could not read (the panel's read-failed notice), as a failed fetch would.
 */
import type { ResourceRowRead } from '../../utils/booking/types';
import { loadFeature, loadOnce } from '../shared/overlay-loader';
import type { FormReader } from './form-reading';
import type { FormReadingModule } from './form-reading-module';
import type { BookingState } from './state';

export function createLazyFormReader(
  state: BookingState,
  stop: AbortSignal,
  load: () => Promise<FormReadingModule> = () => loadFeature<FormReadingModule>('/booking-forms.js'),
): FormReader {
  let loaded: FormReader | null = null;
  const reader = loadOnce(() => load().then((module) => (loaded = module.createFormReader(state, stop))));
  /** Counts reads and stops: a read that waited for the code runs only if nothing came after it. */
  let latest = 0;
  return {
    async read(rows: ResourceRowRead[]): Promise<void> {
      const mine = ++latest;
      const toRead = rows.filter((row) => row.rawEmail === null && row.editUrl);
      // Nothing to fetch and nothing loaded (so nothing running to end): the code is not needed.
      if (!reader.current() && toRead.length === 0) return;
      const ready = await reader.get().catch(() => null);
      if (mine !== latest || stop.aborted) return;
      if (ready) return ready.read(rows);
      if (toRead.length === 0) return;
      state.reading.value = { done: 0, total: toRead.length, running: false, stopped: false };
      state.failedNames.value = toRead.map((row) => row.name);
    },
    stop(): void {
      latest++;
      loaded?.stop();
    },
    drop(): void {
      latest++;
      loaded?.drop();
    },
  };
}
