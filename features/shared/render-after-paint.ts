/**
 * Updates of the overlay's views (the panel's bar, the dialog's button: plain DOM, components/dom.ts) wait
 * until the next frame has been painted. Otherwise they would run in the same task as the page read that
 * changed a signal: on a list that just got its rows, the bar's update (and the panel model it reads, over
 * every employee) would run before the browser can paint the rows and their badges. The badges are written
 * in the read itself and still land in that frame; the bar follows one frame later. A view's first build
 * stays immediate. The opened parts' Preact does the same (./preact-after-paint.ts).
 */
import { viewUpdates } from '../../components/dom';

/** How long a re-render may wait for a frame: a hidden tab paints none. */
const NO_FRAME_MS = 100;
/** How long it may wait for the page to be idle after that frame. */
const IDLE_WAIT_MS = 50;

export function renderViewsAfterPaint(stop: AbortSignal): void {
  const previous = viewUpdates.later;
  viewUpdates.later = afterNextPaint;
  stop.addEventListener(
    'abort',
    () => {
      if (viewUpdates.later === afterNextPaint) viewUpdates.later = previous;
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
