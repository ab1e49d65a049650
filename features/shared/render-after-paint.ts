/**
 * Updates of the overlay's views (the panel's bar, the dialog's button: plain DOM, components/dom.ts) wait
 * until the next frame has been painted. Otherwise they would run in the same task as the page read that
 * changed a signal: on a list that just got its rows, the bar's update (and the panel model it reads, over
 * every employee) would run before the browser can paint the rows and their badges. The badges are written
 * in that frame's animation frame callback, right before its layout (features/zoom-users/badges.ts), and land
 * in it; the bar follows once it is painted. A view's first build stays immediate. The Zoom opened part's Preact is handed the same scheduler (./preact-after-paint.ts).
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

/** What waits for the next paint, run together in one task (null: nothing waits). */
let waiting: (() => void)[] | null = null;

/**
 * Runs `callback` once the next frame was painted and the page had an idle moment (or soon, in a tab that
 * paints nothing). Everything asked for before that moment runs in the same task: the bar's updates and the
 * opened part's re-render (its Preact is handed this function) never show two different states between tasks,
 * such as the list calling someone missing while the bar still says the view is partial.
 */
export function afterNextPaint(callback: () => void): void {
  if (waiting) {
    waiting.push(callback);
    return;
  }
  const batch = [callback];
  waiting = batch;
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    if (waiting === batch) waiting = null;
    for (const next of batch) {
      try {
        next();
      } catch (error) {
        // One view's failure does not keep the others waiting; it is still reported.
        setTimeout(() => {
          throw error;
        });
      }
    }
  };
  // After the frame's style, layout and paint, once the page's own tasks have run (an idle moment, or soon).
  requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: IDLE_WAIT_MS });
    else setTimeout(run, 0);
  });
  setTimeout(run, NO_FRAME_MS);
}
