/**
 * The opened part of the booking panel, a module of its own (booking-drawer.js) that ./panel.ts loads
 * after the first paint (features/shared/lazy-drawer.ts): what to do, the notices in full, the list. It
 * bundles Preact and @preact/signals; the signals core is the overlay's (wxt.config.ts → useSharedModules).
 */
import { render } from 'preact';
import '@preact/signals';
import { BookingDrawer } from '../../components/BookingDrawer';
import type { TeachActionsProps } from '../../components/TeachPrompt';
import { stepViews } from '../../utils/view/step-view';
import type { BookingState } from './state';

export { DRAWER_CSS } from '../../components/drawer-css';

export interface BookingDrawerViewProps {
  state: BookingState;
  /** Read while rendering: the forget button follows the state's signals. */
  teach: () => TeachActionsProps;
}

export function BookingDrawerView({ state, teach }: BookingDrawerViewProps) {
  const c = state.context.value;
  return (
    <BookingDrawer
      model={state.model.value}
      steps={stepViews(state.model.value)}
      now={state.now.value}
      readAt={c?.tenantRecord?.readAt}
      zoomHosts={c?.zoomHosts ?? []}
      zoomHost={c?.zoomHost?.host ?? null}
      warnDays={c?.settings.warnDaysBeforeExpiry ?? 5}
      onChooseZoomHost={(host) => {
        state.chosenZoomHost.value = host;
        void state.loadContext();
      }}
      teach={teach()}
    />
  );
}

/** Renders the opened part into the drawer the overlay's bar built; returns what takes it off again. */
export function renderBookingDrawer(into: HTMLElement, props: BookingDrawerViewProps): () => void {
  render(<BookingDrawerView {...props} />, into);
  return () => render(null, into);
}

export type BookingDrawerModule = typeof import('./drawer');
