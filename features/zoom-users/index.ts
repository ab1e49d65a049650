/**
 * The features of Zoom's Users page, started together with the content script's signal and torn
 * down by it: the reading loop, the row badges, the panel, and the Add Users dialog's prefill (whose
 * filling code loads as a second module, zoom-add-users.js).
 */
import { computed } from '@preact/signals-core';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createPrefillLoader } from '../zoom-add-users/loader';
import { mountDialogPrefillButton } from '../zoom-add-users/dialog-button';
import { createRowBadges } from './badges';
import { mountZoomPanel } from './panel';
import { readZoomUsersPage } from './reading';
import { createZoomUsersState } from './state';
import { createReadAllLoader, type ReadAllLoader } from './read-all-loader';
import { showToolbarCount } from '../toolbar/count';
import { renderViewsAfterPaint } from '../shared/render-after-paint';

export function startZoomUsersPage(ctx: ContentScriptContext, stop: AbortSignal): void {
  // The panel's re-renders wait for the frame that shows the rows and their badges.
  renderViewsAfterPaint(stop);
  const state = createZoomUsersState(location.host, stop);
  // The prefill's code, and the finding of the dialog's fields, load when the dialog is first on screen (zoom-add-users.js).
  const prefill = createPrefillLoader(state, stop);
  const onPrefill = () => void prefill.run();
  const dialogButton = mountDialogPrefillButton(ctx, state, onPrefill);
  const onTeach = () => void state.taught.teach(ctx, stop);
  // "Read all pages": its code loads at the first press (zoom-read-all.js); it needs the reading loop's hooks.
  let readAll: ReadAllLoader | null = null;
  const panel = mountZoomPanel(
    ctx,
    state,
    {
      onPrefill,
      otherHosts: () => [dialogButton.host],
      onTeach,
      onReadAll: () => void readAll?.start(),
      onStopReadAll: () => readAll?.stop(),
    },
    stop,
  );
  const reading = readZoomUsersPage(ctx, stop, state, {
    badges: createRowBadges(state, stop),
    panel,
    dialogButton,
    findDialog: prefill.findDialog,
  });
  readAll = createReadAllLoader(state, reading, () => [panel.view.host, dialogButton.host], stop);
  const warnDays = computed(() => state.context.value?.settings.warnDaysBeforeExpiry ?? null);
  showToolbarCount(state.result, warnDays, stop);
}
