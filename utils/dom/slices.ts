/**
 * Work cut into slices of a few milliseconds, each a task of its own, so no slice holds the page's main
 * thread long enough to delay a frame or the page's own input. Used for the row badges far from the
 * viewport (features/zoom-users/badges.ts): the rows near it are badged in the read itself, the rest
 * after the first frame with them was painted.
 *
 * One job at a time: starting a new one drops the one pending (the page changed, its rows are read
 * again), so a slice never works on rows of a read that is no longer current.
 */

/** Does part of a job while `timeLeft()` (ms) is above zero; returns true once the job is done. */
export type SliceStep = (timeLeft: () => number) => boolean;

export interface SliceScheduler {
  /** Drops any pending job and runs `step`, after the next paint, in slices until it says it is done. */
  start(step: SliceStep): void;
  /** Drops the pending job, if any. */
  cancel(): void;
  /** A job is started and not done. */
  pending(): boolean;
}

export interface SliceOptions {
  /** How long one slice may run (ms). */
  sliceMs?: number;
  now?: () => number;
  /** Runs `callback` once the next frame was painted (default: an animation frame, then a posted task). */
  afterPaint?: (callback: () => void) => void;
  /** Runs `callback` in a task of its own, soon (default: postTask). */
  post?: (callback: () => void) => void;
  signal?: AbortSignal;
}

export const SLICE_MS = 4;
/** A hidden tab paints no frame: the first slice does not wait longer than this for one. */
const NO_FRAME_MS = 100;

export function createSliceScheduler(options: SliceOptions = {}): SliceScheduler {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const now = options.now ?? (() => performance.now());
  const post = options.post ?? postTask;
  const afterPaint = options.afterPaint ?? ((callback: () => void) => afterNextFrame(callback, post));
  /** Bumped by every start and cancel: a slice of an older job finds it changed and stops. */
  let generation = 0;
  let running = false;

  function cancel(): void {
    generation++;
    running = false;
  }
  options.signal?.addEventListener('abort', cancel, { once: true });

  return {
    start(step) {
      cancel();
      if (options.signal?.aborted) return;
      const job = generation;
      running = true;
      const slice = () => {
        if (job !== generation) return;
        const end = now() + sliceMs;
        let done: boolean;
        try {
          done = step(() => end - now());
        } catch (error) {
          running = false;
          throw error;
        }
        if (job !== generation) return;
        if (done) running = false;
        else post(slice);
      };
      afterPaint(slice);
    },
    cancel,
    pending: () => running,
  };
}

interface TaskScheduler {
  postTask(callback: () => void): Promise<unknown>;
}

/**
 * Runs `callback` in a task of its own, soon: the Prioritized Task Scheduling API where there is one (no
 * clamping), else a timer. Not a MessageChannel: no script of ours posts messages (tests/e2e/page-quiet.spec.ts).
 */
export function postTask(callback: () => void): void {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function') void scheduler.postTask(callback);
  else setTimeout(callback, 0);
}

/**
 * Runs `callback` in the next frame's animation frame callbacks, right before its style and layout (or after
 * NO_FRAME_MS where no frame comes: a hidden tab). Returns a function that cancels it.
 */
export function beforeNextFrame(callback: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    callback();
  };
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(run) : undefined;
  const timer = setTimeout(run, NO_FRAME_MS);
  return () => {
    done = true;
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** After the next frame's paint: a task posted from its animation frame (or soon, where no frame comes). */
export function afterNextFrame(callback: () => void, post: (callback: () => void) => void = postTask): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    callback();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => post(run));
  setTimeout(run, NO_FRAME_MS);
}
