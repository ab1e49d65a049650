/**
 * The toolbar button's icons, all drawn from assets/icon.svg at build time: the coloured ones by
 * @wxt-dev/auto-icons (icons/<size>.png, also the manifest's icons), the grey ones by wxt.config.ts
 * (icons/idle-<size>.png, the button's default). Shared by the build and the background.
 */
export const ICON_SIZES = [16, 32, 48, 128] as const;

export type IconPaths = Record<string, string>;

function iconPaths(prefix: string): IconPaths {
  return Object.fromEntries(ICON_SIZES.map((size) => [String(size), `${prefix}${size}.png`]));
}

/** On a tab whose page features run. */
export const WORKING_ICON = iconPaths('icons/');
/** Everywhere else: the extension does nothing there. */
export const IDLE_ICON = iconPaths('icons/idle-');
