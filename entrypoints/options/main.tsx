import { mountExtensionPage } from '../../features/shared/extension-page';
import { OptionsApp } from '../../features/popup/OptionsApp';

mountExtensionPage(<OptionsApp />, 'settings.title', 'options');
