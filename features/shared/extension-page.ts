/**
 * Mounts one of our extension pages (popup, options, welcome): the page speaks the admin's
 * language (screen readers pick the voice from `lang`), carries its title, and gets the pages' sheet.
 */
import { render, type ComponentChild } from 'preact';
import { POPUP_CSS } from '../../components/popup/popup-css';
import { language, t, type MessageKey } from '../../utils/i18n';

export function mountExtensionPage(app: ComponentChild, titleKey: MessageKey, page: string): void {
  document.documentElement.lang = language.value;
  document.title = t(titleKey);
  const style = document.createElement('style');
  style.textContent = POPUP_CSS;
  document.head.append(style);
  const root = document.getElementById('app');
  if (!root) throw new Error(`${page}/index.html has no #app element`);
  render(app, root);
}
