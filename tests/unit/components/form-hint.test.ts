/** The first paint's small views besides the bar: the form hint (booking) and the dialog's Prefill (Zoom). */
import { signal } from '@preact/signals-core';
import { afterEach, describe, expect, it } from 'vitest';
import { createScope } from '../../../components/dom';
import { formHint } from '../../../components/FormHint';
import { dialogPrefill } from '../../../components/DialogPrefill';
import type { PrefillOutcomeView } from '../../../components/PrefillResult';
import type { EmployeeResult } from '../../../utils/roster/reconcile';
import { translate } from '../../../utils/i18n/translate';

const employee = { tenant: 't.zarezerwuj.pl', name: '', rawEmail: '', readAt: 0, order: 0 };
const scope = createScope();
afterEach(() => scope.dispose());

describe('the form hint', () => {
  it('says the address’s status with its pill, a near match as text, and the Zoom list to open', () => {
    const result = signal<EmployeeResult | null>(null);
    const unchecked = signal(false);
    const hint = formHint(scope, {
      result: () => result.value,
      unchecked: () => unchecked.value,
      zoomHost: () => 'firma.zoom.us',
    });
    expect(hint.shown()).toBe(false);
    result.value = {
      employee,
      status: 'missing',
      email: 'dorota@x.pl',
      suggestion: '<img src=x onerror=alert(1)>@x.pl',
      sharedBy: 1,
    };
    expect(hint.shown()).toBe(true);
    const node = hint.node;
    expect(node.getAttribute('data-testid')).toBe('zaa-form-hint');
    expect(node.getAttribute('data-status')).toBe('missing');
    expect(node.getAttribute('data-email')).toBe('dorota@x.pl');
    expect(node.getAttribute('role')).toBe('status');
    expect(node.getAttribute('lang')).toBe('en');
    expect(node.querySelector('.zaa-pill')?.getAttribute('data-status')).toBe('missing');
    expect(node.textContent).toContain(translate('en', 'formHintMissing'));
    expect(node.textContent).toContain('Did you mean <img src=x onerror=alert(1)>@x.pl?');
    expect(node.querySelector('img')).toBeNull();
    const link = node.querySelector('a')!;
    expect(link.href).toBe('https://firma.zoom.us/account/user#/');
    expect(link.rel).toBe('noopener noreferrer');
    // Typed, not saved yet: not known to be missing; no near match, no link.
    unchecked.value = true;
    expect(node.getAttribute('data-status')).toBe('unverified');
    expect(node.textContent).toBe(`?${translate('en', 'status.unverified')}${translate('en', 'formHintUnchecked')}`);
    unchecked.value = false;
    result.value = { employee, status: 'active', email: 'dorota@x.pl', sharedBy: 1 };
    expect(node.getAttribute('data-status')).toBe('active');
    expect(node.querySelector('a')).toBeNull();
    expect(node.textContent).toContain(translate('en', 'formHintActive', { host: 'firma.zoom.us' }));
  });
});

describe('the Prefill button in Zoom’s Add Users dialog', () => {
  it('counts what it would fill, is disabled while busy, shows the last result under it, and stays one element', () => {
    const count = signal(0);
    const busy = signal(false);
    const outcome = signal<PrefillOutcomeView | null>(null);
    let pressed = 0;
    const node = dialogPrefill(scope, {
      count: () => count.value,
      busy: () => busy.value,
      outcome: () => outcome.value,
      onPrefill: () => pressed++,
    });
    const button = node.querySelector<HTMLButtonElement>('[data-testid="zaa-prefill"]')!;
    expect(button.className).toBe('zaa-btn zaa-ext-btn');
    expect(button.title).toBe(translate('en', 'extName'));
    expect(button.textContent).toBe(`RA${translate('en', 'prefill')}`);
    count.value = 2;
    busy.value = true;
    expect(node.querySelector('[data-testid="zaa-prefill"]')).toBe(button);
    expect(button.textContent).toBe('RAPrefill 2 missing');
    expect(button.disabled).toBe(true);
    expect(node.querySelector('[data-testid="zaa-prefill-result"]')).toBeNull();
    busy.value = false;
    outcome.value = { count: 2, ok: true };
    expect(node.querySelector('[data-testid="zaa-prefill-result"]')?.getAttribute('data-count')).toBe('2');
    button.click();
    expect(pressed).toBe(1);
  });
});
