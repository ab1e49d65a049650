import { describe, it, expect, afterEach } from 'vitest';
import { render } from 'preact';
import { signal } from '@preact/signals';
import { createScope, viewUpdates } from '../../../components/dom';
import { renderViewsAfterPaint } from '../../../features/shared/render-after-paint';
import { preactRendersAfterPaint } from '../../../features/shared/preact-after-paint';

const microtasks = () => new Promise<void>((resolve) => queueMicrotask(resolve));
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const later = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

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

describe('preactRendersAfterPaint (the opened parts’ Preact)', () => {
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
    const restore = preactRendersAfterPaint();
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

  it('gives Preact back its own scheduling when the opened part is taken off', async () => {
    preactRendersAfterPaint()();
    const count = signal(1);
    mount(count);
    count.value = 2;
    await microtasks();
    await microtasks();
    expect(host.textContent).toBe('2');
  });
});
