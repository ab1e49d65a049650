/**
 * The background's side of the toolbar count: the number of employees that need the admin, on the
 * button of the tab that reported it (sender.tab.id: no `tabs` permission needed), with a tooltip
 * naming the kinds in the browser's language; cleared when there is nothing to do. The icon is coloured
 * on a tab whose page features run and grey (the manifest's default) everywhere else.
 * Plain functions over an action API, so they run (and are tested) without a browser.
 */
import { ATTENTION_KINDS, checkedAttention, type Attention } from '../../utils/roster/attention';
import type { MessageKey, MessageParams } from '../../utils/i18n';
import type { ToolbarMessage, ToolbarReply } from '../../utils/store/messages';
import { IDLE_ICON, WORKING_ICON, type IconPaths } from './icons';

/** The part of `browser.action` (MV3) / `browser.browserAction` (Firefox MV2) used here. */
export interface ToolbarAction {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
  setIcon(details: { tabId: number; path: IconPaths }): Promise<void>;
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Dark orange: white digits on it keep 4.5:1, and it reads as "to do" rather than as an error. */
export const BADGE_COLOR = '#B93D00';
/** The badge has room for about four characters. */
const BADGE_MAX = 999;

const KIND_KEYS: Record<(typeof ATTENTION_KINDS)[number], MessageKey> = {
  missing: 'toolbar.missing',
  typo: 'toolbar.typo',
  expired: 'toolbar.expired',
  expiring: 'toolbar.expiring',
  'no-email': 'toolbar.no-email',
  'invalid-email': 'toolbar.invalid-email',
};

export function isToolbarMessage(message: unknown): message is ToolbarMessage {
  const m = message as Partial<ToolbarMessage> | null;
  return typeof m === 'object' && m !== null && m.channel === 'zaa-toolbar' && m.name === 'setToolbarCount';
}

export function badgeText(count: number): string {
  return count === 0 ? '' : count > BADGE_MAX ? `${BADGE_MAX}+` : String(count);
}

/** "3 employees need you: 2 not on Zoom, 1 invitation expiring"; the extension's name when nothing to do. */
export function toolbarTitle(attention: Attention, text: Translate): string {
  if (attention.count === 0) return text('extName');
  const kinds = ATTENTION_KINDS.filter((kind) => attention.breakdown[kind] > 0).map((kind) =>
    text(KIND_KEYS[kind], { n: attention.breakdown[kind] }),
  );
  return text('toolbar.title', { n: attention.count, kinds: kinds.join(', ') });
}

/** Answers setToolbarCount for the sender's tab; never throws (the reply says what went wrong). */
export function createToolbarHandler(action: ToolbarAction, text: Translate) {
  return async (message: ToolbarMessage, sender: { tab?: { id?: number } }): Promise<ToolbarReply> => {
    const tabId = sender.tab?.id;
    // Extension pages (popup, options) have no tab of their own, and the count is always per tab.
    if (typeof tabId !== 'number' || tabId < 0) return { ok: false, error: 'The toolbar count is set only from a tab' };
    const attention = checkedAttention(message.payload);
    if (attention === null) return { ok: false, error: 'The toolbar count is not a valid count with its breakdown' };
    try {
      const writes: Promise<void>[] = [
        action.setBadgeText({ tabId, text: badgeText(attention.count) }),
        action.setTitle({ tabId, title: toolbarTitle(attention, text) }),
        action.setIcon({ tabId, path: message.idle ? IDLE_ICON : WORKING_ICON }),
      ];
      if (attention.count > 0) writes.push(action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }));
      await Promise.all(writes);
      return { ok: true };
    } catch (error) {
      // The tab may have closed or navigated away meanwhile: nothing to show it on any more.
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
