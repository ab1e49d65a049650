import type { ComponentChildren } from 'preact';
import type { PanelNotice } from '../utils/view/panel-model';
import { t, type MessageKey } from '../utils/i18n';

/** One message that tells the admin something is wrong or to do. */
export function Notice({ notice, children }: { notice: PanelNotice; children?: ComponentChildren }) {
  const key = noticeKey(notice);
  return (
    <div class="zaa-notice" data-testid="zaa-notice" data-kind={notice.kind} role="status">
      {t(key, notice.params)}
      {children}
    </div>
  );
}

function noticeKey(notice: PanelNotice): MessageKey {
  if (notice.kind === 'resend-soon') return 'resendSoon';
  return `notice.${notice.kind}` as MessageKey;
}
