/**
 * The edit forms' reading is a second module (booking-forms.js): loaded only when a read has forms to
 * fetch; a module that does not load names the resources it could not read.
 */
import { describe, expect, it } from 'vitest';
import { createBookingState } from '../../../features/booking-resources/state';
import { createLazyFormReader } from '../../../features/booking-resources/form-reading-loader';
import type { FormReadingModule } from '../../../features/booking-resources/form-reading-module';
import type { ResourceRowRead } from '../../../utils/booking/types';

const withEmail = { name: 'Anna Nowak', rawEmail: 'anna@salon.pl', editUrl: '/ustawienia/zasoby/1/edycja' } as ResourceRowRead;
const withoutEmail = { name: 'Jan Mazur', rawEmail: null, editUrl: '/ustawienia/zasoby/2/edycja' } as ResourceRowRead;

function recordingModule(seen: ResourceRowRead[][], stops: { n: number }, drops = { n: 0 }): FormReadingModule {
  return {
    createFormReader: () => ({
      read: async (rows: ResourceRowRead[]) => void seen.push(rows),
      stop: () => void stops.n++,
      drop: () => void drops.n++,
    }),
  } as unknown as FormReadingModule;
}

describe('the lazy form reader', () => {
  it('loads nothing for a list that shows every email, and loads once when forms must be read', async () => {
    const stop = new AbortController();
    const state = createBookingState('salon.zarezerwuj.pl', stop.signal);
    let loads = 0;
    const seen: ResourceRowRead[][] = [];
    const forms = createLazyFormReader(state, stop.signal, async () => {
      loads++;
      return recordingModule(seen, { n: 0 });
    });
    await forms.read([withEmail]);
    expect(loads).toBe(0);
    await forms.read([withEmail, withoutEmail]);
    await forms.read([withoutEmail]);
    expect(loads).toBe(1);
    expect(seen).toEqual([[withEmail, withoutEmail], [withoutEmail]]);
    // Once loaded, a read with nothing to fetch goes through too (it ends the read before).
    await forms.read([withEmail]);
    expect(seen).toHaveLength(3);
    stop.abort();
  });

  it('a stop while the code loads keeps the read from starting', async () => {
    const stop = new AbortController();
    const state = createBookingState('salon.zarezerwuj.pl', stop.signal);
    const seen: ResourceRowRead[][] = [];
    const forms = createLazyFormReader(state, stop.signal, async () => recordingModule(seen, { n: 0 }));
    const reading = forms.read([withoutEmail]);
    forms.stop();
    await reading;
    expect(seen).toEqual([]);
    stop.abort();
  });

  it('a newer list read drops the reading: one waiting for the code never starts, a loaded one is told', async () => {
    const stop = new AbortController();
    const state = createBookingState('salon.zarezerwuj.pl', stop.signal);
    const seen: ResourceRowRead[][] = [];
    const drops = { n: 0 };
    const forms = createLazyFormReader(state, stop.signal, async () => recordingModule(seen, { n: 0 }, drops));
    const reading = forms.read([withoutEmail]);
    forms.drop();
    await reading;
    expect(seen).toEqual([]);
    await forms.read([withoutEmail]);
    forms.drop();
    expect(seen).toEqual([[withoutEmail]]);
    expect(drops.n).toBe(1);
    stop.abort();
  });

  it('a module that does not load names the resources not read, and is asked for again next time', async () => {
    const stop = new AbortController();
    const state = createBookingState('salon.zarezerwuj.pl', stop.signal);
    const seen: ResourceRowRead[][] = [];
    let attempts = 0;
    const forms = createLazyFormReader(state, stop.signal, async () => {
      attempts++;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return recordingModule(seen, { n: 0 });
    });
    await forms.read([withEmail, withoutEmail]);
    expect(state.failedNames.value).toEqual(['Jan Mazur']);
    expect(state.reading.value).toEqual({ done: 0, total: 1, running: false, stopped: false });
    await forms.read([withoutEmail]);
    expect(attempts).toBe(2);
    expect(seen).toEqual([[withoutEmail]]);
    stop.abort();
  });
});
