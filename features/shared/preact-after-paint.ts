/**
 * The panels' opened parts render with their own Preact. By default Preact re-renders in the microtask after
 * a signal changes, that is inside the same task as the page read that changed it: on a list that just got its
 * rows, the list's re-render (an item per employee) would run before the browser paints the rows and their
 * badges (8 ms for 100 rows, 10–20 ms for 1,000 on a 2-core machine). The Zoom overlay hands its opened part
 * the scheduler its bar uses (./render-after-paint.ts → afterNextPaint), so the list re-renders after the paint
 * and in the same task as the bar: the two never show different states. A first render (mounting) stays immediate.
 */
import { options } from 'preact';

/** Makes Preact's re-renders wait for `later`; returns what gives Preact back its own scheduling. */
export function preactRendersWith(later: (run: () => void) => void): () => void {
  const previous = options.debounceRendering;
  options.debounceRendering = later;
  return () => {
    if (options.debounceRendering === later) options.debounceRendering = previous;
  };
}
