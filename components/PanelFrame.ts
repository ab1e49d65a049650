import { t, language, type MessageKey } from '../utils/i18n';
import type { BarHeadline, PanelNotice } from '../utils/view/panel-model';
import { noticeText } from './notice-text';
import { el, placeChildren, setAttr, setText, type Scope } from './dom';

/** What a panel's frame shows; the functions read signals, and the frame follows them. */
export interface PanelFrameProps {
  title: MessageKey;
  coverage: () => string;
  /** Fixed at the bottom right of the window (no place on the page was found). */
  floating?: () => boolean;
  open: () => boolean;
  onToggleOpen: (open: boolean) => void;
  drawerId: string;
  /** The bar's one sentence: what needs the admin most. */
  headline: () => BarHeadline;
  /** Notices the headline does not say: their short titles in the bar, whole (in full in the opened panel). */
  barNotices: () => PanelNotice[];
  /** Something in progress, said whole (reading the forms: "3 of 10"); the nodes to place now. */
  status?: () => Node[];
  /** Results to keep in sight under the bar, whole (the last prefill's); the nodes to place now. */
  results?: () => Node[];
  /** Buttons at the end of the bar, the nodes to place now: the one primary action, and the teach mark. */
  actions: () => Node[];
  /** The opened part's code could not be loaded: said where it would be; the bar above keeps working. */
  drawerNotLoaded: () => boolean;
}

export interface PanelFrameParts {
  root: HTMLElement;
  toggle: HTMLButtonElement;
  /** Where the opened part renders itself (features/*\/drawer.tsx), under the drawer's title. */
  drawerBody: HTMLElement;
}

/**
 * A panel that keeps the page the admin's: a bar of one fixed height that says one thing (the
 * extension's mark and name, one whole sentence, one primary action), and an opened part in the
 * page's flow: it pushes the page's content down and never lies over the page's own controls.
 * Collapsed, the opened part's content stays in the document, only hidden; Escape closes it.
 * Built once; what changes is written into the same elements (a focused button stays focused).
 */
export function panelFrame(scope: Scope, props: PanelFrameProps): PanelFrameParts {
  const mark = el('span', { class: 'zaa-mark', 'aria-hidden': 'true' }, 'RA');
  const brand = el('span', { class: 'zaa-brand' });
  const sentence = document.createTextNode('');
  const headlineNotice = el('span', { class: 'zaa-sr' });
  const headline = el('p', { class: 'zaa-headline', role: 'status' });
  const toggleText = document.createTextNode('');
  const toggleArrow = el('span', { 'aria-hidden': 'true' });
  const toggle = el(
    'button',
    { type: 'button', class: 'zaa-btn zaa-toggle', 'aria-controls': props.drawerId },
    toggleText,
    toggleArrow,
  );
  toggle.addEventListener('click', () => props.onToggleOpen(!props.open()));
  const bar = el('div', { class: 'zaa-bar' });
  const barNotices = el('div', { class: 'zaa-bar-notices' });
  const drawerTitle = el('h2', { class: 'zaa-drawer-title' });
  const notLoaded = el('p', { class: 'zaa-status-line', role: 'alert', 'data-testid': 'zaa-panel-not-loaded' });
  const drawerBody = el('div', { class: 'zaa-drawer-body' });
  const drawer = el('section', { class: 'zaa-drawer', id: props.drawerId }, drawerTitle);
  const root = el('section', { 'data-testid': 'zaa-panel' }, bar);
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !props.open()) return;
    event.stopPropagation();
    props.onToggleOpen(false);
    toggle.focus();
  });
  // The notices' titles, one element per kind, kept while the notice is there.
  const noticeNodes = new Map<string, { node: HTMLElement; title: HTMLButtonElement; text: HTMLElement }>();
  function noticeNode(notice: PanelNotice): HTMLElement {
    let made = noticeNodes.get(notice.kind);
    if (!made) {
      const title = el('button', { type: 'button', class: 'zaa-link', 'aria-controls': props.drawerId });
      title.addEventListener('click', () => props.onToggleOpen(true));
      // Its title, whole; the full text is in the opened panel (and here for assistive technology).
      const text = el('span', { class: 'zaa-sr' });
      made = {
        node: el('div', { class: 'zaa-notice', 'data-testid': 'zaa-notice', 'data-kind': notice.kind }, title, text),
        title,
        text,
      };
      noticeNodes.set(notice.kind, made);
    }
    setText(made.title, t(`noticeTitle.${notice.kind}` as MessageKey));
    setText(made.text, `: ${noticeText(notice)}`);
    return made.node;
  }

  scope.effect(() => {
    const title = t(props.title);
    setAttr(root, 'class', props.floating?.() ? 'zaa-panel zaa-floating' : 'zaa-panel');
    setAttr(root, 'data-coverage', props.coverage());
    setAttr(root, 'aria-label', `${t('extName')}: ${title}`);
    setAttr(root, 'lang', language.value);
    setAttr(mark, 'title', t('extName'));
    setText(brand, t('extMark'));
    setText(drawerTitle, title);
    setAttr(drawer, 'aria-label', title);
  });
  scope.effect(() => {
    const said = props.headline();
    setText(sentence, t(said.said.key, said.said.params));
    setAttr(headline, 'data-tone', said.tone);
    setAttr(headline, 'data-testid', said.notice && 'zaa-notice');
    setAttr(headline, 'data-kind', said.notice?.kind);
    if (said.notice) setText(headlineNotice, ` ${noticeText(said.notice)}`);
    placeChildren(headline, [sentence, said.notice && headlineNotice]);
  });
  scope.effect(() => {
    const open = props.open();
    setAttr(toggle, 'aria-expanded', String(open));
    setText(toggleText, open ? t('collapse') : t('expand'));
    setText(toggleArrow, open ? ' ▴' : ' ▾');
    if (drawer.hidden === open) drawer.hidden = !open;
  });
  scope.effect(() => {
    placeChildren(bar, [mark, brand, headline, ...(props.status?.() ?? []), ...props.actions(), toggle]);
  });
  scope.effect(() => {
    const notices = props.barNotices();
    for (const kind of noticeNodes.keys()) if (!notices.some((n) => n.kind === kind)) noticeNodes.delete(kind);
    const results = props.results?.() ?? [];
    placeChildren(barNotices, [...results, ...notices.map(noticeNode)]);
    placeChildren(root, [bar, (notices.length > 0 || results.length > 0) && barNotices, drawer]);
  });
  scope.effect(() => {
    if (props.drawerNotLoaded()) setText(notLoaded, t('panelNotLoaded'));
    placeChildren(drawer, [drawerTitle, props.drawerNotLoaded() && notLoaded, drawerBody]);
  });
  return { root, toggle, drawerBody };
}
