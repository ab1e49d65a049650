import { describe, it, expect, afterEach } from 'vitest';
import { render } from 'preact';
import { signal } from '@preact/signals';
import { createScope, viewUpdates } from '../../../components/dom';
import { afterNextPaint, renderViewsAfterPaint } from '../../../features/shared/render-after-paint';
import { preactRendersWith } from '../../../features/shared/preact-after-paint';

const microtasks = () => new Promise<void>((resolve) => queueMicrotask(resolve));
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const later = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('afterNextPaint', () => {
  it('runs everything asked for before the paint in one task, in the order asked', async () => {
    const order: string[] = [];
    afterNextPaint(() => {
      order.push('first');
      queueMicrotask(() => order.push('task ended'));
    });
    afterNextPaint(() => order.push('second'));
    await frame();
    await later(150);
    expect(order).toEqual(['first', 'second', 'task ended']);
    afterNextPaint(() => order.push('next frame'));
    await frame();
    await later(150);
    expect(order.at(-1)).toBe('next frame');
  });
});

describe('renderViewsAfterPaint (the overlay’s plain-DOM views)', () => {
  const scope = createScope();
  afterEach(() => {
    scope.dispose();
    viewUpdates.later = null;
  });

  function build(count: ReturnType<typeof signal<number>>): HTMLElement {
    const node = document.createElement('p');
    scope.effect(() => (node.textContent = String(count.value)));
    return node;
  }

  it('builds at once, and updates after the next frame instead of in the same task', async () => {
    const stop = new AbortController();
    renderViewsAfterPaint(stop.signal);
    const count = signal(1);
    const node = build(count);
    expect(node.textContent).toBe('1');
    count.value = 2;
    count.value = 3;
    await microtasks();
    await microtasks();
    expect(node.textContent, 'not yet: the frame is not painted').toBe('1');
    await frame();
    await later(120);
    expect(node.textContent).toBe('3');
    count.value = 4;
    await frame();
    await later(120);
    expect(node.textContent, 'and follows again after that').toBe('4');
    stop.abort();
  });

  it('updates at once again when the session stops', () => {
    const stop = new AbortController();
    renderViewsAfterPaint(stop.signal);
    stop.abort();
    const count = signal(1);
    const node = build(count);
    count.value = 2;
    expect(node.textContent).toBe('2');
  });
});

describe('preactRendersWith(afterNextPaint) (the Zoom opened part’s Preact)', () => {
  let host: HTMLElement;
  afterEach(() => {
    render(null, host);
    host.remove();
  });

  function mount(count: ReturnType<typeof signal<number>>) {
    host = document.createElement('div');
    document.body.append(host);
    function View() {
      return <p>{count.value}</p>;
    }
    render(<View />, host);
  }

  it('mounts at once, and re-renders after the next frame instead of in the same task', async () => {
    const restore = preactRendersWith(afterNextPaint);
    const count = signal(1);
    mount(count);
    expect(host.textContent).toBe('1');
    count.value = 2;
    await microtasks();
    await microtasks();
    expect(host.textContent, 'not yet: the frame is not painted').toBe('1');
    await frame();
    await later(120);
    expect(host.textContent).toBe('2');
    restore();
  });

  it('re-renders in the same task as the bar’s updates: the two never show different states', async () => {
    const restore = preactRendersWith(afterNextPaint);
    const stop = new AbortController();
    renderViewsAfterPaint(stop.signal);
    const scope = createScope();
    const count = signal(1);
    const order: string[] = [];
    host = document.createElement('div');
    document.body.append(host);
    function List() {
      order.push(`list ${count.value}`);
      queueMicrotask(() => order.push('task ended'));
      return <p>{count.value}</p>;
    }
    render(<List />, host);
    scope.effect(() => {
      order.push(`bar ${count.value}`);
      // Runs once the task that updated the bar ends: after the other update only when both were in that task.
      queueMicrotask(() => order.push('task ended'));
    });
    await microtasks();
    order.length = 0;
    count.value = 2;
    await frame();
    await later(150);
    expect(order.slice(0, 2).sort(), 'the list and the bar in one task').toEqual(['bar 2', 'list 2']);
    expect(order.slice(2)).toEqual(['task ended', 'task ended']);
    scope.dispose();
    stop.abort();
    restore();
  });

  it('gives Preact back its own scheduling when the opened part is taken off', async () => {
    preactRendersWith(afterNextPaint)();
    const count = signal(1);
    mount(count);
    count.value = 2;
    await microtasks();
    await microtasks();
    expect(host.textContent).toBe('2');
  });
});
