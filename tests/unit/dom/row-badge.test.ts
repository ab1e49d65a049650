import { describe, it, expect } from 'vitest';
import { showBadge, removeAllBadges, badgeHostIn } from '../../../components/row-badge';

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

  it('removes every badge on teardown', () => {
    document.body.innerHTML = '<p id="a"></p><p id="b"></p>';
    showBadge(document.getElementById('a')!, { email: 'a@x.pl', status: 'missing', label: 'x' });
    showBadge(document.getElementById('b')!, { email: 'b@x.pl', status: 'not-in-booking', label: 'x' });
    removeAllBadges(document);
    expect(document.querySelectorAll('.zaa-badge-host')).toHaveLength(0);
  });
});
