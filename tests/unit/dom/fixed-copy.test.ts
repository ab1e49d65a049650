import { describe, it, expect } from 'vitest';
import { fixedCopyTwins } from '../../../utils/dom/table';
import { showBadge } from '../../../components/row-badge';

const row = (email: string) => `<tr><td><div class="cell"><input type="checkbox"></div></td><td><div class="cell">${email}</div></td><td><div class="cell"><button>Resend</button></div></td></tr>`;

describe('fixedCopyTwins', () => {
  document.body.innerHTML = `
    <div class="zm-table">
      <div class="zm-table__body-wrapper"><table><tbody>${row('a@x.pl')}${row('b@x.pl')}</tbody></table></div>
      <div class="zm-table__fixed-right"><div class="zm-table__fixed-body-wrapper"><table><tbody>${row('a@x.pl')}${row('b@x.pl')}</tbody></table></div></div>
    </div>`;
  const [bodyTable, copyTable] = [...document.querySelectorAll('table')];
  const anchorIn = (table: HTMLTableElement, r: number) => table.tBodies[0].rows[r].cells[1].firstElementChild!;

  it('finds the same place in the fixed copy, for each row', () => {
    expect(fixedCopyTwins(anchorIn(bodyTable, 1))).toEqual([anchorIn(copyTable, 1)]);
    expect(fixedCopyTwins(anchorIn(bodyTable, 0))).toEqual([anchorIn(copyTable, 0)]);
  });

  it('has no twins for a row of the copy itself, nor for a plain table', () => {
    expect(fixedCopyTwins(anchorIn(copyTable, 0))).toEqual([]);
    document.body.insertAdjacentHTML('beforeend', `<section><table><tbody>${row('c@x.pl')}</tbody></table></section>`);
    const plain = document.querySelector('section table') as HTMLTableElement;
    expect(fixedCopyTwins(anchorIn(plain, 0))).toEqual([]);
  });

  it('a spacer badge is invisible and carries no test id', () => {
    const twin = anchorIn(copyTable, 0);
    showBadge(twin, { email: 'a@x.pl', status: 'active', label: 'Active' }, true);
    const host = twin.querySelector('.zaa-badge-spacer') as HTMLElement;
    expect(host.style.visibility).toBe('hidden');
    expect(host.getAttribute('aria-hidden')).toBe('true');
    expect(host.shadowRoot!.querySelector('[data-testid]')).toBeNull();
  });
});
