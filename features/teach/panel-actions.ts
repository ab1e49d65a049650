/** The panels' teaching buttons from the session's state: put forward when the page needs teaching. */
import type { Signal } from '@preact/signals-core';
import type { TeachActionsProps } from '../../components/TeachPrompt';
import { t } from '../../utils/i18n';
import type { PanelNotice } from '../../utils/view/panel-model';
import { hasTaught, type TaughtHost } from './taught-host';

export function teachActions(
  notices: readonly PanelNotice[],
  taught: TaughtHost,
  onTeach: () => void,
  flash: Signal<string | null>,
): TeachActionsProps {
  return {
    prominent: notices.some((notice) => notice.kind === 'layout-unrecognised' || notice.kind === 'taught-layout-stale'),
    canForget: hasTaught(taught.layout.value),
    onTeach,
    onForget: () =>
      void taught.forget().then(
        () => (flash.value = t('teach.forgotten')),
        (error: Error) => (flash.value = String(error.message ?? error)),
      ),
  };
}
