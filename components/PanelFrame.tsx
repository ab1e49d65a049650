import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { t, language, type MessageKey } from '../utils/i18n';
import type { BarHeadline, PanelNotice } from '../utils/view/panel-model';
import { noticeText } from './notice-text';

export interface PanelFrameProps {
  title: string;
  coverage: string;
  /** Fixed at the bottom right of the window (no place on the page was found). */
  floating?: boolean;
  open: boolean;
  onToggleOpen: (open: boolean) => void;
  drawerId: string;
  /** The bar's one sentence: what needs the admin most. */
  headline: BarHeadline;
  /** Notices the headline does not say: their short titles in the bar, whole (in full in the opened panel). */
  barNotices: PanelNotice[];
  /** Something in progress, said whole (reading the forms: "3 of 10"). */
  status?: ComponentChildren;
  /** Results to keep in sight under the bar, whole (the last prefill's). */
  results?: ComponentChildren;
  /** Buttons at the end of the bar: the one primary action, and the teach mark. */
  actions?: ComponentChildren;
  /** The opened panel: what to do, then the notices in full, then the list. Pushes the page down. */
  children: ComponentChildren;
}

/**
 * A panel that keeps the page the admin's: a bar of one fixed height that says one thing (the
 * extension's mark and name, one whole sentence, one primary action), and an opened part in the
 * page's flow: it pushes the page's content down and never lies over the page's own controls.
 * Collapsed, the opened part's content stays in the document, only hidden; Escape closes it.
 */
export function PanelFrame(props: PanelFrameProps) {
  const toggle = useRef<HTMLButtonElement>(null);
  const { open, headline } = props;
  function onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    props.onToggleOpen(false);
    toggle.current?.focus();
  }
  const sentence = t(headline.said.key, headline.said.params);
  return (
    <section
      class={props.floating ? 'zaa-panel zaa-floating' : 'zaa-panel'}
      data-testid="zaa-panel"
      data-coverage={props.coverage}
      aria-label={`${t('extName')}: ${props.title}`}
      lang={language.value}
      onKeyDown={onKeyDown}
    >
      <div class="zaa-bar">
        <span class="zaa-mark" aria-hidden="true" title={t('extName')}>
          RA
        </span>
        <span class="zaa-brand">{t('extMark')}</span>
        <p
          class="zaa-headline"
          data-tone={headline.tone}
          data-testid={headline.notice ? 'zaa-notice' : undefined}
          data-kind={headline.notice?.kind}
          role="status"
        >
          {sentence}
          {headline.notice && <span class="zaa-sr"> {noticeText(headline.notice)}</span>}
        </p>
        {props.status}
        {props.actions}
        <button
          ref={toggle}
          type="button"
          class="zaa-btn zaa-toggle"
          aria-expanded={open}
          aria-controls={props.drawerId}
          onClick={() => props.onToggleOpen(!open)}
        >
          {open ? t('collapse') : t('expand')}
          <span aria-hidden="true">{open ? ' ▴' : ' ▾'}</span>
        </button>
      </div>
      {(props.barNotices.length > 0 || props.results) && (
        <div class="zaa-bar-notices">
          {props.results}
          {props.barNotices.map((notice) => (
            <div class="zaa-notice" data-testid="zaa-notice" data-kind={notice.kind}>
              {/* Its title, whole; the full text is in the opened panel (and here for assistive technology). */}
              <button type="button" class="zaa-link" aria-controls={props.drawerId} onClick={() => props.onToggleOpen(true)}>
                {t(`noticeTitle.${notice.kind}` as MessageKey)}
              </button>
              <span class="zaa-sr">: {noticeText(notice)}</span>
            </div>
          ))}
        </div>
      )}
      <section class="zaa-drawer" id={props.drawerId} hidden={!open} aria-label={props.title}>
        <h2 class="zaa-drawer-title">{props.title}</h2>
        {props.children}
      </section>
    </section>
  );
}

/** The opened part's code could not be loaded: said where it would be; the bar above keeps working. */
export function DrawerNotLoaded() {
  return (
    <p class="zaa-status-line" role="alert" data-testid="zaa-panel-not-loaded">
      {t('panelNotLoaded')}
    </p>
  );
}
