import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { InlineConfig, Plugin } from 'vite';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import sharp from 'sharp';
import { en, pl } from './utils/i18n/messages';
import { toBrowserMessages } from './utils/i18n/locales';
import { ICON_SIZES, IDLE_ICON } from './features/toolbar/icons';

/** Hosts the extension reads: the Zoom web portal (all regional and vanity hosts) and the booking system. */
export const ZOOM_HOST_PATTERNS = [
  'https://zoom.us/*',
  'https://*.zoom.us/*',
  'https://zoomgov.com/*',
  'https://*.zoomgov.com/*',
];
export const BOOKING_HOST_PATTERNS = ['https://zarezerwuj.pl/*', 'https://*.zarezerwuj.pl/*'];
/** Custom booking domains: optional, asked for one host at a time. */
export const CUSTOM_BOOKING_HOST_PATTERN = 'https://*/*';

/**
 * WXT's content-script context posts '<extension id>:<script>:wxt:content-script-started' to the page's window
 * unless told not to (`noScriptStartedPostMessage`, set in both content scripts). The call stays in the bundle
 * behind that runtime switch; this takes it out, so no build can hand a page the extension's id. The
 * document event beside it (named with the id, so only a page that already knows the id can listen) still
 * stops an older copy of the script after an update. A WXT whose code no longer matches fails the build here.
 */
function withoutScriptStartedPostMessage(): Plugin {
  const call = /if \(!this\.options\?\.noScriptStartedPostMessage\) window\.postMessage\(\{[^}]*\}, "\*"\);/;
  return {
    name: 'roster-assistant:without-script-started-post-message',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/wxt/dist/utils/content-script-context.mjs')) return null;
      if (!call.test(code)) this.error("WXT's content-script context changed: check that it posts nothing to the page");
      return { code: code.replace(call, ''), map: null };
    },
  };
}

/**
 * Modules an overlay loads after its first paint (the panels' opened part, the open form's hint, the prefill,
 * teaching) run on the overlay's signals core: a second core would not track the state's signals, which the
 * overlay made with its own (and would weigh 1.6 KB more in each). The opened parts render with their own Preact
 * and @preact/signals (the overlays draw their bar in plain DOM and carry neither). They are built
 * like every unlisted script, with the core left out and read from what the overlay shares
 * (features/shared/shared-modules.ts). Not ES chunks: Chrome serves a web-accessible file asked for by its
 * dynamic URL under the extension's fixed one, so a chunk's relative import would be refused (use_dynamic_url).
 * A development build (NODE_ENV=development: wxt dev, or `npm run demo` from vite-node) bundles preact/debug
 * and jsx-dev-runtime into them with their Preact.
 */
const USES_OVERLAY_SIGNALS = new Set(['zoom-drawer', 'booking-drawer', 'booking-open-form', 'zoom-add-users', 'teach-overlay']);
const SHARED_PACKAGES: Record<string, string> = {
  '@preact/signals-core': '__zaaShared.signalsCore',
};

/**
 * Modules the booking content script has loaded anyway (to recognise the resource pages), which the booking
 * overlay and the open form's module read from it instead of bundling them again
 * (features/booking-resources/content-shared.ts).
 */
const USES_CONTENT_SCRIPT_MODULES = new Set(['booking-overlay', 'booking-open-form']);
const CONTENT_SCRIPT_MODULES: Record<string, string> = {
  [resolve(import.meta.dirname, 'utils/booking/page.ts')]: '__zaaBookingShared.page',
  [resolve(import.meta.dirname, 'utils/booking/resource-form.ts')]: '__zaaBookingShared.resourceForm',
  [resolve(import.meta.dirname, 'utils/dom/labels.ts')]: '__zaaBookingShared.labels',
};

/**
 * Leaves out of an unlisted script's build what it reads from the overlay (its signals core) or from the
 * booking content script (the page recognition), as IIFE arguments naming the globals they are shared in.
 */
function useSharedModules(entrypoints: readonly { name: string }[], config: InlineConfig): void {
  if (entrypoints.length !== 1) return;
  const name = entrypoints[0].name;
  const fromOverlay = USES_OVERLAY_SIGNALS.has(name);
  const fromContentScript = USES_CONTENT_SCRIPT_MODULES.has(name);
  if (!fromOverlay && !fromContentScript) return;
  const build = config.build ?? {};
  const rollup = build.rollupOptions ?? {};
  const output = rollup.output;
  if (!output || Array.isArray(output)) throw new Error(`${name}: not the library build WXT makes`);
  const external = (id: string, _importer: string | undefined, isResolved: boolean) =>
    (fromOverlay && id in SHARED_PACKAGES) || (fromContentScript && isResolved && id in CONTENT_SCRIPT_MODULES);
  config.build = { ...build, rollupOptions: { ...rollup, external } };
  output.globals = (id: string) => SHARED_PACKAGES[id] ?? CONTENT_SCRIPT_MODULES[id] ?? id;
}

/**
 * Terser instead of esbuild for the minified builds: two compress passes find what one leaves (inlined
 * constants, merged declarations), 1.0-1.5 KB gzipped less on each overlay the first paint carries, for
 * a second or two more of build. Development builds (wxt dev, `npm run demo`) stay unminified.
 */
function minifyWithTerser(config: InlineConfig): void {
  const build = config.build ?? {};
  if (build.minify === false) return;
  config.build = {
    ...build,
    minify: 'terser',
    terserOptions: { ecma: 2020, compress: { passes: 2 }, format: { comments: false } },
  };
}

export default defineConfig({
  // Parallel builds (several people or tests at once) can each use their own folder.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  // No auto-imports: every file imports what it uses, so the layer rules see each dependency and a
  // missing import fails the type check instead of building.
  imports: false,
  // One drawing, every size the browsers and stores need (icons/16.png … icons/128.png, and manifest.icons).
  // No grey development variant: a development build should show the same icon the admin will see.
  autoIcons: { baseIconPath: 'assets/icon.svg', sizes: [...ICON_SIZES], developmentIndicator: false },
  zip: {
    // The Firefox sources zip is what AMO reviewers rebuild from (npm ci && npm run zip): sources, no outputs.
    excludeSources: [
      'test-results/**',
      'test-results-json/**',
      'playwright-report/**',
      'demo-screenshots/**',
      'docs/screenshots/**',
      'docs/store/screenshots/**',
      'bench-results.json',
      '**/*.log',
      '**/*.zip',
    ],
  },
  hooks: {
    // WXT 0.21.4 still injects auto-imports when `imports` is false: it tells unimport `disabled`, an option
    // unimport does not have (its switch is `autoImport`). A parameter named `storage` in utils/store/taught.ts
    // got an import of wxt/utils/storage that way, which only tree-shaking removed again.
    'config:resolved': (wxt) => {
      (wxt.config.imports as { autoImport?: boolean }).autoImport = false;
    },
    // The same drawing in grey (features/toolbar/icons.ts): the toolbar button's default, on every page
    // where the extension does nothing; a tab whose page features run gets the coloured icon.
    'build:done': async (wxt, output) => {
      const drawing = resolve(import.meta.dirname, 'assets/icon.svg');
      await mkdir(resolve(wxt.config.outDir, 'icons'), { recursive: true });
      for (const size of ICON_SIZES) {
        const fileName = IDLE_ICON[size];
        await sharp(drawing)
          .resize(size)
          .grayscale()
          .modulate({ brightness: 1.7 })
          .png()
          .toFile(resolve(wxt.config.outDir, fileName));
        output.publicAssets.push({ type: 'asset', fileName });
      }
    },
    // webextension-polyfill (10 KB, 2.8 KB gzipped) only where it changes behaviour: the background, whose
    // onMessage listener answers with a Promise. Every other script uses the browser's own promise API,
    // which in Chrome MV3 covers all they call; utils/store/client.ts keeps the polyfill's two sendMessage
    // conventions (no answer resolves to undefined, a listener's rejection rejects).
    'vite:build:extendConfig': (entrypoints, config) => {
      useSharedModules(entrypoints, config);
      minifyWithTerser(config);
      if (entrypoints.some((entrypoint) => entrypoint.type === 'background')) return;
      config.resolve ??= {};
      const native = { find: 'wxt/browser', replacement: '@wxt-dev/browser' };
      const alias = config.resolve.alias ?? [];
      config.resolve.alias = Array.isArray(alias)
        ? [native, ...alias.filter((entry) => entry.find !== native.find)]
        : { ...alias, [native.find]: native.replacement };
    },
    // The texts live in utils/i18n/messages.ts; the browser serves them from _locales.
    'build:publicAssets': (_wxt, files) => {
      // The source drawing itself, for the popup, options and welcome pages (<img src="/icons/icon.svg">).
      files.push({ absoluteSrc: resolve(import.meta.dirname, 'assets/icon.svg'), relativeDest: 'icons/icon.svg' });
      // The privacy policy travels with the extension (it works offline), as plain text; the BOM makes
      // the browser read it as UTF-8 (Polish letters).
      files.push({
        relativeDest: 'privacy.txt',
        contents: `\uFEFF${readFileSync(resolve(import.meta.dirname, 'PRIVACY.md'), 'utf8')}`,
      });
      for (const [lang, catalogue] of Object.entries({ pl, en })) {
        files.push({
          relativeDest: `_locales/${lang}/messages.json`,
          contents: JSON.stringify(toBrowserMessages(catalogue), null, 1),
        });
      }
    },
  },
  vite: () => ({
    plugins: [preact(), withoutScriptStartedPostMessage()],
    // WXT_SOURCEMAP=1: source maps for scripts/bundle-contents.mjs (what each bundle holds); never in a release build.
    // No modulepreload polyfill: every browser the manifest allows (Chrome, Firefox 140+) preloads modules itself.
    build: { target: 'es2022', modulePreload: { polyfill: false }, sourcemap: process.env.WXT_SOURCEMAP === '1' },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'pl',
    // `scripting` and the optional host access serve custom booking domains only: access to one is
    // requested when the admin adds it on the options page (MV2 for Firefox: optional_permissions).
    permissions: ['storage', 'scripting'],
    host_permissions: [...ZOOM_HOST_PATTERNS, ...BOOKING_HOST_PATTERNS],
    ...(manifestVersion === 2
      ? { optional_permissions: [CUSTOM_BOOKING_HOST_PATTERN] }
      : { optional_host_permissions: [CUSTOM_BOOKING_HOST_PATTERN] }),
    // The toolbar icon (default_icon) is declared in entrypoints/popup/index.html: WXT writes the popup's
    // browser_action for Firefox MV2 from there, before this `action` would be converted.
    action: { default_title: '__MSG_extName__' },
    // The overlays load lazily into the content scripts' isolated world (see features/shared/overlay-loader.ts).
    // The booking overlay may run on a custom booking domain the admin grants later, hence https://*/*;
    // use_dynamic_url keeps the files from identifying the extension to pages.
    web_accessible_resources:
      browser === 'firefox'
        ? ([
            'zoom-overlay.js',
            'zoom-drawer.js',
            'zoom-near-matches.js',
            'zoom-add-users.js',
            'zoom-read-all.js',
            'booking-overlay.js',
            'booking-drawer.js',
            'booking-forms.js',
            'booking-open-form.js',
            'teach-overlay.js',
          ] as unknown as {
            resources: string[];
            matches: string[];
          }[])
        : [
            // From the Zoom overlay: the typo matcher (zoom-near-matches.js) with the store's copy, the opened
            // panel (zoom-drawer.js) right after the first paint, the Add Users prefill (zoom-add-users.js) when
            // the dialog opens, "Read all pages" (zoom-read-all.js) at its first press.
            {
              resources: ['zoom-overlay.js', 'zoom-near-matches.js', 'zoom-drawer.js', 'zoom-add-users.js', 'zoom-read-all.js'],
              matches: ZOOM_HOST_PATTERNS,
              use_dynamic_url: true,
            },
            // Teaching (features/teach/session.ts) loads only when the admin starts it, from either overlay;
            // the booking panel's opened part (booking-drawer.js) right after the first paint; the edit forms'
            // reading (booking-forms.js) only for a booking list without emails; the open form's hint and
            // recording (booking-open-form.js) when a resource form is first open.
            {
              resources: [
                'booking-overlay.js',
                'booking-drawer.js',
                'booking-forms.js',
                'booking-open-form.js',
                'teach-overlay.js',
              ],
              matches: ['https://*/*'],
              use_dynamic_url: true,
            },
          ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'roster-assistant-for-zoom@zarezerwuj-tools',
              // The data collection declaration needs Firefox 140 (Android 142); 115 ESR is out of support.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
