import type { RowStatus } from '../utils/roster/model';
import { t } from '../utils/i18n';
import { STATUS_ICON } from './status-style';

/** A status as icon + text (colour is never the only carrier). */
export function StatusPill({ status }: { status: RowStatus }) {
  return (
    <span class="zaa-pill" data-status={status}>
      <span aria-hidden="true">{STATUS_ICON[status]}</span>
      <span>{t(`status.${status}`)}</span>
    </span>
  );
}
