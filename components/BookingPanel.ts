import type { PanelModel } from '../utils/view/panel-model';
import { t } from '../utils/i18n';
import { el, setAttr, setText, type Scope } from './dom';
import { panelFrame, type PanelFrameParts } from './PanelFrame';
import { teachButton, type TeachActionsProps } from './TeachPrompt';

export interface FormReadingView {
  done: number;
  total: number;
  running: boolean;
  stopped: boolean;
}

/** What the booking panel's bar shows; the functions read signals, and the bar follows them. */
export interface BookingPanelProps {
  model: () => PanelModel;
  /** Expanded or collapsed (remembered by the caller). */
  open: () => boolean;
  onToggleOpen: (open: boolean) => void;
  reading: () => FormReadingView | null;
  onStopReading: () => void;
  /** Teaching a layout (contract.md): "Show me where…" (and "Forget", in the opened part). */
  teach: () => TeachActionsProps;
  drawerNotLoaded: () => boolean;
}

/**
 * The summary panel's bar on the booking system's resource list: one sentence and its notices' titles. The
 * opened part (what to do, then the list) renders itself into `drawerBody` (features/booking-resources/drawer.tsx).
 */
export function bookingPanel(scope: Scope, props: BookingPanelProps): PanelFrameParts {
  const reading = () => {
    const now = props.reading();
    return now && (now.running || now.stopped) ? now : null;
  };
  const progress = el('progress', { 'aria-hidden': 'true' });
  const progressText = document.createTextNode('');
  const chip = el('span', { class: 'zaa-chip' }, progress, progressText);
  const stopReading = el('button', { type: 'button', class: 'zaa-btn' });
  stopReading.addEventListener('click', () => props.onStopReading());
  scope.effect(() => {
    const now = reading();
    if (!now) return;
    const text = readingText(now);
    setAttr(chip, 'title', text);
    progress.max = now.total;
    progress.value = now.done;
    setText(progressText, ` ${text}`);
    setText(stopReading, t('stopReading'));
  });
  const teach = teachButton(scope, { onClick: () => props.teach().onTeach(), prominent: () => props.teach().prominent });
  return panelFrame(scope, {
    title: 'panelTitleBooking',
    coverage: () => props.model().coverage,
    open: props.open,
    onToggleOpen: props.onToggleOpen,
    drawerId: 'zaa-booking-body',
    headline: () => props.model().headline,
    // The booking page always has its roster: "no roster" is a Zoom-page notice.
    barNotices: () => props.model().barNotices.filter((n) => n.kind !== 'no-roster'),
    status: () => (reading() ? [chip] : []),
    actions: () => [...(reading()?.running ? [stopReading] : []), teach],
    drawerNotLoaded: props.drawerNotLoaded,
  });
}

function readingText(reading: FormReadingView): string {
  const params = { done: reading.done, total: reading.total };
  return reading.stopped ? t('readStopped', params) : t('readingForms', params);
}
