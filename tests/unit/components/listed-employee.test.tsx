import { describe, it, expect, afterEach, vi } from 'vitest';
import { render } from 'preact';
import { ListedEmployee } from '../../../components/EmployeeItem';
import { language, type Language } from '../../../utils/i18n';
import type { EmployeeResult } from '../../../utils/roster/reconcile';

const result = (name: string, email: string, extra: Partial<EmployeeResult> = {}): EmployeeResult => ({
  employee: { tenant: 't', name, rawEmail: email, readAt: 0, order: 0 },
  status: 'active',
  email,
  sharedBy: 1,
  ...extra,
});

describe('ListedEmployee: a long list re-renders only the employees whose view changed', () => {
  const host = document.createElement('ul');
  const before = language.value;
  afterEach(() => {
    render(null, host);
    host.remove();
    language.value = before;
    vi.restoreAllMocks();
  });

  function show(results: EmployeeResult[], lang: Language, selected = new Set<string>()) {
    render(
      results.map((r) => (
        <ListedEmployee result={r} lang={lang} testId="zaa-employee" warnDays={5} selectable selected={selected.has(r.email)} />
      )),
      host,
    );
  }
  const items = () => [...host.querySelectorAll<HTMLElement>('[data-testid="zaa-employee"]')];

  it('skips equal results built anew, and re-renders the one that changed, a selection, or every item for a new language', () => {
    document.body.append(host);
    const renders = vi.spyOn(ListedEmployee.prototype, 'render');
    const first = () => [
      result('Anna', 'anna@x.pl'),
      result('Bartek', 'b@x.pl', { status: 'pending', daysLeft: 3 }),
      result('Cyla', 'c@x.pl'),
    ];
    language.value = 'en';
    show(first(), 'en');
    expect(renders).toHaveBeenCalledTimes(3);
    // A store answer that changes nothing: new objects, same view.
    show(first(), 'en');
    expect(renders).toHaveBeenCalledTimes(3);
    // One employee's status changed: only that item renders, and shows it.
    const next = first();
    next[2] = result('Cyla', 'c@x.pl', { status: 'inactive' });
    show(next, 'en');
    expect(renders).toHaveBeenCalledTimes(4);
    expect(items().map((i) => i.dataset.status)).toEqual(['active', 'pending', 'inactive']);
    // A name or a day count is part of the view too.
    next[1] = result('Bartek', 'b@x.pl', { status: 'pending', daysLeft: 2 });
    show(next, 'en');
    expect(renders).toHaveBeenCalledTimes(5);
    expect(items()[1].dataset.daysLeft).toBe('2');
    // Ticking one for the prefill re-renders that one.
    show(next, 'en', new Set(['anna@x.pl']));
    expect(renders).toHaveBeenCalledTimes(6);
    expect(items()[0].querySelector('input')!.checked).toBe(true);
    // A new language re-renders them all (their texts come through t(), which the comparison cannot see).
    language.value = 'pl';
    show(next, 'pl', new Set(['anna@x.pl']));
    expect(renders).toHaveBeenCalledTimes(9);
  });
});
