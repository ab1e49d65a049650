/**
 * Re-renders of the overlay's Preact views (the panel, the dialog's button) wait until the next frame has
 * been painted. By default Preact re-renders in the microtask after a signal changes, that is inside the
 * same task as the page read that changed it: on a list that just got its rows, the panel's re-render (a
 * list item per employee) then runs before the browser can paint the rows and their badges (8 ms for 100
 * rows, 10–20 ms for 1,000 on a 2-core machine). The badges are written in the read itself and still land
 * in that frame; the panel follows one frame later. A first render (mounting) stays immediate.
 */
import { options } from 'preact';

/** How long a re-render may wait for a frame: a hidden tab paints none. */
const NO_FRAME_MS = 100;
/** How long it may wait for the page to be idle after that frame. */
const IDLE_WAIT_MS = 50;

export function renderViewsAfterPaint(stop: AbortSignal): void {
  const previous = options.debounceRendering;
  options.debounceRendering = afterNextPaint;
  stop.addEventListener(
    'abort',
    () => {
      if (options.debounceRendering === afterNextPaint) options.debounceRendering = previous;
    },
    { once: true },
  );
}

/** Runs `callback` once the next frame was painted and the page had an idle moment (or soon, in a tab that paints nothing). */
export function afterNextPaint(callback: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    callback();
  };
  // After the frame's style, layout and paint, once the page's own tasks have run (an idle moment, or soon).
  requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: IDLE_WAIT_MS });
    else setTimeout(run, 0);
  });
  setTimeout(run, NO_FRAME_MS);
}
