import { describe, it, expect, afterEach } from 'vitest';
import { isLoadingMaskShown } from '../../../utils/dom/visibility';
import { readTables } from '../../../utils/dom/table';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Element UI's table as v-loading leaves it: the mask beside the table's wrappers. */
function elementTable(maskStyle: string): { mask: HTMLElement; root: HTMLElement } {
  document.body.innerHTML = `
    <div class="zm-table">
      <div class="zm-table__header-wrapper"><table><thead><tr><th>Email</th></tr></thead></table></div>
      <div class="zm-table__body-wrapper"><table><tbody><tr><td>anna@salon-ania.pl</td></tr></tbody></table></div>
      <div class="zm-loading-mask" style="${maskStyle}"><div class="zm-loading-spinner"></div></div>
    </div>`;
  return {
    mask: document.querySelector('.zm-loading-mask') as HTMLElement,
    root: document.querySelector('.zm-table') as HTMLElement,
  };
}

/**
 * happy-dom runs no CSS transitions: the running one is given as Chromium reports it
 * (Element.getAnimations → a CSSTransition whose keyframes go from the current opacity to the end).
 */
function fading(mask: HTMLElement, from: number, to: number, playState: AnimationPlayState = 'running'): void {
  const transition = { playState, effect: { getKeyframes: () => [{ opacity: String(from) }, { opacity: String(to) }] } };
  (mask as unknown as { getAnimations: () => unknown[] }).getAnimations = () => [transition];
}

const busy = (root: ParentNode) => readTables(root).map((table) => table.busy);

describe('isLoadingMaskShown: a loading mask is judged by what it shows', () => {
  it('a mask that is there and opaque is loading; the table under it is busy', () => {
    const { mask, root } = elementTable('');
    expect(isLoadingMaskShown(mask)).toBe(true);
    expect(busy(root)).toEqual([true]);
  });

  it('hidden by v-show (display:none), by visibility or by a hidden ancestor: not loading', () => {
    for (const style of ['display: none', 'visibility: hidden']) {
      const { mask, root } = elementTable(style);
      expect(isLoadingMaskShown(mask), style).toBe(false);
      expect(busy(root), style).toEqual([false]);
    }
    const { mask } = elementTable('');
    mask.parentElement!.hidden = true;
    expect(isLoadingMaskShown(mask)).toBe(false);
  });

  it('left at opacity 0 with nothing moving (a Vue fade cut short): not loading', () => {
    const { mask, root } = elementTable('opacity: 0');
    expect(isLoadingMaskShown(mask)).toBe(false);
    expect(busy(root)).toEqual([false]);
  });

  it('fading out (its opacity running to 0) while the new rows are in: not loading', () => {
    const { mask, root } = elementTable('opacity: 0.6');
    fading(mask, 0.6, 0);
    expect(isLoadingMaskShown(mask)).toBe(false);
    expect(busy(root)).toEqual([false]);
  });

  it('fading in, even from opacity 0, is loading; a finished fade counts for nothing', () => {
    const { mask, root } = elementTable('opacity: 0');
    fading(mask, 0, 1);
    expect(isLoadingMaskShown(mask)).toBe(true);
    expect(busy(root)).toEqual([true]);
    fading(mask, 1, 0, 'finished');
    (mask as HTMLElement).style.opacity = '1';
    expect(isLoadingMaskShown(mask)).toBe(true);
  });

  it('a mask taken out of the page is not loading', () => {
    const { mask } = elementTable('');
    mask.remove();
    expect(isLoadingMaskShown(mask)).toBe(false);
  });
});
