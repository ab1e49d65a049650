import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { beforeNextFrame, createSliceScheduler, type SliceOptions } from '../../../utils/dom/slices';

/** The work's own clock: each item of a job costs its time on it. */
let clock = 0;

/** Every scheduling hook on fake timers: "after the paint" is a frame of 16 ms, a posted task runs at once. */
function options(extra: SliceOptions = {}): SliceOptions {
  return {
    sliceMs: 4,
    now: () => clock,
    afterPaint: (callback) => setTimeout(callback, 16),
    post: (callback) => setTimeout(callback, 0),
    ...extra,
  };
}

/** A job over `items` that costs `costMs` of (fake) time per item and records what it did, slice by slice. */
function job(items: number, costMs: number, slices: number[][]) {
  let next = 0;
  return (timeLeft: () => number) => {
    const slice: number[] = [];
    slices.push(slice);
    while (next < items) {
      clock += costMs;
      slice.push(next++);
      if (timeLeft() <= 0) return false;
    }
    return true;
  };
}

describe('slice scheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for the paint, then does the whole job in order, in slices no longer than their budget', () => {
    const scheduler = createSliceScheduler(options());
    const slices: number[][] = [];
    scheduler.start(job(10, 1, slices));
    expect(scheduler.pending()).toBe(true);
    vi.advanceTimersByTime(15);
    expect(slices).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(slices[0]).toEqual([0, 1, 2, 3]);
    vi.runAllTimers();
    expect(slices).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9],
    ]);
    expect(scheduler.pending()).toBe(false);
  });

  it('a new job drops the pending one: nothing more of it runs', () => {
    const scheduler = createSliceScheduler(options());
    const first: number[][] = [];
    const second: number[][] = [];
    scheduler.start(job(10, 1, first));
    vi.advanceTimersByTime(16);
    expect(first.flat()).toEqual([0, 1, 2, 3]);
    scheduler.start(job(3, 1, second));
    vi.runAllTimers();
    expect(first.flat()).toEqual([0, 1, 2, 3]);
    expect(second.flat()).toEqual([0, 1, 2]);
    expect(scheduler.pending()).toBe(false);
  });

  it('cancel and the session ending stop a job, before or between its slices', () => {
    const controller = new AbortController();
    const scheduler = createSliceScheduler(options({ signal: controller.signal }));
    const cancelled: number[][] = [];
    scheduler.start(job(10, 1, cancelled));
    scheduler.cancel();
    vi.runAllTimers();
    expect(cancelled).toEqual([]);
    expect(scheduler.pending()).toBe(false);

    const aborted: number[][] = [];
    scheduler.start(job(10, 1, aborted));
    vi.advanceTimersByTime(16);
    controller.abort();
    vi.runAllTimers();
    expect(aborted.flat()).toEqual([0, 1, 2, 3]);
    // Once the session ended, nothing starts again.
    const late: number[][] = [];
    scheduler.start(job(1, 1, late));
    vi.runAllTimers();
    expect(late).toEqual([]);
  });

  it('by default starts after an animation frame, or after 100 ms where no frame comes (a hidden tab)', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    try {
      const scheduler = createSliceScheduler({ now: () => clock, post: (callback) => setTimeout(callback, 0) });
      const ran: number[][] = [];
      scheduler.start(job(2, 1, ran));
      vi.advanceTimersByTime(50);
      expect(ran).toEqual([]);
      // The frame comes: the job runs in the task after it.
      for (const frame of frames.splice(0)) frame(0);
      vi.advanceTimersByTime(0);
      expect(ran.flat()).toEqual([0, 1]);
      // No frame at all: it still runs, once.
      const hidden: number[][] = [];
      scheduler.start(job(2, 1, hidden));
      vi.advanceTimersByTime(99);
      expect(hidden).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(hidden.flat()).toEqual([0, 1]);
      for (const frame of frames.splice(0)) frame(0);
      vi.runAllTimers();
      expect(hidden).toHaveLength(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('beforeNextFrame runs once, in the animation frame (or after 100 ms without one), unless cancelled', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => {
      frames[id - 1] = () => {};
    });
    try {
      const ran: string[] = [];
      beforeNextFrame(() => ran.push('framed'));
      for (const frame of frames.splice(0)) frame(0);
      vi.runAllTimers();
      expect(ran).toEqual(['framed']);
      beforeNextFrame(() => ran.push('hidden tab'));
      vi.advanceTimersByTime(100);
      expect(ran).toEqual(['framed', 'hidden tab']);
      for (const frame of frames.splice(0)) frame(0);
      const cancel = beforeNextFrame(() => ran.push('cancelled'));
      cancel();
      for (const frame of frames.splice(0)) frame(0);
      vi.runAllTimers();
      expect(ran).toEqual(['framed', 'hidden tab']);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
