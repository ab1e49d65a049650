import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyBreakdown, type Attention, type AttentionBreakdown } from '../../../utils/roster/attention';
import type { Employee } from '../../../utils/roster/model';
import { reconcile } from '../../../utils/roster/reconcile';
import { translate, type Language } from '../../../utils/i18n/translate';
import { clearToolbarCount, reportToolbarCount, resetToolbarReport } from '../../../utils/store/client';
import type { ToolbarMessage } from '../../../utils/store/messages';
import {
  BADGE_COLOR,
  badgeText,
  createToolbarHandler,
  isToolbarMessage,
  toolbarTitle,
  type ToolbarAction,
} from '../../../features/toolbar/toolbar-button';
import { IDLE_ICON, WORKING_ICON } from '../../../features/toolbar/icons';

/** A toolbar action that keeps per-tab state the way the browser does, and can be made to fail. */
function fakeAction() {
  const tabs = new Map<number, { text?: string; color?: string; title?: string; icon?: Record<string, string> }>();
  const tab = (id: number) => tabs.get(id) ?? tabs.set(id, {}).get(id)!;
  let failure: Error | undefined;
  const guard = async () => {
    if (failure) throw failure;
  };
  const action: ToolbarAction = {
    setBadgeText: async ({ tabId, text }) => {
      await guard();
      tab(tabId).text = text;
    },
    setBadgeBackgroundColor: async ({ tabId, color }) => {
      await guard();
      tab(tabId).color = color;
    },
    setTitle: async ({ tabId, title }) => {
      await guard();
      tab(tabId).title = title;
    },
    setIcon: async ({ tabId, path }) => {
      await guard();
      tab(tabId).icon = path;
    },
  };
  return { action, tabs, fail: (error: Error) => (failure = error) };
}

const text = (language: Language) => (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate(language, key, params);

function attention(parts: Partial<AttentionBreakdown>): Attention {
  const breakdown = { ...emptyBreakdown(), ...parts };
  return { count: Object.values(breakdown).reduce((a, b) => a + b, 0), breakdown };
}

function message(payload: unknown): ToolbarMessage {
  return { channel: 'zaa-toolbar', name: 'setToolbarCount', payload: payload as Attention };
}

describe('setToolbarCount handler', () => {
  it("sets the count, colour and tooltip on the sender's tab only", async () => {
    const fake = fakeAction();
    const handle = createToolbarHandler(fake.action, text('en'));
    expect(await handle(message(attention({ missing: 2, expiring: 1 })), { tab: { id: 7 } })).toEqual({ ok: true });
    expect(fake.tabs.get(7)).toEqual({
      text: '3',
      color: BADGE_COLOR,
      title: '3 employees need you: 2 not on Zoom, 1 invitation expiring',
      icon: WORKING_ICON,
    });
    expect(fake.tabs.has(8)).toBe(false);
  });

  it('greys the icon again on a tab whose page features stopped', async () => {
    const fake = fakeAction();
    const handle = createToolbarHandler(fake.action, text('en'));
    await handle(message(attention({})), { tab: { id: 4 } });
    // Nothing to do, but the features run: the coloured icon, without a count.
    expect(fake.tabs.get(4)).toMatchObject({ text: '', icon: WORKING_ICON });
    await handle({ ...message(attention({})), idle: true }, { tab: { id: 4 } });
    expect(fake.tabs.get(4)).toMatchObject({ text: '', icon: IDLE_ICON });
    expect(IDLE_ICON['16']).toBe('icons/idle-16.png');
    expect(WORKING_ICON['128']).toBe('icons/128.png');
  });

  it('clears the badge and restores the default title when nothing is to do', async () => {
    const fake = fakeAction();
    const handle = createToolbarHandler(fake.action, text('en'));
    await handle(message(attention({ 'no-email': 1 })), { tab: { id: 3 } });
    await handle(message(attention({})), { tab: { id: 3 } });
    expect(fake.tabs.get(3)?.text).toBe('');
    expect(fake.tabs.get(3)?.title).toBe('Roster Assistant for Zoom');
  });

  it('refuses a sender without a tab and a malformed count, changing nothing', async () => {
    const fake = fakeAction();
    const handle = createToolbarHandler(fake.action, text('en'));
    expect(await handle(message(attention({ missing: 1 })), {})).toMatchObject({ ok: false });
    expect(await handle(message({ count: 5, breakdown: { missing: 1 } }), { tab: { id: 1 } })).toMatchObject({ ok: false });
    expect(await handle(message('<b>5</b>'), { tab: { id: 1 } })).toMatchObject({ ok: false });
    expect(fake.tabs.size).toBe(0);
  });

  it('answers with the error when the tab is gone', async () => {
    const fake = fakeAction();
    fake.fail(new Error('No tab with id: 9.'));
    const handle = createToolbarHandler(fake.action, text('en'));
    expect(await handle(message(attention({ missing: 1 })), { tab: { id: 9 } })).toEqual({
      ok: false,
      error: 'No tab with id: 9.',
    });
  });

  it('recognises only its own messages', () => {
    expect(isToolbarMessage(message(attention({})))).toBe(true);
    expect(isToolbarMessage({ channel: 'zaa-store', name: 'getSettings', payload: {} })).toBe(false);
    expect(isToolbarMessage(null)).toBe(false);
  });
});

describe('badge and tooltip texts', () => {
  it('keep the badge short', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(42)).toBe('42');
    expect(badgeText(1500)).toBe('999+');
  });

  it('name every kind, in English', () => {
    expect(toolbarTitle(attention({ missing: 1 }), text('en'))).toBe('1 employee needs you: 1 not on Zoom');
    expect(toolbarTitle(attention({ typo: 2, expired: 1, 'no-email': 1, 'invalid-email': 3 }), text('en'))).toBe(
      '7 employees need you: 2 probable typos, 1 invitation expired, 1 without an email, 3 with an invalid email',
    );
  });

  it('use Polish plural forms', () => {
    const pl = text('pl');
    expect(toolbarTitle(attention({ missing: 1 }), pl)).toBe('1 pracownik wymaga Twojej uwagi: 1 bez konta na Zoomie');
    expect(toolbarTitle(attention({ missing: 2, expiring: 1 }), pl)).toBe(
      '3 pracowników wymaga Twojej uwagi: 2 bez konta na Zoomie, 1 zaproszenie wkrótce wygaśnie',
    );
    expect(toolbarTitle(attention({ expiring: 3, expired: 2 }), pl)).toBe(
      '5 pracowników wymaga Twojej uwagi: 2 zaproszenia wygasły, 3 zaproszenia wkrótce wygasną',
    );
    expect(toolbarTitle(attention({ typo: 5, expired: 12 }), pl)).toBe(
      '17 pracowników wymaga Twojej uwagi: 5 prawdopodobnych literówek, 12 zaproszeń wygasło',
    );
    expect(toolbarTitle(attention({}), pl)).toBe('Roster Assistant for Zoom');
  });
});

describe('reportToolbarCount (client)', () => {
  const roster: Employee[] = [
    { tenant: 't.zarezerwuj.pl', name: 'A', rawEmail: 'a@firma.pl', readAt: 1, order: 0 },
    { tenant: 't.zarezerwuj.pl', name: 'B', rawEmail: '', readAt: 1, order: 1 },
  ];
  const result = reconcile(roster, { users: [], coverage: 'complete', readable: true, invitations: [] }, '2026-11-20');
  let received: unknown[];

  beforeEach(() => {
    fakeBrowser.reset();
    resetToolbarReport();
    received = [];
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => {
      received.push(m);
      return Promise.resolve({ ok: true });
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('sends the count from a reconcile result, once per change', async () => {
    await reportToolbarCount(result, 5);
    await reportToolbarCount(result, 5); // the same outcome: nothing sent
    expect(received).toEqual([message(attention({ missing: 1, 'no-email': 1 }))]);
    await clearToolbarCount();
    expect(received).toHaveLength(2);
    expect(received[1]).toEqual({ ...message(attention({})), idle: true });
  });

  it('tells a stop from a read that found nothing to do', async () => {
    const nothing = reconcile([], { users: [], coverage: 'complete', readable: true, invitations: [] }, '2026-11-20');
    await reportToolbarCount(nothing, 5);
    await clearToolbarCount();
    await reportToolbarCount(nothing, 5);
    expect(received.map((m) => (m as ToolbarMessage).idle ?? false)).toEqual([false, true, false]);
  });

  it('never throws into the page, and tries again at the next read after a failure', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    send.mockRejectedValueOnce(new Error('Extension context invalidated.'));
    await expect(reportToolbarCount(result, 5)).resolves.toBeUndefined();
    await reportToolbarCount(result, 5);
    expect(send).toHaveBeenCalledTimes(2);
    expect(received).toHaveLength(1);
  });
});
