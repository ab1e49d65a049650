import { mountExtensionPage } from '../../features/shared/extension-page';
import { WelcomeApp } from '../../features/welcome/WelcomeApp';

// An unlisted page (welcome.html): opened once after installing, and from the popup.
mountExtensionPage(<WelcomeApp />, 'welcome.title', 'welcome');
