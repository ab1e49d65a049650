/** What booking-open-form.js registers (see ./open-form.ts). */
export { followOpenForms } from './open-form';

export type OpenFormModule = typeof import('./open-form-module');
