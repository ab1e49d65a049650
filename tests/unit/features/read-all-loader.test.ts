/**
 * "Read all pages" on the overlay's side (features/zoom-users/read-all-loader.ts): the walk's code loads
 * at the first press, once; a module that does not load is said in the bar and asked for again at the next
 * press; Stop pressed while it loads presses nothing on the page.
 */
import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { createReadAllLoader } from '../../../features/zoom-users/read-all-loader';
import type { ReadAllModule } from '../../../features/zoom-users/read-all-module';
import type { ReadingHooks } from '../../../features/zoom-users/reading';
import type { ZoomUsersState } from '../../../features/zoom-users/state';
import type { ReadAllStatus } from '../../../utils/view/read-all';

function pageState() {
  return { readAll: signal<ReadAllStatus>({ state: 'idle' }), flash: signal<string | null>(null) };
}

/** A module whose walk counts its starts and stops, and ends `done`. */
function countingModule(counts: { starts: number; stops: number }, state: ReturnType<typeof pageState>): ReadAllModule {
  return {
    createReadAll: () => ({
      start: async () => {
        counts.starts++;
        state.readAll.value = { state: 'done' };
      },
      stop: () => void counts.stops++,
    }),
  } as unknown as ReadAllModule;
}

const hooks = {} as ReadingHooks;
const noHosts = () => [];

describe('the read-all loader', () => {
  it('loads nothing before the first press, then once; each press starts a walk', async () => {
    const state = pageState();
    const counts = { starts: 0, stops: 0 };
    let loads = 0;
    const loader = createReadAllLoader(
      state as unknown as ZoomUsersState,
      hooks,
      noHosts,
      new AbortController().signal,
      async () => {
        loads++;
        return countingModule(counts, state);
      },
    );
    expect(loads).toBe(0);
    await loader.start();
    await loader.start();
    expect(loads).toBe(1);
    expect(counts.starts).toBe(2);
    expect(state.readAll.value.state).toBe('done');
    expect(state.flash.value).toBe('Every page of Users and Pending was read.');
  });

  it('a module that fails to load is said (failed, not-loaded), and tried again at the next press', async () => {
    const state = pageState();
    const counts = { starts: 0, stops: 0 };
    let attempts = 0;
    const loader = createReadAllLoader(
      state as unknown as ZoomUsersState,
      hooks,
      noHosts,
      new AbortController().signal,
      async () => {
        attempts++;
        if (attempts === 1) throw new Error('gone');
        return countingModule(counts, state);
      },
    );
    await loader.start();
    expect(state.readAll.value).toEqual({ state: 'failed', message: { key: 'readAll.failed.not-loaded' } });
    await loader.start();
    expect(attempts).toBe(2);
    expect(counts.starts).toBe(1);
  });

  it('Stop while the code loads: stopped, and no walk starts', async () => {
    const state = pageState();
    const counts = { starts: 0, stops: 0 };
    let release: () => void = () => {};
    const loaded = new Promise<void>((resolve) => (release = resolve));
    const loader = createReadAllLoader(
      state as unknown as ZoomUsersState,
      hooks,
      noHosts,
      new AbortController().signal,
      async () => {
        await loaded;
        return countingModule(counts, state);
      },
    );
    const pressed = loader.start();
    expect(state.readAll.value.state).toBe('running');
    loader.stop();
    release();
    await pressed;
    expect(counts.starts).toBe(0);
    expect(state.readAll.value.state).toBe('stopped');
  });

  it('a second press while a walk runs does nothing', async () => {
    const state = pageState();
    state.readAll.value = { state: 'running' };
    let loads = 0;
    const loader = createReadAllLoader(
      state as unknown as ZoomUsersState,
      hooks,
      noHosts,
      new AbortController().signal,
      async () => {
        loads++;
        return countingModule({ starts: 0, stops: 0 }, state);
      },
    );
    await loader.start();
    expect(loads).toBe(0);
  });
});
