import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Hosts the extension reads: the Zoom web portal (all regional and vanity hosts) and the booking system. */
export const ZOOM_HOST_PATTERNS = [
  'https://zoom.us/*',
  'https://*.zoom.us/*',
  'https://zoomgov.com/*',
  'https://*.zoomgov.com/*',
];
export const BOOKING_HOST_PATTERNS = ['https://zarezerwuj.pl/*', 'https://*.zarezerwuj.pl/*'];

export default defineConfig({
  // Parallel builds (several people or tests at once) can each use their own folder.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'pl',
    permissions: ['storage'],
    host_permissions: [...ZOOM_HOST_PATTERNS, ...BOOKING_HOST_PATTERNS],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'roster-assistant-for-zoom@zarezerwuj-tools',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
