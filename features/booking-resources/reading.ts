/**
 * The reading loop of the booking resource pages: read the list (or the form), store the roster,
 * read edit forms where the list shows no emails, repaint badges, and read again on change.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BADGE_HOST_CLASS, removeAllBadges } from '../../components/row-badge';
import { askStore } from '../../utils/store/client';
import { detectBookingPage } from '../../utils/booking/page';
import { readResourceList } from '../../utils/booking/resource-list';
import { findEmailField, findOpenEditDialog } from '../../utils/booking/resource-form';
import { watchPage, type PageWatcher } from '../../utils/dom/observe';
import type { MountedView } from '../../utils/dom/mount';
import { runSessionLoop } from '../shared/session-loop';
import { readAgainWhenTaught } from '../teach/taught-host';
import type { OpenFormView } from '../booking-form/open-form';
import { paintResourceBadges } from './badges';
import type { FormReader } from './form-reading';
import { employeesFromList, rosterKey } from './roster';
import type { BookingState } from './state';
import { looksLikeResourceSettings, taughtListRead } from '../teach/booking-list';

export interface BookingPageParts {
  panel: MountedView;
  forms: FormReader;
  /** The resource form open on screen: the hint under its address, and recording the address it shows. */
  openForm: OpenFormView;
}

export function readBookingPage(
  ctx: ContentScriptContext,
  stop: AbortSignal,
  state: BookingState,
  parts: BookingPageParts,
): () => void {
  const { panel, forms, openForm } = parts;
  let savedKey = '';
  let watcher: PageWatcher | null = null;
  /** Dialogs on the page, shown or not: opening one may only flip an attribute on its wrapper. */
  let dialogWrappers: Element[] = [];

  function scan(): void {
    if (ctx.isInvalid || stop.aborted) return;
    dialogWrappers = [...document.querySelectorAll('[role="dialog"], [aria-modal="true"], dialog')].map(
      (dialog) => dialog.parentElement ?? dialog,
    );
    // Teaching (features/teach): the taught list is read first; 'none' (or stale): the built-in read.
    const taught = state.taught.read(document);
    if (taught === 'waiting') return;
    const fromTaught = taughtListRead(taught);
    const detected = fromTaught ? 'resource-list' : detectBookingPage(document);
    state.kind.value = detected;
    if (!fromTaught && detected === 'other' && looksLikeResourceSettings(location))
      state.listProblem.value = 'layout-unrecognised';
    if (detected === 'resource-list' && fromTaught !== 'busy') {
      const read = fromTaught ?? readResourceList(document, location.href);
      if ('problem' in read) {
        state.list.read = null;
        state.listProblem.value = read.detail || read.problem;
      } else {
        state.list.read = read;
        state.listProblem.value = null;
        const key = rosterKey(read);
        // Saved once the store's copy is here: the save keeps the addresses read from forms before,
        // which the list does not show (the scan after the store answers does it).
        const known = state.context.peek();
        if (key !== savedKey && known) {
          savedKey = key;
          // What the forms of the list read before have not stored yet never lands after this one.
          forms.drop();
          const employees = employeesFromList(
            read,
            Date.now(),
            known.employees.filter((e) => e.tenant === state.tenant),
          );
          void askStore('saveRoster', { tenant: state.tenant, url: location.href, employees })
            .then(() => (read.listShowsEmails ? undefined : forms.read(read.rows)))
            .catch((error: Error) => {
              if (savedKey === key) savedKey = '';
              state.storeError.value = error.message;
            });
        }
        paintResourceBadges(state);
      }
    }
    const dialog = findOpenEditDialog(document);
    const field = dialog ? findEmailField(dialog) : detected === 'resource-form' ? findEmailField(document) : null;
    openForm.follow(field ? { root: dialog ?? document, field, inDialog: dialog !== null } : null);
    void panel.ensurePlaced();
    openForm.ensurePlaced();
    // A scan reads the whole page as it is now, so what is queued (our badges) needs no second look.
    watcher?.forgetOwnChanges();
  }

  watcher = watchPage({
    root: document.documentElement,
    regions: () => {
      const regions: Element[] = [...dialogWrappers];
      const first = state.list.read?.rows[0]?.row.parentElement;
      if (first) regions.push(first);
      regions.push(...state.taught.regions(document));
      const field = openForm.field();
      if (field?.parentElement) regions.push(field.parentElement);
      return regions;
    },
    isOwnNode: (node) =>
      node.nodeType === 1 &&
      ((node as Element).classList.contains(BADGE_HOST_CLASS) || node === panel.host || node === openForm.host()),
    onChange: scan,
    signal: stop,
  });
  runSessionLoop({
    stop,
    result: state.result,
    repaint: () => {
      paintResourceBadges(state);
      watcher?.forgetOwnChanges();
    },
    reload: state.loadContext,
    scan,
    now: state.now,
    teardown: () => {
      panel.remove();
      openForm.remove();
      removeAllBadges(document);
    },
  });
  readAgainWhenTaught(state.taught, scan, stop);
  return scan;
}
