/**
 * The panels' opened part (features/shared/lazy-drawer.ts) and the Zoom page's typo matcher
 * (features/zoom-users/state.ts → lazyNearMatcher) load apart from the first paint: the opened part only
 * once the first paint is there and a frame has passed, at once when the admin opens the panel; a module
 * that does not load is said (failed) and asked for again, never lost.
 */
import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { createLazyDrawer } from '../../../features/shared/lazy-drawer';
import { lazyNearMatcher } from '../../../features/zoom-users/state';
import type { NearMatchesModule } from '../../../features/zoom-users/near-matches-module';

const later = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const module = { DRAWER_CSS: '.x{}', View: () => null };

function harness(load: () => Promise<typeof module>) {
  const painted = signal(false);
  const styles: string[] = [];
  const stop = new AbortController();
  let asked = 0;
  const drawer = createLazyDrawer(
    () => {
      asked++;
      return load();
    },
    { painted: () => painted.value, addStyle: (css) => styles.push(css), stop: stop.signal },
  );
  return { drawer, painted, styles, stop, asked: () => asked };
}

describe('createLazyDrawer', () => {
  it('asks for nothing before the first paint, and after it only once a frame has passed', async () => {
    const h = harness(async () => module);
    await later(150);
    expect(h.asked(), 'nothing painted yet').toBe(0);
    h.painted.value = true;
    expect(h.asked(), 'not in the task that painted').toBe(0);
    await later(150);
    expect(h.asked()).toBe(1);
    expect(h.drawer.module.value).toBe(module);
    expect(h.styles).toEqual(['.x{}']);
    h.painted.value = false;
    h.painted.value = true;
    h.drawer.load();
    await later(150);
    expect(h.asked(), 'asked once').toBe(1);
    expect(h.styles).toHaveLength(1);
  });

  it('asks at once when the admin opens the panel before the first paint, and once while it is on its way', async () => {
    let arrive: (value: typeof module) => void = () => undefined;
    const h = harness(() => new Promise((resolve) => (arrive = resolve)));
    h.drawer.load();
    h.drawer.load();
    expect(h.asked()).toBe(1);
    h.painted.value = true;
    await later(150);
    expect(h.asked()).toBe(1);
    arrive(module);
    await later(0);
    expect(h.drawer.module.value).toBe(module);
  });

  it('says a module that did not load, and asks again at the next opening', async () => {
    let fail = true;
    const h = harness(async () => {
      if (fail) throw new Error('Failed to fetch dynamically imported module');
      return module;
    });
    h.painted.value = true;
    await later(150);
    expect(h.drawer.failed.value).toBe(true);
    expect(h.drawer.module.value).toBeNull();
    expect(h.styles).toEqual([]);
    fail = false;
    h.drawer.load();
    await later(0);
    expect(h.asked()).toBe(2);
    expect(h.drawer.failed.value).toBe(false);
    expect(h.drawer.module.value).toBe(module);
  });

  it('asks for nothing once the session stopped', async () => {
    const h = harness(async () => module);
    h.stop.abort();
    h.painted.value = true;
    h.drawer.load();
    await later(150);
    expect(h.asked()).toBe(0);
  });
});

describe('lazyNearMatcher', () => {
  it('gives the finder once loaded; a matcher that did not load is said and asked for again', async () => {
    let fail = true;
    let asked = 0;
    const findNearMatches = () => undefined;
    const matcher = lazyNearMatcher(async () => {
      asked++;
      if (fail) throw new Error('not loaded');
      return { findNearMatches } as unknown as NearMatchesModule;
    });
    await matcher.load();
    expect(matcher.failed.value).toBe(true);
    expect(matcher.finder.value).toBeNull();
    fail = false;
    await Promise.all([matcher.load(), matcher.load()]);
    expect(asked).toBe(2);
    expect(matcher.failed.value).toBe(false);
    expect(matcher.finder.value).toBe(findNearMatches);
    await matcher.load();
    expect(asked).toBe(2);
  });
});
