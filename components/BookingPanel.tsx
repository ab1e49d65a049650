import type { ComponentChildren } from 'preact';
import type { PanelModel } from '../utils/view/panel-model';
import { t } from '../utils/i18n';
import { PanelFrame } from './PanelFrame';
import { TeachButton, type TeachActionsProps } from './TeachPrompt';

export interface FormReadingView {
  done: number;
  total: number;
  running: boolean;
  stopped: boolean;
}

export interface BookingPanelProps {
  model: PanelModel;
  /** Expanded or collapsed (remembered by the caller). */
  open: boolean;
  onToggleOpen: (open: boolean) => void;
  reading: FormReadingView | null;
  onStopReading: () => void;
  /** Teaching a layout (contract.md): "Show me where…" (and "Forget", in the opened part). */
  teach?: TeachActionsProps;
  /** The opened part (components/BookingDrawer.tsx), which comes after the first paint. */
  children?: ComponentChildren;
}

/**
 * The summary panel on the booking system's resource list: a one-sentence bar and its notices' titles;
 * opened, what to do, then the list (BookingDrawer, given as children).
 */
export function BookingPanel(props: BookingPanelProps) {
  const { model } = props;
  // The booking page always has its roster: "no roster" is a Zoom-page notice.
  const barNotices = model.barNotices.filter((n) => n.kind !== 'no-roster');
  const reading = props.reading && (props.reading.running || props.reading.stopped) ? props.reading : null;
  const status = reading && (
    <span class="zaa-chip" title={readingText(reading)}>
      <progress max={reading.total} value={reading.done} aria-hidden="true" /> {readingText(reading)}
    </span>
  );
  const actions = (
    <>
      {reading?.running && (
        <button type="button" class="zaa-btn" onClick={props.onStopReading}>
          {t('stopReading')}
        </button>
      )}
      {props.teach && <TeachButton onClick={props.teach.onTeach} prominent={props.teach.prominent} />}
    </>
  );
  return (
    <PanelFrame
      title={t('panelTitleBooking')}
      coverage={model.coverage}
      open={props.open}
      onToggleOpen={props.onToggleOpen}
      drawerId="zaa-booking-body"
      headline={model.headline}
      barNotices={barNotices}
      status={status}
      actions={actions}
    >
      {props.children}
    </PanelFrame>
  );
}

function readingText(reading: FormReadingView): string {
  const params = { done: reading.done, total: reading.total };
  return reading.stopped ? t('readStopped', params) : t('readingForms', params);
}
