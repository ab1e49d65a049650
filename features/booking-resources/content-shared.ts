/**
 * What the booking content script has loaded to recognise the resource pages and the booking overlay
 * reads the page with too (the page's kind, labels, the resource form): handed to the overlay instead of
 * bundled in it a second time. The overlay is built with these modules left out and read from here
 * (wxt.config.ts → CONTENT_SCRIPT_MODULES); the content script always shares them before it loads the overlay.
 */
import * as page from '../../utils/booking/page';
import * as resourceForm from '../../utils/booking/resource-form';
import * as labels from '../../utils/dom/labels';

export function shareWithBookingOverlay(): void {
  (globalThis as unknown as { __zaaBookingShared: unknown }).__zaaBookingShared = { page, resourceForm, labels };
}
