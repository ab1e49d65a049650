import { describe, it, expect, beforeEach } from 'vitest';
import { fixedCopyTwins } from '../../../utils/dom/table';
import { showSpacer } from '../../../components/row-badge';

const row = (email: string) =>
  `<tr><td><div class="cell"><input type="checkbox"></div></td><td><div class="cell">${email}</div></td><td><div class="cell"><button>Resend</button></div></td></tr>`;

describe('fixedCopyTwins', () => {
  beforeEach(() => {
    document.body.innerHTML = `
    <div class="zm-table">
      <div class="zm-table__body-wrapper"><table><tbody>${row('a@x.pl')}${row('b@x.pl')}</tbody></table></div>
      <div class="zm-table__fixed-right"><div class="zm-table__fixed-body-wrapper"><table><tbody>${row('a@x.pl')}${row('b@x.pl')}</tbody></table></div></div>
    </div>`;
  });
  const tables = () => [...document.querySelectorAll('table')];
  const anchorIn = (table: Element, r: number) => table.querySelector('tbody')!.children[r].children[1].firstElementChild!;

  it('finds the same place in the fixed copy, for each row', () => {
    const [bodyTable, copyTable] = tables();
    expect(fixedCopyTwins(anchorIn(bodyTable, 1))).toEqual([anchorIn(copyTable, 1)]);
    expect(fixedCopyTwins(anchorIn(bodyTable, 0))).toEqual([anchorIn(copyTable, 0)]);
  });

  it('has no twins for a row of the copy itself, nor for a plain table', () => {
    expect(fixedCopyTwins(anchorIn(tables()[1], 0))).toEqual([]);
    document.body.insertAdjacentHTML('beforeend', `<section><table><tbody>${row('c@x.pl')}</tbody></table></section>`);
    const plain = document.querySelector('section table')!;
    expect(fixedCopyTwins(anchorIn(plain, 0))).toEqual([]);
  });

  it('a spacer is a plain invisible block: no shadow root, no text, no test id, one badge line tall', () => {
    const twin = anchorIn(tables()[1], 0);
    showSpacer(twin);
    const spacer = twin.querySelector('.zaa-badge-spacer') as HTMLElement;
    expect(spacer.style.visibility).toBe('hidden');
    expect(spacer.style.display).toBe('block');
    expect(spacer.style.height).toBe('22px');
    expect(spacer.getAttribute('aria-hidden')).toBe('true');
    expect(spacer.shadowRoot).toBeNull();
    expect(spacer.childNodes).toHaveLength(0);
    expect(twin.querySelector('[data-testid]')).toBeNull();
    // Fitted to a taller badge, it stays one spacer.
    expect(showSpacer(twin, 42)).toBe(spacer);
    expect(twin.querySelectorAll('.zaa-badge-spacer')).toHaveLength(1);
    expect(spacer.style.height).toBe('42px');
  });
});
