/**
 * The opened panel's styles (what to do, the notices in full, the list): they come with the opened panel's
 * module (zoom-drawer.js, booking-drawer.js), after the first paint. The popup shows the same parts at once.
 */
export const DRAWER_CSS = `.zaa-guide{margin:0 0 8px;padding-left:20px}
.zaa-step{margin:6px 0}
.zaa-step-people{margin:2px 0;padding-left:16px}
.zaa-step-people li{overflow-wrap:anywhere}
.zaa-step-how{margin:2px 0;font-size:12px;color:#444c56}
.zaa-notice-detail{border-left:4px solid #9a6700;background:#fff8c5;color:#3b2300;padding:6px 10px;margin:6px 0;border-radius:4px}
.zaa-notice-detail p{margin:0}
.zaa-notice-detail[data-kind="no-roster"],.zaa-notice-detail[data-kind="partial-view"]{border-color:#0b5cff;background:#eef4ff;color:#0a2a6b}
.zaa-notice-detail[data-kind="layout-unrecognised"],.zaa-notice-detail[data-kind="read-failed"],.zaa-notice-detail[data-kind="store-failed"]{border-color:#cf222e;background:#ffebe9;color:#5c0a0e}
.zaa-typos{margin:6px 0 0;padding-left:18px}
.zaa-typos li{margin:2px 0;overflow-wrap:anywhere}
.zaa-typos .zaa-inline{margin:2px 0 2px 8px;font-weight:600}
.zaa-actions{display:flex;flex-wrap:wrap;gap:6px;margin:8px 0}
.zaa-counts{display:flex;flex-wrap:wrap;gap:6px;margin:6px 0;padding:0;list-style:none}
.zaa-progress{margin:8px 0}
.zaa-progress-track{height:8px;background:#eaeef2;border-radius:4px;overflow:hidden}
.zaa-progress-fill{height:100%;background:#1a7f37}
.zaa-progress-text{font-size:12px;color:#444c56;margin-top:2px}
.zaa-group{margin-top:8px}
.zaa-group h3{font-size:12.5px;font-weight:650;margin:8px 0 4px;color:#444c56}
.zaa-list{list-style:none;margin:0;padding:0;border:1px solid #eaeef2;border-radius:6px}
.zaa-item{display:flex;flex-wrap:wrap;align-items:center;gap:4px 8px;padding:4px 8px;border-bottom:1px solid #f0f2f4}
.zaa-item:last-child{border-bottom:0}
.zaa-item-name{font-weight:600;min-width:8em;overflow-wrap:anywhere}
.zaa-item-email{color:#444c56;overflow-wrap:anywhere;font-size:12px}
.zaa-item-note{flex-basis:100%;font-size:12px;color:#444c56}
.zaa-item-note.zaa-warn{color:#8c1d18;font-weight:600}
.zaa-muted{color:#57606a;font-size:12px}
.zaa-inline{display:inline-flex;align-items:center;gap:6px;margin:6px 0}
details.zaa-details summary{cursor:pointer;font-weight:600;margin:8px 0 4px}
`;
