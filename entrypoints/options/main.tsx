import { render } from 'preact';
import { OptionsApp } from '../../features/popup/OptionsApp';
import { POPUP_CSS } from '../../components/popup/popup-css';
import { language, t } from '../../utils/i18n';

document.documentElement.lang = language.value;
document.title = t('settings.title');
const style = document.createElement('style');
style.textContent = POPUP_CSS;
document.head.append(style);

const root = document.getElementById('app');
if (!root) throw new Error('options/index.html has no #app element');
render(<OptionsApp />, root);
