import { describe, it, expect, vi } from 'vitest';
import { isRelevantMutation, watchPage } from '../../../utils/dom/observe';

function record(partial: Partial<MutationRecord>): MutationRecord {
  const empty = document.createDocumentFragment().childNodes;
  return { type: 'childList', addedNodes: empty, removedNodes: empty, attributeName: null, ...partial } as MutationRecord;
}

describe('isRelevantMutation', () => {
  document.body.innerHTML =
    '<div id="clock">12:00</div><table id="t"><tbody><tr><td>a@b.pl</td></tr></tbody></table><span class="ours"></span>';
  const table = document.getElementById('t')!;
  const clock = document.getElementById('clock')!;
  const ours = document.querySelector('.ours')!;
  const isOwn = (node: Node) => node === ours;

  it('ignores text changes outside the watched regions', () => {
    expect(isRelevantMutation(record({ type: 'characterData', target: clock.firstChild! }), [table], isOwn)).toBe(false);
    const text = document.createTextNode('12:01');
    const added = [text] as unknown as NodeList;
    expect(isRelevantMutation(record({ target: clock, addedNodes: added }), [table], isOwn)).toBe(false);
  });

  it('notices rows changing inside the table, and new elements anywhere', () => {
    expect(
      isRelevantMutation(record({ type: 'characterData', target: table.querySelector('td')!.firstChild! }), [table], isOwn),
    ).toBe(true);
    const div = document.createElement('div');
    const added = [div] as unknown as NodeList;
    expect(isRelevantMutation(record({ target: document.body, addedNodes: added }), [table], isOwn)).toBe(true);
  });

  it('ignores our own elements being added', () => {
    const added = [ours] as unknown as NodeList;
    expect(isRelevantMutation(record({ target: table.querySelector('td')!, addedNodes: added }), [table], isOwn)).toBe(false);
  });

  it('notices a tab being selected even before the regions are known', () => {
    const tab = document.createElement('div');
    tab.setAttribute('role', 'tab');
    expect(isRelevantMutation(record({ type: 'attributes', target: tab, attributeName: 'aria-selected' }), [], isOwn)).toBe(true);
    expect(isRelevantMutation(record({ type: 'attributes', target: clock, attributeName: 'class' }), [], isOwn)).toBe(false);
  });
});

describe('watchPage', () => {
  it('calls back for relevant changes only, and stops on abort', async () => {
    document.body.innerHTML = '<div id="clock">0</div><div id="list"></div>';
    const list = document.getElementById('list')!;
    const clock = document.getElementById('clock')!;
    const onChange = vi.fn();
    const controller = new AbortController();
    watchPage({ root: document.body, regions: () => [list], isOwnNode: () => false, onChange, signal: controller.signal });
    for (let i = 0; i < 20; i++) clock.textContent = String(i);
    await new Promise((r) => setTimeout(r, 0));
    expect(onChange).not.toHaveBeenCalled();
    list.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 0));
    expect(onChange).toHaveBeenCalledTimes(1);
    controller.abort();
    list.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 0));
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

/**
 * A page shaped like Element UI's table component: the loading mask is the table wrapper's
 * sibling (a child of div.zm-table), the pane around it is shown and hidden by class, style or
 * aria-hidden, and the dialog fades in. Each kind of change must give exactly one re-read.
 */
describe('watchPage on a component library page', () => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const settle = () => new Promise((r) => setTimeout(r, 0));

  function setUp() {
    document.body.innerHTML = `
      <div id="clock">0</div><button id="hover">Hover</button>
      <div id="pane" role="presentation" class="zm-tab-pane">
        <div class="zm-table" id="component">
          <span id="ticker">0</span>
          <div class="zm-table__body-wrapper" id="wrapper-of-table"><table><tbody>
            <tr><td><div class="cell" id="email">anna@salon.pl</div></td></tr>
          </tbody></table></div>
          <div class="zm-loading-mask" id="mask"><div class="spinner"></div></div>
        </div>
      </div>
      <div class="zm-dialog__wrapper" id="wrapper" style="display:none"><div role="dialog" id="dialog"></div></div>`;
    // As the reading loop watches it: the table's wrapper (the mask is its sibling).
    const wrapper = document.getElementById('wrapper-of-table')!;
    const onChange = vi.fn();
    const controller = new AbortController();
    const watcher = watchPage({
      root: document.documentElement,
      regions: () => [wrapper],
      isOwnNode: () => false,
      onChange,
      signal: controller.signal,
    });
    return { onChange, controller, watcher, byId: (id: string) => document.getElementById(id)! };
  }

  it('the loading mask appearing and disappearing: one re-read each', async () => {
    const { onChange, controller, byId } = setUp();
    const mask = byId('mask');
    mask.remove();
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
    byId('component').append(mask);
    await settle();
    expect(onChange).toHaveBeenCalledTimes(2);
    // Element hides a faded mask with v-show: one style change on the table's sibling.
    mask.style.display = 'none';
    mask.className = 'zm-loading-mask zm-loading-fade-leave-to';
    await settle();
    expect(onChange).toHaveBeenCalledTimes(3);
    controller.abort();
  });

  it('the end of a fade: one re-read per frame, however many properties ended', async () => {
    const { onChange, controller, byId } = setUp();
    const mask = byId('mask');
    for (const property of ['opacity', 'transform', 'background-color']) {
      mask.dispatchEvent(new Event('transitionend', { bubbles: true }));
      void property;
    }
    await frame();
    expect(onChange).toHaveBeenCalledTimes(1);
    // The dialog's wrapper fading in (an animation on the element around role=dialog).
    byId('wrapper').dispatchEvent(new Event('animationend', { bubbles: true }));
    await frame();
    expect(onChange).toHaveBeenCalledTimes(2);
    // A button's hover fade elsewhere on the page is not a reason to read.
    byId('hover').dispatchEvent(new Event('transitionend', { bubbles: true }));
    await frame();
    expect(onChange).toHaveBeenCalledTimes(2);
    controller.abort();
    mask.dispatchEvent(new Event('transitionend', { bubbles: true }));
    await frame();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('a row re-rendered in place (same cell, new text): one re-read', async () => {
    const { onChange, controller, byId } = setUp();
    (byId('email').firstChild as Text).data = 'bartosz@salon.pl';
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it.each([
    ['class', (pane: HTMLElement) => pane.classList.add('is-hidden')],
    ['style', (pane: HTMLElement) => (pane.style.display = 'none')],
    ['aria-hidden', (pane: HTMLElement) => pane.setAttribute('aria-hidden', 'true')],
  ])('the pane around the list shown or hidden by %s: one re-read', async (_kind, change) => {
    const { onChange, controller, byId } = setUp();
    change(byId('pane'));
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('a tab pane (role=tabpanel) shown by style, even outside the watched regions: one re-read', async () => {
    const { onChange, controller } = setUp();
    const other = document.createElement('div');
    other.setAttribute('role', 'tabpanel');
    other.style.display = 'none';
    document.body.append(other);
    await settle();
    onChange.mockClear();
    other.style.display = '';
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('ignores a clock ticking (even beside the table) and a button changing class outside the list', async () => {
    const { onChange, controller, byId } = setUp();
    for (let i = 0; i < 10; i++) byId('clock').textContent = String(i);
    for (let i = 0; i < 10; i++) (byId('ticker').firstChild as Text).data = String(i);
    byId('hover').className = 'is-hovered';
    await settle();
    expect(onChange).not.toHaveBeenCalled();
    controller.abort();
  });

  it('says the page held still only after the settle time with no fade running', async () => {
    const { watcher, controller, byId } = setUp();
    expect(watcher.heldStillFor(30)).toBe(false);
    await new Promise((r) => setTimeout(r, 40));
    expect(watcher.heldStillFor(30)).toBe(true);
    // A fade starts on the mask: not still until it ends, and for the settle time after.
    byId('mask').dispatchEvent(new Event('transitionrun', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 40));
    expect(watcher.heldStillFor(30)).toBe(false);
    byId('mask').dispatchEvent(new Event('transitionend', { bubbles: true }));
    expect(watcher.heldStillFor(30)).toBe(false);
    await new Promise((r) => setTimeout(r, 40));
    expect(watcher.heldStillFor(30)).toBe(true);
    // A relevant change restarts the wait.
    (byId('email').firstChild as Text).data = 'celina@salon.pl';
    await settle();
    expect(watcher.heldStillFor(30)).toBe(false);
    controller.abort();
  });
});
