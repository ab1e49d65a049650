import { render } from 'preact';
import { OptionsApp } from '../../features/popup/OptionsApp';
import { POPUP_CSS } from '../../components/popup/popup-css';
import { language, t } from '../../utils/i18n';

document.documentElement.lang = language.value;
document.title = t('settings.title');
const style = document.createElement('style');
style.textContent = POPUP_CSS;
document.head.append(style);

render(<OptionsApp />, document.getElementById('app')!);
