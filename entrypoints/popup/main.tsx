import { mountExtensionPage } from '../../features/shared/extension-page';
import { PopupApp } from '../../features/popup/PopupApp';

mountExtensionPage(<PopupApp />, 'appName', 'popup');
