/**
 * What the admin sees is whole and leaves the page usable (contract.md → Elements, the layout rule):
 * measured in the browser, not assumed from the CSS.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './harness';

export interface CutText {
  text: string;
  why: string;
}

/**
 * Every text the panel shows on screen, checked against its own box (text wider than the box it is
 * clipped in) and against every clipping ancestor up to the panel and the window (pushed out of sight).
 * Texts for assistive technology only (`.zaa-sr`) and hidden parts are not shown, so not checked;
 * a scrolling list may hold texts below its fold (that is scrolling, not cutting), but never beside it.
 */
export async function cutTexts(panel: Locator): Promise<CutText[]> {
  return panel.evaluate((root) => {
    const cut: { text: string; why: string }[] = [];
    const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const elements = [root, ...root.querySelectorAll('*')];
    for (const el of elements) {
      if (el.closest('.zaa-sr') || !shown(el)) continue;
      const text = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (!text) continue;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) cut.push({ text, why: 'wider than its box' });
      if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth) cut.push({ text, why: 'ellipsis' });
      if (box.right > window.innerWidth + 0.5 || box.left < -0.5) cut.push({ text, why: 'outside the window' });
      for (let up = el.parentElement; up && root.contains(up); up = up.parentElement) {
        const clip = getComputedStyle(up);
        const outer = up.getBoundingClientRect();
        const clipsX = clip.overflowX !== 'visible';
        const clipsY = clip.overflowY === 'hidden' || clip.overflowY === 'clip';
        if (clipsX && (box.left < outer.left - 0.5 || box.right > outer.right + 0.5)) {
          cut.push({ text, why: `cut at the side by ${up.className || up.tagName}` });
          break;
        }
        if (clipsY && (box.top < outer.top - 0.5 || box.bottom > outer.bottom + 0.5)) {
          cut.push({ text, why: `cut at the top or bottom by ${up.className || up.tagName}` });
          break;
        }
      }
    }
    return cut;
  });
}

export async function expectNothingCut(page: Page, what: string): Promise<void> {
  const panel = page.getByTestId('zaa-panel');
  await expect.poll(() => cutTexts(panel), { message: `${what}: texts cut or out of sight` }).toEqual([]);
}

/**
 * The control is the page's own and the pointer reaches it: scrolled into view as a person would,
 * the element at its centre is the control (or inside it), not the panel.
 */
export async function expectHitTestable(control: Locator, what: string): Promise<void> {
  await control.scrollIntoViewIfNeeded();
  const hit = await control.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const at = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return { reached: at !== null && (el === at || el.contains(at)), at: at ? `${at.tagName}.${at.className}` : 'nothing' };
  });
  expect(hit.reached, `${what}: the pointer reaches ${hit.at}`).toBe(true);
}
