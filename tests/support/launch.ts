/**
 * Chromium with the built extension loaded, as the tests, the benchmarks and the demo start it.
 * A plain module (no Playwright test fixtures), so scripts can import it too.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import path from 'node:path';

export function extensionDir(): string {
  return path.resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
}

export interface LaunchOptions {
  /** The browser UI language, and so the extension's: 'en_US' or 'pl'. */
  uiLanguage?: string;
  headless?: boolean;
  /** null: no emulated viewport, the page fills the window (for grabbing the real screen). */
  viewport?: { width: number; height: number } | null;
  extension?: string;
  /** A profile folder to keep (its Default/Preferences may be written beforehand); a throwaway one by default. */
  userDataDir?: string;
  /** Chromium switches added to the ones below. */
  args?: string[];
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<BrowserContext> {
  const uiLanguage = options.uiLanguage ?? 'en_US';
  const extension = options.extension ?? extensionDir();
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    headless: options.headless ?? true,
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // Chromium's UI language follows LANGUAGE on Linux; Playwright sets a locale of its own (en-US
    // unless told), which Chromium then reports as its UI language: keep the two in step.
    env: { ...process.env, LANGUAGE: uiLanguage } as Record<string, string>,
    locale: uiLanguage.startsWith('pl') ? 'pl-PL' : 'en-US',
    ...(options.viewport !== undefined ? { viewport: options.viewport } : {}),
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      ...(options.args ?? []),
    ],
  });
  // Nothing may leave the machine: anything not served by the caller is refused.
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  return context;
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker');
  return new URL(worker.url()).host;
}
