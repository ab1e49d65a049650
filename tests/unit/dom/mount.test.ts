import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountView } from '../../../utils/dom/mount';

/** The two things mountView asks of WXT's context, with the invalidation callbacks it holds open. */
function fakeContext() {
  const callbacks = new Set<() => void>();
  const ctx = {
    isInvalid: false,
    onInvalidated(callback: () => void) {
      callbacks.add(callback);
      return () => callbacks.delete(callback);
    },
  };
  const invalidate = () => {
    ctx.isInvalid = true;
    for (const callback of [...callbacks]) callback();
  };
  return { ctx: ctx as unknown as ContentScriptContext, callbacks, invalidate };
}

afterEach(() => document.body.replaceChildren());

describe('mountView', () => {
  it('holds one invalidation callback while the view is on the page, none once it is removed', async () => {
    const anchor = document.createElement('main');
    document.body.append(anchor);
    const { ctx, callbacks } = fakeContext();
    const built: string[] = [];
    const view = mountView(
      ctx,
      'zaa-test-view',
      '',
      () => ({ anchor, append: 'last' }),
      (into) => {
        built.push('built');
        into.append(Object.assign(document.createElement('p'), { textContent: 'hello' }));
        return () => built.push('taken off');
      },
    );
    for (let round = 0; round < 5; round++) {
      await view.ensurePlaced();
      expect(view.host?.isConnected).toBe(true);
      expect(view.host?.shadowRoot?.textContent).toContain('hello');
      expect(callbacks.size).toBe(1);
      view.remove();
      expect(view.host).toBeNull();
      expect(callbacks.size).toBe(0);
    }
    expect(document.querySelectorAll('zaa-test-view')).toHaveLength(0);
    // Built at each placing, and what it returned ran each time it was taken off (its effects disposed).
    expect(built).toEqual(Array.from({ length: 5 }, () => ['built', 'taken off']).flat());
  });

  it('moving the view to a new place keeps one callback', async () => {
    const first = document.createElement('main');
    const second = document.createElement('aside');
    document.body.append(first, second);
    let anchor: Element = first;
    const { ctx, callbacks } = fakeContext();
    const view = mountView(
      ctx,
      'zaa-test-view',
      '',
      () => ({ anchor, append: 'last' }),
      (into) => {
        into.append('x');
        return () => undefined;
      },
    );
    await view.ensurePlaced();
    anchor = second;
    await view.ensurePlaced();
    expect(view.host?.parentElement).toBe(second);
    expect(document.querySelectorAll('zaa-test-view')).toHaveLength(1);
    expect(callbacks.size).toBe(1);
  });

  it('an invalidated script takes its view off the page and places it no more', async () => {
    const anchor = document.createElement('main');
    document.body.append(anchor);
    const { ctx, callbacks, invalidate } = fakeContext();
    const view = mountView(
      ctx,
      'zaa-test-view',
      '',
      () => ({ anchor, append: 'last' }),
      (into) => {
        into.append('x');
        return () => undefined;
      },
    );
    await view.ensurePlaced();
    invalidate();
    expect(document.querySelectorAll('zaa-test-view')).toHaveLength(0);
    expect(callbacks.size).toBe(0);
    await view.ensurePlaced();
    expect(document.querySelectorAll('zaa-test-view')).toHaveLength(0);
  });
});
