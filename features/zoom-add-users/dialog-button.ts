/** The Prefill button inside Zoom's Add Users dialog, next to its email field, while the dialog is open. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createScope } from '../../components/dom';
import { dialogPrefill } from '../../components/DialogPrefill';
import { PANEL_CSS } from '../../components/panel-css';
import { mountView, type MountedView } from '../../utils/dom/mount';
import type { PrefillState } from './state';

export function mountDialogPrefillButton(ctx: ContentScriptContext, state: PrefillState, onPrefill: () => void): MountedView {
  return mountView(
    ctx,
    'zaa-zoom-prefill',
    PANEL_CSS,
    () => (state.dialog.value ? { anchor: state.dialog.value.prefillAnchor, append: 'after' } : null),
    (into) => {
      const scope = createScope();
      into.append(
        dialogPrefill(scope, {
          count: () => state.emailsToPrefill.value.length,
          busy: () => state.busy.value,
          outcome: () => state.outcome.value,
          onPrefill,
        }),
      );
      return scope.dispose;
    },
  );
}
