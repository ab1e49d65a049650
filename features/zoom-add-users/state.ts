/**
 * What the Add Users features need of the Zoom page's state. Declared here, not imported from
 * features/zoom-users (which starts these features): the two folders would import each other.
 * features/zoom-users/state.ts → createZoomUsersState gives all of it.
 */
import type { ReadonlySignal, Signal } from '@preact/signals-core';
import type { PrefillOutcomeView } from '../../components/PrefillResult';
import type { ReconcileResult } from '../../utils/roster/reconcile';
import type { ZoomContext } from '../../utils/store/messages';
import type { PanelModel } from '../../utils/view/panel-model';
import type { AddUsersDialog } from '../../utils/zoom/types';

export interface PrefillState {
  host: string;
  context: ReadonlySignal<ZoomContext | null>;
  result: ReadonlySignal<ReconcileResult>;
  model: ReadonlySignal<PanelModel>;
  emailsToPrefill: ReadonlySignal<string[]>;
  /** The open Add Users dialog, as last found. */
  dialog: Signal<AddUsersDialog | null>;
  busy: Signal<boolean>;
  outcome: Signal<PrefillOutcomeView | null>;
  flash: Signal<string | null>;
  storeError: Signal<string | null>;
  /** What the admin taught for the host: the dialog by its taught email field. */
  taught: { dialog(doc: Document): AddUsersDialog | null };
}
