import { describe, it, expect, afterEach } from 'vitest';
import { render } from 'preact';
import { signal } from '@preact/signals';
import { renderViewsAfterPaint } from '../../../features/shared/render-after-paint';

const microtasks = () => new Promise<void>((resolve) => queueMicrotask(resolve));
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const later = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('renderViewsAfterPaint', () => {
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
    const stop = new AbortController();
    renderViewsAfterPaint(stop.signal);
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
    stop.abort();
  });

  it('gives Preact back its own scheduling when the session stops', async () => {
    const stop = new AbortController();
    renderViewsAfterPaint(stop.signal);
    stop.abort();
    const count = signal(1);
    mount(count);
    count.value = 2;
    await microtasks();
    await microtasks();
    expect(host.textContent).toBe('2');
  });
});
