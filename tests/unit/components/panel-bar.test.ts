/**
 * The panels' bar (components/ZoomPanel.ts over PanelFrame.ts): plain DOM built once and updated in place by
 * the state's signals. What the contract and the e2e specs rely on (test ids, kinds, tones, aria) is checked
 * here in happy-dom; first-paint.spec.ts, panel-layout.spec.ts and admin-view.spec.ts check it on the pages.
 */
import { signal } from '@preact/signals-core';
import { afterEach, describe, expect, it } from 'vitest';
import { createScope, viewUpdates } from '../../../components/dom';
import { zoomPanel } from '../../../components/ZoomPanel';
import { bookingPanel, type FormReadingView } from '../../../components/BookingPanel';
import type { PrefillOutcomeView } from '../../../components/PrefillResult';
import { buildPanelModel, type PanelModel, type PanelNotice } from '../../../utils/view/panel-model';
import type { ReadAllStatus } from '../../../utils/view/read-all';
import { reconcile } from '../../../utils/roster/reconcile';
import type { Coverage, Employee, ZoomUser } from '../../../utils/roster/model';
import { translate } from '../../../utils/i18n/translate';

const today = '2026-11-26';
const employee = (order: number, name: string, rawEmail: string): Employee => ({
  tenant: 't.zarezerwuj.pl',
  name,
  rawEmail,
  readAt: 0,
  order,
});
const user = (email: string): ZoomUser => ({ host: 'zoom.us', email, state: 'active', firstSeen: 0, lastSeen: 0 });

function model(employees: Employee[], users: ZoomUser[], coverage: Coverage = 'complete', pageNotices: PanelNotice[] = []) {
  const result = reconcile(employees, { users, coverage, readable: true, invitations: [] }, today);
  return buildPanelModel({ result, coverage, pageNotices, hasRoster: true, warnDaysBeforeExpiry: 5 });
}

function zoomBar(first: PanelModel) {
  const scope = createScope();
  const state = {
    model: signal(first),
    open: signal(false),
    busy: signal(false),
    outcome: signal<PrefillOutcomeView | null>(null),
    readAll: signal<ReadAllStatus>({ state: 'idle' }),
    offered: signal(false),
    failed: signal(false),
    pressed: [] as string[],
  };
  const parts = zoomPanel(scope, {
    model: () => state.model.value,
    open: () => state.open.value,
    onToggleOpen: (value) => (state.open.value = value),
    floating: () => false,
    busy: () => state.busy.value,
    outcome: () => state.outcome.value,
    selection: () => ({ enabled: false, selected: new Set() }),
    onPrefill: () => state.pressed.push('prefill'),
    teach: () => ({ prominent: false, canForget: false, onTeach: () => state.pressed.push('teach'), onForget: () => {} }),
    readAll: {
      offered: () => state.offered.value,
      status: () => state.readAll.value,
      onStart: () => state.pressed.push('read-all'),
      onStop: () => state.pressed.push('stop'),
    },
    drawerNotLoaded: () => state.failed.value,
  });
  document.body.append(parts.root);
  const q = <T extends Element = HTMLElement>(selector: string) => parts.root.querySelector<T & HTMLElement>(selector);
  return { scope, state, parts, q };
}

const built: { scope: { dispose(): void }; parts: { root: HTMLElement } }[] = [];
afterEach(() => {
  for (const { scope, parts } of built.splice(0)) {
    scope.dispose();
    parts.root.remove();
  }
  viewUpdates.later = null;
});
function made<T extends (typeof built)[number]>(bar: T): T {
  built.push(bar);
  return bar;
}

describe('the Zoom panel bar', () => {
  it('says one sentence, offers one primary action, and keeps the contract’s attributes', () => {
    const bar = made(
      zoomBar(model([employee(0, 'Anna', 'anna@x.pl'), employee(1, 'Dorota', 'dorota@x.pl')], [user('anna@x.pl')])),
    );
    const { q, parts } = bar;
    expect(parts.root.getAttribute('data-testid')).toBe('zaa-panel');
    expect(parts.root.getAttribute('data-coverage')).toBe('complete');
    expect(parts.root.getAttribute('lang')).toBe('en');
    expect(parts.root.className).toBe('zaa-panel');
    expect(parts.root.getAttribute('aria-label')).toBe(`${translate('en', 'extName')}: ${translate('en', 'panelTitle')}`);
    const headline = q('.zaa-headline')!;
    expect(headline.getAttribute('role')).toBe('status');
    expect(headline.getAttribute('data-tone')).toBe('todo');
    expect(headline.hasAttribute('data-testid'), 'a step, not a notice').toBe(false);
    expect(headline.textContent).toBe(
      translate('en', bar.state.model.value.headline.said.key, bar.state.model.value.headline.said.params),
    );
    const prefill = q<HTMLButtonElement>('[data-testid="zaa-prefill"]')!;
    expect(prefill.textContent).toBe('Prefill 1 missing');
    expect(prefill.className).toBe('zaa-btn zaa-primary');
    expect(q('[data-testid="zaa-teach"]')).not.toBeNull();
    expect(q('[data-testid="zaa-read-all"]'), 'not offered').toBeNull();
    const toggle = parts.toggle;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe('zaa-panel-body');
    expect(toggle.textContent).toBe('Expand ▾');
    const drawer = q('#zaa-panel-body')!;
    expect(drawer.localName).toBe('section');
    expect(drawer.hidden).toBe(true);
    expect(drawer.querySelector('.zaa-drawer-title')?.textContent).toBe(translate('en', 'panelTitle'));
    expect(drawer.contains(parts.drawerBody)).toBe(true);
    expect(q('.zaa-bar-notices'), 'nothing under the bar').toBeNull();
    prefill.click();
    expect(bar.state.pressed).toEqual(['prefill']);
  });

  it('updates in place: the same buttons after a state change, so a focused one keeps the focus', () => {
    const bar = made(zoomBar(model([employee(0, 'Dorota', 'dorota@x.pl')], [])));
    const prefill = bar.q<HTMLButtonElement>('[data-testid="zaa-prefill"]')!;
    const teach = bar.q('[data-testid="zaa-teach"]')!;
    prefill.focus();
    expect(bar.parts.root.getRootNode()).toBe(document);
    expect(document.activeElement).toBe(prefill);
    bar.state.model.value = model([employee(0, 'Dorota', 'dorota@x.pl'), employee(1, 'Ewa', 'ewa@x.pl')], []);
    bar.state.busy.value = true;
    expect(bar.q('[data-testid="zaa-prefill"]')).toBe(prefill);
    expect(bar.q('[data-testid="zaa-teach"]')).toBe(teach);
    expect(prefill.textContent).toBe('Prefill 2 missing');
    expect(prefill.disabled).toBe(true);
    expect(document.activeElement, 'still focused').toBe(prefill);
    // A walk offered and then running: Read all comes before Prefill, which goes while pages are read.
    bar.state.busy.value = false;
    bar.state.offered.value = true;
    const readAll = bar.q('[data-testid="zaa-read-all"]')!;
    expect([...bar.q('.zaa-bar')!.querySelectorAll('button')].map((b) => b.dataset.testid ?? b.className)).toEqual([
      'zaa-read-all',
      'zaa-prefill',
      'zaa-teach',
      'zaa-btn zaa-toggle',
    ]);
    readAll.focus();
    bar.state.readAll.value = { state: 'running' };
    expect(bar.q('[data-testid="zaa-read-all"]')).toBe(readAll);
    expect(readAll.textContent).toBe('Stop');
    expect(bar.q('[data-testid="zaa-prefill"]')).toBeNull();
    expect(bar.q('[data-testid="zaa-read-all-progress"]')?.textContent).toBe(translate('en', 'readAll.starting'));
    expect(document.activeElement).toBe(readAll);
  });

  it('opens and closes the drawer; Escape closes it and gives the focus to the toggle', () => {
    const bar = made(zoomBar(model([employee(0, 'Anna', 'anna@x.pl')], [user('anna@x.pl')])));
    const { parts, state } = bar;
    const drawer = bar.q('#zaa-panel-body')!;
    parts.toggle.click();
    expect(state.open.value).toBe(true);
    expect(parts.toggle.getAttribute('aria-expanded')).toBe('true');
    expect(parts.toggle.textContent).toBe('Collapse ▴');
    expect(drawer.hidden).toBe(false);
    const inside = document.createElement('button');
    parts.drawerBody.append(inside);
    inside.focus();
    inside.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(state.open.value).toBe(false);
    expect(drawer.hidden).toBe(true);
    expect(parts.toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(parts.toggle);
    // Escape on a closed panel is the page's.
    const passed: string[] = [];
    document.addEventListener('keydown', (event) => passed.push(event.key), { once: true });
    parts.toggle.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(passed).toEqual(['Escape']);
  });

  it('shows page text as text: a name written as markup is said, never built', () => {
    const name = '<img src=x onerror="window.__pwned=1">';
    // A probable typo (one letter from a Zoom user's address): the bar names it in its notice's text.
    const bar = made(zoomBar(model([employee(0, name, 'dorota@x.pl')], [user('dorotb@x.pl')])));
    const notice = bar.q('.zaa-bar-notices [data-kind="probable-typo"]')!;
    expect(notice.getAttribute('data-testid')).toBe('zaa-notice');
    expect(notice.querySelector('button')?.textContent).toBe('Probable typo');
    expect(notice.querySelector('.zaa-sr')?.textContent).toContain(`${name}: dorota@x.pl in zarezerwuj.pl, dorotb@x.pl on Zoom`);
    expect(bar.parts.root.querySelector('img')).toBeNull();
    notice.querySelector('button')!.click();
    expect(bar.state.open.value, 'a notice title opens the panel').toBe(true);
    // Zoom's own words after Add, under the bar.
    bar.state.outcome.value = { count: 1, ok: true, add: { ok: false, text: '<b onclick="x()">Nie</b>' } };
    const result = bar.q('[data-testid="zaa-prefill-result"]')!;
    expect(result.textContent).toBe('<b onclick="x()">Nie</b>');
    expect(bar.parts.root.querySelector('b')).toBeNull();
    expect(bar.q('.zaa-bar-notices')!.firstElementChild, 'results first').toBe(result);
  });

  it('says a problem of the page as the headline notice, whole, and a drawer that did not load', () => {
    const bar = made(zoomBar(model([employee(0, 'Anna', 'anna@x.pl')], [], 'none', [{ kind: 'layout-unrecognised' }])));
    const headline = bar.q('.zaa-headline')!;
    expect(headline.getAttribute('data-testid')).toBe('zaa-notice');
    expect(headline.getAttribute('data-kind')).toBe('layout-unrecognised');
    expect(headline.getAttribute('data-tone')).toBe('problem');
    expect(headline.querySelector('.zaa-sr')?.textContent?.startsWith(' ')).toBe(true);
    expect(bar.parts.root.getAttribute('data-coverage')).toBe('none');
    bar.state.model.value = model([employee(0, 'Anna', 'anna@x.pl')], [user('anna@x.pl')]);
    expect(headline.hasAttribute('data-testid')).toBe(false);
    expect(headline.hasAttribute('data-kind')).toBe(false);
    expect(headline.querySelector('.zaa-sr')).toBeNull();
    expect(bar.q('[data-testid="zaa-panel-not-loaded"]')).toBeNull();
    bar.state.failed.value = true;
    const notLoaded = bar.q('#zaa-panel-body [data-testid="zaa-panel-not-loaded"]')!;
    expect(notLoaded.getAttribute('role')).toBe('alert');
    expect(notLoaded.textContent).toBe(translate('en', 'panelNotLoaded'));
  });

  it('waits for the next painted frame when told to (the Zoom overlay), and then shows the latest state', () => {
    const waiting: (() => void)[] = [];
    const bar = made(zoomBar(model([employee(0, 'Dorota', 'dorota@x.pl')], [])));
    viewUpdates.later = (run) => waiting.push(run);
    const prefill = bar.q('[data-testid="zaa-prefill"]')!;
    bar.state.model.value = model([employee(0, 'Dorota', 'dorota@x.pl'), employee(1, 'Ewa', 'ewa@x.pl')], []);
    bar.state.model.value = model([employee(0, 'D', 'd@x.pl'), employee(1, 'E', 'e@x.pl'), employee(2, 'F', 'f@x.pl')], []);
    expect(prefill.textContent, 'not in the task that changed it').toBe('Prefill 1 missing');
    expect(waiting.length).toBeGreaterThan(0);
    for (const run of waiting.splice(0)) run();
    expect(prefill.textContent).toBe('Prefill 3 missing');
  });
});

describe('the booking panel bar', () => {
  it('shows the forms being read with Stop, and leaves the no-roster notice to the Zoom page', () => {
    const scope = createScope();
    const reading = signal<FormReadingView | null>(null);
    const stopped: string[] = [];
    const parts = bookingPanel(scope, {
      model: () => model([employee(0, 'Anna', 'anna@x.pl')], [], 'partial'),
      open: () => false,
      onToggleOpen: () => {},
      reading: () => reading.value,
      onStopReading: () => stopped.push('stop'),
      teach: () => ({ prominent: true, canForget: false, onTeach: () => {}, onForget: () => {} }),
      drawerNotLoaded: () => false,
    });
    made({ scope, parts });
    document.body.append(parts.root);
    expect(parts.toggle.getAttribute('aria-controls')).toBe('zaa-booking-body');
    expect(parts.root.querySelector('.zaa-chip')).toBeNull();
    expect(parts.root.querySelector('[data-testid="zaa-teach"]')?.textContent).toBe(translate('en', 'teach.start'));
    reading.value = { done: 3, total: 10, running: true, stopped: false };
    const chip = parts.root.querySelector('.zaa-chip')!;
    expect(chip.getAttribute('title')).toBe(translate('en', 'readingForms', { done: 3, total: 10 }));
    expect(chip.querySelector('progress')?.value).toBe(3);
    const stop = [...parts.root.querySelectorAll('button')].find((b) => b.textContent === translate('en', 'stopReading'))!;
    stop.click();
    expect(stopped).toEqual(['stop']);
    reading.value = { done: 4, total: 10, running: false, stopped: true };
    expect(parts.root.querySelector('.zaa-chip')).toBe(chip);
    expect(chip.textContent).toBe(` ${translate('en', 'readStopped', { done: 4, total: 10 })}`);
    expect(stop.isConnected).toBe(false);
  });
});
