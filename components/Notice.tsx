import type { ComponentChildren } from 'preact';
import { noticeMessageKey, type PanelNotice } from '../utils/view/panel-model';
import { t } from '../utils/i18n';
import { typoParams } from './notice-text';

/** The notice in full, in the drawer; for probable typos, each employee with an "include anyway" control when given. */
export function NoticeDetails({
  notice,
  onToggleTypo,
  children,
}: {
  notice: PanelNotice;
  onToggleTypo?: (email: string) => void;
  children?: ComponentChildren;
}) {
  return (
    <div class="zaa-notice-detail" data-kind={notice.kind}>
      <p>{t(noticeMessageKey(notice), notice.params)}</p>
      {notice.typos && (
        <ul class="zaa-typos">
          {notice.typos.map((typo) => (
            <li data-email={typo.email} data-suggestion={typo.suggestion}>
              <span>{t('typoItem', typoParams(typo))}</span>
              {onToggleTypo ? (
                <label class="zaa-inline">
                  <input
                    type="checkbox"
                    data-testid="zaa-include-typo"
                    checked={typo.included}
                    aria-label={`${t('includeAnyway')}: ${typo.name} (${typo.email})`}
                    onChange={() => onToggleTypo(typo.email)}
                  />
                  {t('includeAnyway')}
                </label>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}
