/**
 * The opened part of the booking panel, a module of its own (booking-drawer.js) that ./panel.tsx loads
 * after the first paint (features/shared/lazy-drawer.ts): what to do, the notices in full, the list.
 */
import { BookingDrawer } from '../../components/BookingDrawer';
import type { TeachActionsProps } from '../../components/TeachPrompt';
import type { BookingState } from './state';

export { DRAWER_CSS } from '../../components/drawer-css';

export function BookingDrawerView({ state, teach }: { state: BookingState; teach: TeachActionsProps }) {
  const c = state.context.value;
  return (
    <BookingDrawer
      model={state.model.value}
      now={state.now.value}
      readAt={c?.tenantRecord?.readAt}
      zoomHosts={c?.zoomHosts ?? []}
      zoomHost={c?.zoomHost?.host ?? null}
      warnDays={c?.settings.warnDaysBeforeExpiry ?? 5}
      onChooseZoomHost={(host) => {
        state.chosenZoomHost.value = host;
        void state.loadContext();
      }}
      teach={teach}
    />
  );
}

export type BookingDrawerModule = typeof import('./drawer');
