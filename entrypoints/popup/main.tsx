import { render } from 'preact';
import { POPUP_CSS } from '../../components/popup/popup-css';
import { PopupApp } from '../../features/popup/PopupApp';
import { language, t } from '../../utils/i18n';

// The page speaks the admin's language (screen readers pick the voice from `lang`).
document.documentElement.lang = language.value;
document.title = t('appName');
const style = document.createElement('style');
style.textContent = POPUP_CSS;
document.head.append(style);

const root = document.getElementById('app');
if (!root) throw new Error('popup/index.html has no #app element');
render(<PopupApp />, root);
