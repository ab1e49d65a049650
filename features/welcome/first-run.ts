/**
 * First run: the welcome page opens once, when the extension is installed (not on an update, nor when
 * the browser itself updates). Plain functions, so the background's choice is testable without a browser.
 */

/** The welcome page in the build (entrypoints/welcome). */
export const WELCOME_PAGE = '/welcome.html';

/** Where the welcome page keeps the Zoom host the admin typed, when no Zoom page was read yet. */
export const WELCOME_ZOOM_HOST_KEY = 'zaaWelcomeZoomHost';

/** Opens the welcome page on a fresh install only; true when it did. */
export async function welcomeOnInstalled(details: { reason: string }, open: () => Promise<unknown>): Promise<boolean> {
  if (details.reason !== 'install') return false;
  await open();
  return true;
}
