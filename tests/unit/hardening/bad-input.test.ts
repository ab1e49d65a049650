/**
 * The bad-input corpus (tests/fixtures/bad-input/corpus.json) through the email check, the booking
 * list adapter, reconcile, the overlay's item view and the Zoom import CSV.
 */
import { Fragment, h, render } from 'preact';
import Papa from 'papaparse';
import { checkEmail, type EmailCheck } from '../../../utils/roster/email';
import { translate } from '../../../utils/i18n/translate';
import { emailReasonMessage } from '../../../utils/view/email-reason';
import { reconcile } from '../../../utils/roster/reconcile';
import { EMPLOYEE_STATUSES, type Employee } from '../../../utils/roster/model';
import { buildZoomImportCsv } from '../../../utils/roster/csv';
import { readResourceList } from '../../../utils/booking/resource-list';
import { collapseWhitespace } from '../../../utils/dom/labels';
import { EmployeeItem } from '../../../components/EmployeeItem';
import {
  CORPUS_EMAILS,
  CORPUS_NAMES,
  CORPUS_PATH,
  CORPUS_TENANT,
  corpusBookingPage,
  corpusRows,
} from '../../fixtures/bad-input/page';

const TODAY = '2026-11-20';
/** The contract's trimming: whitespace only (a BOM or zero-width character is not trimmed, it is reported). */
const EDGE_SPACES =
  /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;
const noZoom = { users: [], coverage: 'none' as const, readable: true, invitations: [] };

function expectReason(check: Extract<EmailCheck, { kind: 'invalid' }>): void {
  const { key, params } = emailReasonMessage(check.reason);
  const [inPolish, inEnglish] = [translate('pl', key, params), translate('en', key, params)];
  expect(inPolish.trim().length).toBeGreaterThan(5);
  expect(inEnglish.trim().length).toBeGreaterThan(5);
  expect(inPolish).not.toBe(inEnglish);
}

describe('the corpus', () => {
  it('holds at least 50 nasty values, names and emails, each described', () => {
    expect(CORPUS_NAMES.length + CORPUS_EMAILS.length).toBeGreaterThanOrEqual(50);
    expect(CORPUS_EMAILS.filter((e) => e.kind === 'invalid').length).toBeGreaterThanOrEqual(30);
    for (const entry of [...CORPUS_NAMES, ...CORPUS_EMAILS]) expect(entry.note).not.toBe('');
    // The kinds of nastiness the issue lists are all there.
    const all = [...CORPUS_NAMES, ...CORPUS_EMAILS].map((e) => e.value);
    for (const probe of [
      /<script/,
      /javascript:/,
      /\u202e/,
      /\u200b/,
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the corpus must hold a NUL, which the contract rejects
      /\u0000/,
      /^=/,
      /mailto:/i,
      /münchen/,
      /\p{Extended_Pictographic}/u,
    ]) {
      expect(
        all.some((value) => probe.test(value)),
        String(probe),
      ).toBe(true);
    }
    expect(Math.max(...all.map((v) => v.length))).toBeGreaterThanOrEqual(300);
  });
});

describe('checkEmail over the corpus', () => {
  it.each(CORPUS_EMAILS.map((e) => [e.note, e] as const))('%s: the kind the contract gives', (_note, entry) => {
    const check = checkEmail(entry.value);
    expect(check.kind).toBe(entry.kind);
    if (check.kind === 'invalid') {
      expectReason(check);
      // data-email of an invalid address is the trimmed text as written.
      expect(check.text).toBe(entry.value.replace(EDGE_SPACES, ''));
    }
    if (check.kind === 'valid') {
      expect(check.email).toBe(check.email.toLowerCase());
      expect(check.email).not.toMatch(/^mailto:|\s|[<>]/i);
    }
  });

  it.each(CORPUS_NAMES.map((n) => [n.note, n.value] as const))(
    'a name typed into the email field (%s) is classified with a reason',
    (_note, value) => {
      const check = checkEmail(value);
      expect(['empty', 'invalid', 'valid']).toContain(check.kind);
      if (check.kind === 'invalid') expectReason(check);
    },
  );

  it('answers the same for the same text, however often it is asked (cache)', () => {
    for (const entry of CORPUS_EMAILS) expect(checkEmail(entry.value)).toEqual(checkEmail(String(entry.value)));
  });
});

describe('the booking list adapter over the corpus page', () => {
  const rows = corpusRows();
  function load(): Document {
    return new DOMParser().parseFromString(corpusBookingPage(rows), 'text/html');
  }

  it('reads every row, names as the page shows them and emails as written', () => {
    const doc = load();
    const read = readResourceList(doc, `${CORPUS_TENANT}${CORPUS_PATH}`);
    if ('problem' in read) throw new Error(read.detail);
    expect(read.generation).toBe('table');
    expect(read.listShowsEmails).toBe(true);
    const cells = Array.from(doc.querySelectorAll('tr'))
      .slice(1)
      .map((tr) => tr.querySelectorAll('td'));
    expect(read.rows.map((r) => r.name)).toEqual(cells.map((td) => collapseWhitespace(td[0].textContent ?? '')));
    read.rows.forEach((row, index) => {
      // The adapter collapses whitespace runs (a newline inside stays a space: still invalid).
      const shown = collapseWhitespace(cells[index][2].textContent ?? '');
      expect(row.rawEmail === '' || shown.includes(row.rawEmail ?? '\u0000'), `row ${index}: ${row.rawEmail}`).toBe(true);
      // No edit link ever points at script: the payload links are not edit targets.
      if (row.editUrl) expect(new URL(row.editUrl).origin).toBe(CORPUS_TENANT);
    });
  });

  it('reads a cell with two linked addresses as two addresses (invalid), not as the first one', () => {
    const doc = new DOMParser().parseFromString(
      corpusBookingPage([{ name: 'Anna Dwa Adresy', email: 'x', cell: 'text' }]).replace(
        '<td>x</td>',
        '<td><a href="mailto:anna@salon-ania.pl">anna@salon-ania.pl</a>, <a href="mailto:jan@salon-ania.pl">jan@salon-ania.pl</a></td>',
      ),
      'text/html',
    );
    const read = readResourceList(doc, `${CORPUS_TENANT}${CORPUS_PATH}`);
    if ('problem' in read) throw new Error(read.detail);
    expect(read.rows).toHaveLength(1);
    const check = checkEmail(read.rows[0].rawEmail);
    expect(check.kind).toBe('invalid');
    expect(check.kind === 'invalid' && check.problem).toBe('several');
  });

  it('gives every resource one of the eight statuses, invalid ones with a reason in both languages', () => {
    const read = readResourceList(load(), `${CORPUS_TENANT}${CORPUS_PATH}`);
    if ('problem' in read) throw new Error(read.detail);
    const employees: Employee[] = read.rows.map((row, order) => ({
      tenant: 'korpus.zarezerwuj.pl',
      name: row.name,
      rawEmail: row.rawEmail,
      readAt: 0,
      order,
    }));
    const result = reconcile(employees, noZoom, TODAY);
    expect(result.employees).toHaveLength(rows.length);
    for (const r of result.employees) {
      expect(EMPLOYEE_STATUSES).toContain(r.status);
      const check = checkEmail(r.employee.rawEmail);
      const expected = check.kind === 'empty' ? 'no-email' : check.kind === 'invalid' ? 'invalid-email' : 'unverified';
      expect(r.status, JSON.stringify(r.employee.rawEmail)).toBe(expected);
      if (r.status === 'invalid-email') {
        // The reason the item shows is the address's own (a code the catalogue says).
        expect(r.invalidReason).toEqual(check.kind === 'invalid' ? check.reason : undefined);
        expect(translate('en', emailReasonMessage(r.invalidReason!).key)).toBeTruthy();
      }
    }
    expect(result.counts['invalid-email']).toBeGreaterThanOrEqual(30);
  });
});

describe('the overlay item view over the corpus', () => {
  it('shows every name and address as text: no element, no handler, no link from page text', () => {
    const host = document.createElement('ul');
    document.body.append(host);
    const employees: Employee[] = corpusRows().map((row, order) => ({
      tenant: 't',
      name: row.name,
      rawEmail: row.email,
      readAt: 0,
      order,
    }));
    const result = reconcile(employees, noZoom, TODAY);
    render(
      h(Fragment, null, ...result.employees.map((r) => h(EmployeeItem, { result: r, testId: 'zaa-resource', warnDays: 5 }))),
      host,
    );
    expect(host.querySelectorAll('img, script, svg, iframe, a, b')).toHaveLength(0);
    const all = host.querySelectorAll('*');
    for (const element of Array.from(all)) {
      for (const attribute of Array.from(element.attributes)) expect(attribute.name).not.toMatch(/^on/);
    }
    const items = host.querySelectorAll('[data-testid="zaa-resource"]');
    expect(items).toHaveLength(employees.length);
    items.forEach((item, index) => {
      expect(item.getAttribute('data-name')).toBe(employees[index].name);
      expect(item.querySelector('.zaa-item-name')?.textContent).toBe(employees[index].name);
      expect(EMPLOYEE_STATUSES).toContain(item.getAttribute('data-status'));
    });
    render(null, host);
    host.remove();
  });
});

describe('the Zoom import CSV over the corpus', () => {
  it('never starts a name cell with a formula character, and keeps valid addresses exactly', () => {
    const people = corpusRows().map((row) => ({ name: row.name, email: row.email }));
    const [file] = buildZoomImportCsv(people);
    const parsed = Papa.parse<string[]>(file, { skipEmptyLines: true }).data.slice(1);
    expect(parsed.length).toBe(
      new Set(people.map((p) => checkEmail(p.email)).flatMap((c) => (c.kind === 'valid' ? [c.email] : []))).size,
    );
    for (const [email, first, last] of parsed) {
      expect(checkEmail(email).kind).toBe('valid');
      for (const cell of [first, last]) expect(cell.length > 1 && /^[=+\-@\t\r]/.test(cell), cell).toBe(false);
    }
  });
});
