/**
 * Reading the resources' edit forms (fetched from the same site), which only a list without emails
 * needs: loaded lazily as booking-forms.js (see ./form-reading-loader.ts).
 */
export { createFormReader } from './form-reading';

export type FormReadingModule = typeof import('./form-reading-module');
