import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t, language } from '../utils/i18n';

export interface PanelFrameProps {
  title: string;
  coverage: string;
  /** Fixed at the bottom right of the window (no place on the page was found). */
  floating?: boolean;
  open: boolean;
  onToggleOpen: (open: boolean) => void;
  drawerId: string;
  /** The one-line summary: coverage, the counts that need attention, notices, the result of the last prefill. */
  summary: ComponentChildren;
  /** Buttons at the end of the bar (Prefill). */
  actions?: ComponentChildren;
  /** Everything else: the employee list, the notices' details; overlays the page instead of pushing it down. */
  children: ComponentChildren;
}

/**
 * A panel that keeps the page the admin's: a bar of one fixed height that never changes while the
 * page is read (so it never shifts the page's tabs or list), and a drawer that opens over the page
 * under it, scrolls on its own and closes with Escape, the toggle or a press outside. Collapsed, the drawer's content
 * stays in the document, only hidden.
 */
export function PanelFrame(props: PanelFrameProps) {
  const toggle = useRef<HTMLButtonElement>(null);
  const section = useRef<HTMLElement>(null);
  const { open, onToggleOpen } = props;
  // Like a popover: a press on the page outside the panel closes the drawer (the press still reaches the page).
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (section.current && !event.composedPath().includes(section.current)) onToggleOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open, onToggleOpen]);
  function onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    props.onToggleOpen(false);
    toggle.current?.focus();
  }
  return (
    <section
      ref={section}
      class={props.floating ? 'zaa-panel zaa-floating' : 'zaa-panel'}
      data-testid="zaa-panel"
      data-coverage={props.coverage}
      aria-label={props.title}
      lang={language.value}
      onKeyDown={onKeyDown}
    >
      <div class="zaa-bar">
        <h2 class="zaa-title">{props.title}</h2>
        <div class="zaa-summary">{props.summary}</div>
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
      <section class="zaa-drawer" id={props.drawerId} hidden={!open} aria-label={`${props.title}: ${t('panelDetails')}`}>
        {props.children}
      </section>
    </section>
  );
}
