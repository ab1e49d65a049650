/**
 * The panels' opened parts (zoom-drawer.js) render with their own Preact: its re-renders wait for the next
 * painted frame, as the overlay's bar does (./render-after-paint.ts). By default Preact re-renders in the
 * microtask after a signal changes, that is inside the same task as the page read that changed it: on a list
 * that just got its rows, the list's re-render (an item per employee) would run before the browser paints
 * the rows and their badges (8 ms for 100 rows, 10–20 ms for 1,000 on a 2-core machine). A first render
 * (mounting) stays immediate. Apart from render-after-paint.ts so that the overlays import no Preact.
 */
import { options } from 'preact';
import { afterNextPaint } from './render-after-paint';

/** Makes Preact's re-renders wait for a painted frame; returns what gives Preact back its own scheduling. */
export function preactRendersAfterPaint(): () => void {
  const previous = options.debounceRendering;
  options.debounceRendering = afterNextPaint;
  return () => {
    if (options.debounceRendering === afterNextPaint) options.debounceRendering = previous;
  };
}
