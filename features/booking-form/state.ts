/**
 * What the form features need of the booking page's state. Declared here, not imported from
 * features/booking-resources (which starts these features): the two folders would import each other.
 * features/booking-resources/state.ts → createBookingState gives all of it.
 */
import type { ReadonlySignal, Signal } from '@preact/signals-core';
import type { ZoomViewInput } from '../../utils/roster/reconcile';
import type { BookingContext } from '../../utils/store/messages';

export interface BookingFormState {
  tenant: string;
  context: ReadonlySignal<BookingContext | null>;
  /** The chosen Zoom host's data, as reconcile takes it. */
  zoomView: ReadonlySignal<ZoomViewInput>;
  storeError: Signal<string | null>;
  /** Every address this page knows of: the roster's and the Zoom host's users. */
  knownAddresses: ReadonlySignal<ReadonlySet<string>>;
}
