import { render } from 'preact';
import { POPUP_CSS } from '../../components/popup/popup-css';
import { WelcomeApp } from '../../features/welcome/WelcomeApp';
import { language, t } from '../../utils/i18n';

// An unlisted page (welcome.html): opened once after installing, and from the popup.
document.documentElement.lang = language.value;
document.title = t('welcome.title');
const style = document.createElement('style');
style.textContent = POPUP_CSS;
document.head.append(style);

const root = document.getElementById('app');
if (!root) throw new Error('welcome/index.html has no #app element');
render(<WelcomeApp />, root);
