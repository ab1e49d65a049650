import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { en } from '../../utils/i18n/messages';
import { toBrowserMessages } from '../../utils/i18n/locales';

// The fake browser has no i18n: serve the English catalogue the way the built extension does.
const englishMessages = toBrowserMessages(en);
const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
i18n.getMessage = (name: string) => englishMessages[name]?.message.replace(/\$\$/g, '$') ?? '';
i18n.getUILanguage = () => 'en-US';
