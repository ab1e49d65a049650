import { STATUS_CSS } from './status-style';

/** Styles of the panels (inside their shadow roots); sized and coloured to sit quietly beside Zoom's UI. */
export const PANEL_CSS = `${STATUS_CSS}
:host{all:initial}
/* A block that never widens the page: its one-line bar is cut to the width the page gives it. */
:host(zaa-zoom-panel),:host(zaa-booking-panel){display:block !important;contain:inline-size !important;min-width:0 !important;max-width:100% !important}
.zaa-panel{position:relative;box-sizing:border-box;min-width:0;font:13px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;margin:6px 0 8px;max-width:100%;container-type:inline-size}
.zaa-panel.zaa-floating{position:fixed;right:16px;bottom:16px;width:min(560px,calc(100vw - 32px));margin:0;z-index:2147483000;box-shadow:0 4px 18px rgba(0,0,0,.18);border-radius:8px}
.zaa-panel *{box-sizing:border-box}
/* One line of one height: mark and name, one whole sentence, one primary action, the toggle, packed to the left (a page wider than the window keeps them in sight). */
.zaa-bar{display:flex;flex-wrap:nowrap;align-items:center;gap:8px;height:40px;padding:0 8px 0 10px;overflow:hidden;background:#fff;border:1px solid #d0d7de;border-radius:8px;white-space:nowrap}
.zaa-mark{flex:none;display:inline-grid;place-items:center;width:22px;height:22px;border-radius:6px;background:#0b5cff;color:#fff;font-size:10px;font-weight:700}
.zaa-brand{flex:none;font-weight:650;font-size:13px}
.zaa-headline{flex:0 1 auto;min-width:0;margin:0;overflow:hidden;font-size:13px}
.zaa-headline[data-tone="done"]{color:#0b5c24}
.zaa-headline[data-tone="problem"]{color:#8c1d18;font-weight:600}
.zaa-chip{flex:none;font-size:12px;color:#444c56}
.zaa-chip progress{width:60px;vertical-align:middle}
.zaa-bar button.zaa-btn{flex:none}
button.zaa-icon-btn{padding:3px 8px}
button.zaa-ext-btn{display:inline-flex;align-items:center;gap:6px;border-color:#0b5cff;color:#0a3db3;background:#fff}
.zaa-mark-small{width:16px;height:16px;border-radius:4px;font-size:8px}
/* A narrow place (the floating panel): the name gives way first, then the sentence takes a line of its own. */
@container (max-width:760px){.zaa-brand{display:none}}
@container (max-width:600px){.zaa-bar{flex-wrap:wrap;height:auto;padding:6px 8px;row-gap:6px}.zaa-headline{flex-basis:100%;order:-1;white-space:normal}}
.zaa-sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
/* Under the bar, whole and wrapping: the notices the sentence does not say, and the last prefill's result. */
.zaa-bar-notices{display:flex;flex-wrap:wrap;gap:4px 6px;margin:4px 0 0}
.zaa-bar-notices .zaa-notice{margin:0;padding:0 8px;border-left-width:3px;font-size:12px;line-height:22px}
.zaa-bar-notices .zaa-prefill-result{margin:0;padding:0 8px;line-height:22px}
.zaa-read-all-message{margin:0;padding:0 8px;font-size:12px;line-height:22px;border-left:3px solid #9a6700;background:#fff8c5;color:#3b2300;border-radius:4px}
.zaa-read-all-message[data-state="failed"]{border-color:#cf222e;background:#ffebe9;color:#5c0a0e}
button.zaa-link{all:unset;cursor:pointer;text-decoration:underline dotted;text-underline-offset:2px}
button.zaa-link:focus-visible{outline:2px solid #0b5cff;outline-offset:2px}
/* Opened, in the page's flow: it pushes the page down and lies over nothing of the page's own. */
.zaa-drawer{max-width:min(100%,760px);margin-top:4px;max-height:min(55vh,480px);overflow:auto;overscroll-behavior:contain;padding:8px 12px 12px;background:#fff;border:1px solid #d0d7de;border-radius:8px}
.zaa-floating .zaa-drawer{position:absolute;right:0;bottom:calc(100% + 4px);width:100%;box-shadow:0 8px 24px rgba(0,0,0,.18)}
.zaa-drawer[hidden]{display:none}
.zaa-drawer-title{font-size:13.5px;font-weight:650;margin:0 0 6px}
button.zaa-btn{font:inherit;font-size:12.5px;border:1px solid #b6bec8;background:#f6f8fa;color:#1f2328;border-radius:6px;padding:3px 10px;cursor:pointer}
button.zaa-btn:hover{background:#eef1f4}
button.zaa-btn.zaa-primary{background:#0b5cff;border-color:#0b5cff;color:#fff}
button.zaa-btn.zaa-primary:hover{background:#0a4fd8}
button.zaa-btn:focus-visible,select:focus-visible,input:focus-visible,summary:focus-visible,a:focus-visible{outline:2px solid #0b5cff;outline-offset:2px}
button.zaa-btn[disabled]{opacity:.6;cursor:not-allowed}
.zaa-notice{border-left:4px solid #9a6700;background:#fff8c5;color:#3b2300;padding:6px 10px;margin:6px 0;border-radius:4px}
.zaa-notice[data-kind="no-roster"],.zaa-notice[data-kind="partial-view"]{border-color:#0b5cff;background:#eef4ff;color:#0a2a6b}
.zaa-notice[data-kind="layout-unrecognised"],.zaa-notice[data-kind="read-failed"],.zaa-notice[data-kind="store-failed"]{border-color:#cf222e;background:#ffebe9;color:#5c0a0e}
.zaa-prefill-result{margin:6px 0;padding:4px 8px;border-radius:4px;font-size:12.5px}
.zaa-prefill-result[data-ok="true"]{background:#e6f4ea;color:#0b5c24}
.zaa-prefill-result[data-ok="false"],.zaa-prefill-result[data-add="false"]{background:#ffebe9;color:#5c0a0e}
.zaa-prefill-result[data-add="true"]{background:#e6f4ea;color:#0b5c24}
.zaa-status-line{font-size:12px;color:#444c56;margin:2px 0}
.zaa-form-hint{font:12.5px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin-top:4px;display:flex;gap:6px;align-items:center;flex-wrap:wrap}
`;
