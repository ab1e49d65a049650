import { noticeMessageKey, type PanelNotice, type TypoItem } from '../utils/view/panel-model';
import { t } from '../utils/i18n';

/**
 * The notice's whole text, as plain text (page text goes in as text, never as markup): for the bar's
 * assistive text. Apart from Notice.tsx, whose full view comes with the opened panel after the first paint.
 */
export function noticeText(notice: PanelNotice): string {
  const main = t(noticeMessageKey(notice), notice.params);
  if (!notice.typos) return main;
  const items = notice.typos.map((typo) => t('typoItem', typoParams(typo)) + (typo.included ? ` (${t('typoIncluded')})` : ''));
  return `${items.join('; ')}. ${main}`;
}

export function typoParams(typo: TypoItem): Record<string, string> {
  return { name: typo.name, email: typo.email, suggestion: typo.suggestion };
}
