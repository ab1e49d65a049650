import { describe, it, expect, vi } from 'vitest';
import { isRelevantMutation, watchPage } from '../../../utils/dom/observe';

function record(partial: Partial<MutationRecord>): MutationRecord {
  const empty = document.createDocumentFragment().childNodes;
  return { type: 'childList', addedNodes: empty, removedNodes: empty, attributeName: null, ...partial } as MutationRecord;
}

describe('isRelevantMutation', () => {
  document.body.innerHTML = '<div id="clock">12:00</div><table id="t"><tbody><tr><td>a@b.pl</td></tr></tbody></table><span class="ours"></span>';
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
    expect(isRelevantMutation(record({ type: 'characterData', target: table.querySelector('td')!.firstChild! }), [table], isOwn)).toBe(true);
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
