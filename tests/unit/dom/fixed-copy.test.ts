import { describe, it, expect, beforeEach } from 'vitest';
import { fixedCopyTwins } from '../../../utils/dom/table';
import { showBadge } from '../../../components/row-badge';

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

  it('a spacer badge is invisible and carries no test id', () => {
    const twin = anchorIn(tables()[1], 0);
    showBadge(twin, { email: 'a@x.pl', status: 'active', label: 'Active' }, true);
    const host = twin.querySelector('.zaa-badge-spacer') as HTMLElement;
    expect(host.style.visibility).toBe('hidden');
    expect(host.getAttribute('aria-hidden')).toBe('true');
    expect(host.shadowRoot!.querySelector('[data-testid]')).toBeNull();
  });
});
