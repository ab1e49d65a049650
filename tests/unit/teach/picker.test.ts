import { describe, it, expect, beforeEach } from 'vitest';
import { pickElement } from '../../../utils/teach/picker';

/** A page that counts every handler of its own: on the element, on document, in capture and bubble phase. */
function pageWithHandlers() {
  document.body.innerHTML = `<ul class="users"><li><a href="#/user/1" id="link">anna@x.pl</a></li><li><span id="row2" tabindex="0">jan@x.pl</span></li></ul>
    <div id="prompt-host"></div>`;
  const counts: Record<string, number> = {};
  const count = (name: string) => () => {
    counts[name] = (counts[name] ?? 0) + 1;
  };
  const link = document.getElementById('link')!;
  for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click', 'auxclick', 'dblclick', 'contextmenu', 'keydown']) {
    link.addEventListener(type, count(`element:${type}`));
    link.addEventListener(type, count(`element-capture:${type}`), true);
    document.addEventListener(type, count(`document-capture:${type}`), true);
    document.addEventListener(type, count(`document:${type}`));
  }
  const startHash = location.hash;
  return { counts, link, startHash };
}

const mouse = (target: Element, type: string, init: MouseEventInit = {}) =>
  target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, ...init }));

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the click-step picker', () => {
  it('takes the click for itself: no page handler fires, the link is not followed, and it resolves with the element', async () => {
    const { counts, link, startHash } = pageWithHandlers();
    const picked = pickElement();
    expect(document.querySelector('zaa-teach-highlight')).not.toBeNull();
    mouse(link, 'mouseover');
    const outline = document.querySelector('zaa-teach-highlight')!.shadowRoot!.querySelector('.zaa-teach-outline') as HTMLElement;
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(outline.style.display).toBe('block');
    mouse(link, 'pointerdown');
    mouse(link, 'mousedown');
    mouse(link, 'mouseup');
    mouse(link, 'contextmenu', { button: 2 });
    mouse(link, 'auxclick', { button: 1 });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(await picked).toEqual({ kind: 'picked', element: link });
    expect(counts).toEqual({});
    expect(location.hash).toBe(startHash);
    // Cleaned up: the overlay is gone and the page gets its clicks again.
    expect(document.querySelector('zaa-teach-highlight')).toBeNull();
    mouse(link, 'click');
    expect(counts['element:click']).toBe(1);
    expect(counts['document-capture:click']).toBe(1);
  });

  it('lets clicks on the extension UI through, so the prompt buttons work', async () => {
    pageWithHandlers();
    const host = document.getElementById('prompt-host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<button data-answer="skip">Skip</button>';
    let promptClicks = 0;
    shadow.querySelector('button')!.addEventListener('click', () => promptClicks++);
    const controller = new AbortController();
    const picked = pickElement({ ignore: [host], signal: controller.signal });
    mouse(shadow.querySelector('button')!, 'click');
    expect(promptClicks).toBe(1);
    controller.abort();
    expect(await picked).toEqual({ kind: 'cancelled', reason: 'abort' });
    expect(document.querySelector('zaa-teach-highlight')).toBeNull();
  });

  it('cancels on Escape without the page seeing the key', async () => {
    const { counts } = pageWithHandlers();
    const picked = pickElement();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(await picked).toEqual({ kind: 'cancelled', reason: 'escape' });
    expect(counts).toEqual({});
  });

  it('works by keyboard: the outline follows focus and Enter chooses the focused element, unseen by the page', async () => {
    const { counts, link } = pageWithHandlers();
    const picked = pickElement();
    link.focus();
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    link.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    expect(await picked).toEqual({ kind: 'picked', element: link });
    expect(counts['element:keydown']).toBeUndefined();
    expect(counts['document-capture:keydown']).toBeUndefined();
  });

  it('resolves at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await pickElement({ signal: controller.signal })).toEqual({ kind: 'cancelled', reason: 'abort' });
    expect(document.querySelector('zaa-teach-highlight')).toBeNull();
  });
});
