import { describe, it, expect } from 'vitest';
import { showBadge, removeAllBadges, badgeHostIn, releaseHost, reserveBadge } from '../../../components/row-badge';

describe('row badges', () => {
  it('puts one badge per anchor and updates it in place', () => {
    document.body.innerHTML = '<table><tr><td id="cell">anna@x.pl</td></tr></table>';
    const cell = document.getElementById('cell')!;
    expect(showBadge(cell, { email: 'anna@x.pl', status: 'pending', label: 'Pending', name: 'Anna', daysLeft: 3 })).toBe(true);
    expect(showBadge(cell, { email: 'anna@x.pl', status: 'pending', label: 'Pending', name: 'Anna', daysLeft: 3 })).toBe(false);
    showBadge(cell, { email: 'anna@x.pl', status: 'active', label: 'Active', name: 'Anna' });
    const hosts = cell.querySelectorAll('.zaa-badge-host');
    expect(hosts).toHaveLength(1);
    const badge = hosts[0].shadowRoot!.querySelector('[data-testid="zaa-row-badge"]')!;
    expect(badge.getAttribute('data-status')).toBe('active');
    expect(badge.getAttribute('data-email')).toBe('anna@x.pl');
    expect(badge.hasAttribute('data-days-left')).toBe(false);
    expect(hosts[0].shadowRoot!.mode).toBe('open');
  });

  it('shows page text as text, never as HTML', () => {
    document.body.innerHTML = '<div id="a"></div>';
    const anchor = document.getElementById('a')!;
    const name = 'Recepcja <img src=x onerror="window.__pwned=1"> & "cytat"';
    showBadge(anchor, { email: 'r@x.pl', status: 'active', label: 'Active', name, showName: true });
    const shadow = badgeHostIn(anchor)!.shadowRoot!;
    expect(shadow.querySelector('img')).toBeNull();
    expect(shadow.querySelector('.zaa-name')!.textContent).toBe(name);
    expect(shadow.querySelector('[data-testid="zaa-row-badge"]')!.getAttribute('data-name')).toBe(name);
  });

  it('a badge taken back for another row shows only that row: nothing of the row it came from', () => {
    document.body.innerHTML = '<table><tr><td id="a">a@x.pl</td></tr><tr><td id="b">b@x.pl</td></tr></table>';
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    showBadge(a, {
      email: 'a@x.pl',
      status: 'pending',
      label: 'Pending',
      name: 'Anna',
      showName: true,
      detail: '2 days left · Resend',
      daysLeft: 2,
      warn: true,
      title: 'Resend soon',
    });
    const host = badgeHostIn(a)!;
    releaseHost(host);
    showBadge(b, { email: 'b@x.pl', status: 'active', label: 'Active', name: 'Bartek' });
    expect(badgeHostIn(b), 'the released badge is reused').toBe(host);
    const shadow = host.shadowRoot!;
    const badge = shadow.querySelector('[data-testid="zaa-row-badge"]')!;
    expect(badge.getAttribute('data-email')).toBe('b@x.pl');
    expect(badge.getAttribute('data-status')).toBe('active');
    expect(badge.getAttribute('data-name')).toBe('Bartek');
    expect(badge.hasAttribute('data-days-left')).toBe(false);
    // Its tooltip names only the extension now, not the other row's hint.
    expect(badge.getAttribute('title')).toBe('Roster Assistant for Zoom');
    expect(badge.classList.contains('zaa-warn')).toBe(false);
    expect(shadow.querySelector('.zaa-pill')!.getAttribute('data-status')).toBe('active');
    expect(shadow.querySelector('.zaa-pill')!.textContent).toBe('✓Active');
    const name = shadow.querySelector<HTMLElement>('.zaa-name')!;
    expect([name.textContent, name.hidden]).toEqual(['', true]);
    const detail = shadow.querySelector<HTMLElement>('.zaa-detail')!;
    expect([detail.textContent, detail.hidden]).toEqual(['', true]);
    // And back: the same badge for a pending row again shows all of it.
    showBadge(b, { email: 'b@x.pl', status: 'pending', label: 'Pending', name: 'Bartek', showName: true, detail: '5 days left' });
    expect([name.textContent, name.hidden, detail.textContent, detail.hidden]).toEqual(['Bartek', false, '5 days left', false]);
    expect(shadow.querySelector('.zaa-pill')!.textContent).toBe('…Pending');
  });

  it('a badge in a table cell is drawn only near the viewport; elsewhere it keeps its plain box', () => {
    document.body.innerHTML = '<table><tr><td id="cell">a@x.pl</td></tr></table><ul><li id="item">b@x.pl</li></ul>';
    const cell = document.getElementById('cell')!;
    const item = document.getElementById('item')!;
    showBadge(cell, { email: 'a@x.pl', status: 'active', label: 'Active' });
    showBadge(item, { email: 'b@x.pl', status: 'active', label: 'Active' });
    expect(badgeHostIn(cell)!.classList.contains('zaa-badge-lazy')).toBe(true);
    expect(badgeHostIn(item)!.classList.contains('zaa-badge-lazy')).toBe(false);
    // Taken back and put in a list item, it leaves the table cell's way behind.
    const host = badgeHostIn(cell)!;
    releaseHost(host);
    item.replaceChildren('c@x.pl');
    showBadge(item, { email: 'a@x.pl', status: 'active', label: 'Active' });
    expect(badgeHostIn(item)).toBe(host);
    expect(host.classList.contains('zaa-badge-lazy')).toBe(false);
  });

  it("holds a row's place with an empty host, then fills that same host without touching the page's tree", () => {
    document.body.innerHTML = '<table><tr><td id="cell">a@x.pl</td></tr></table>';
    const cell = document.getElementById('cell')!;
    reserveBadge(cell, 'a@x.pl');
    const host = badgeHostIn(cell)!;
    expect(host.classList.contains('zaa-badge-spacer')).toBe(true);
    expect(host.shadowRoot!.querySelector('[data-testid="zaa-row-badge"]')).toBeNull();
    // Held again (a second read before the badge came): still the one host, still empty.
    reserveBadge(cell, 'a@x.pl');
    expect(cell.querySelectorAll('.zaa-badge-host')).toHaveLength(1);
    const pageChanges: MutationRecord[] = [];
    const observer = new MutationObserver((records) => pageChanges.push(...records));
    observer.observe(document.body, { subtree: true, childList: true });
    expect(showBadge(cell, { email: 'a@x.pl', status: 'active', label: 'Active' })).toBe(true);
    expect(badgeHostIn(cell)).toBe(host);
    expect(host.classList.contains('zaa-badge-spacer')).toBe(false);
    expect(host.shadowRoot!.querySelector('[data-testid="zaa-row-badge"]')!.getAttribute('data-email')).toBe('a@x.pl');
    pageChanges.push(...observer.takeRecords());
    observer.disconnect();
    expect(pageChanges, 'no element added to or removed from the page').toEqual([]);
  });

  it("holding a row's place keeps a badge of the row's own address and empties one of another address", () => {
    document.body.innerHTML = '<table><tr><td id="cell">a@x.pl</td></tr></table>';
    const cell = document.getElementById('cell')!;
    showBadge(cell, { email: 'a@x.pl', status: 'active', label: 'Active' });
    const host = badgeHostIn(cell)!;
    const badge = () => host.shadowRoot!.querySelector('[data-testid="zaa-row-badge"]');
    reserveBadge(cell, 'a@x.pl');
    expect(badge()?.getAttribute('data-email')).toBe('a@x.pl');
    expect(host.classList.contains('zaa-badge-spacer')).toBe(false);
    // The page re-rendered the row in place for another person: the old badge goes before the new one comes.
    cell.firstChild!.textContent = 'b@x.pl';
    reserveBadge(cell, 'b@x.pl');
    expect(badgeHostIn(cell)).toBe(host);
    expect(badge()).toBeNull();
    expect(host.classList.contains('zaa-badge-spacer')).toBe(true);
    showBadge(cell, { email: 'b@x.pl', status: 'missing', label: 'Missing' });
    expect([badge()?.getAttribute('data-email'), badge()?.getAttribute('data-status')]).toEqual(['b@x.pl', 'missing']);
    // A held place taken back to the pool and given to another row as a badge shows only that row.
    reserveBadge(cell, 'c@x.pl');
    releaseHost(host);
    document.body.insertAdjacentHTML('beforeend', '<p id="p">d@x.pl</p>');
    const p = document.getElementById('p')!;
    showBadge(p, { email: 'd@x.pl', status: 'active', label: 'Active' });
    expect(badgeHostIn(p)).toBe(host);
    expect(badge()?.getAttribute('data-email')).toBe('d@x.pl');
    expect(host.classList.contains('zaa-badge-spacer')).toBe(false);
  });

  it('removes every badge on teardown', () => {
    document.body.innerHTML = '<p id="a"></p><p id="b"></p>';
    showBadge(document.getElementById('a')!, { email: 'a@x.pl', status: 'missing', label: 'x' });
    showBadge(document.getElementById('b')!, { email: 'b@x.pl', status: 'not-in-booking', label: 'x' });
    removeAllBadges(document);
    expect(document.querySelectorAll('.zaa-badge-host')).toHaveLength(0);
  });
});
