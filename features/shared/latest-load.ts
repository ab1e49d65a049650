import { batch, type Signal } from '@preact/signals-core';
/**
 * Loads the store's copy for a page, where loads overlap (every store change asks for one): only
 * the latest asked may land, since an older answer arriving later would bring back what the newer
 * one replaced.
 */
export function latestLoad<T>(
  ask: () => Promise<T>,
  land: (value: T) => void,
  fail: (error: string) => void,
): () => Promise<void> {
  let loads = 0;
  return async () => {
    const asked = ++loads;
    try {
      const value = await ask();
      if (asked === loads) land(value);
    } catch (error) {
      if (asked === loads) fail(String((error as Error).message ?? error));
    }
  };
}

/** The store's copy for a page, loaded latest-only into its signals: the copy, the last error, the clock. */
export function loadContextInto<T>(
  ask: () => Promise<T>,
  into: { context: Signal<T | null>; storeError: Signal<string | null>; now: Signal<number> },
): () => Promise<void> {
  return latestLoad(
    ask,
    (loaded) =>
      batch(() => {
        into.context.value = loaded;
        into.storeError.value = null;
        into.now.value = Date.now();
      }),
    (error) => {
      into.storeError.value = error;
    },
  );
}
