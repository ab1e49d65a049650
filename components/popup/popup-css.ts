import { DRAWER_CSS } from '../drawer-css';
import { PANEL_CSS } from '../panel-css';

/**
 * The popup's and the options page's own styles, over the panels' (pills, buttons, list).
 * Text colours keep at least 4.5:1 on their backgrounds; every control shows a focus ring.
 */
export const POPUP_CSS = `${PANEL_CSS}${DRAWER_CSS}html,body{margin:0;background:#fff}
body{font:13px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328}
.zaa-popup{box-sizing:border-box;width:420px;max-width:100vw;padding:10px 12px 14px}
.zaa-popup *,.zaa-options *{box-sizing:border-box}
.zaa-popup h1,.zaa-options h1{font-size:15px;font-weight:700;margin:0 0 6px}
.zaa-popup h2,.zaa-options h2{font-size:13.5px;font-weight:650;margin:12px 0 4px}
.zaa-popup-head{display:flex;align-items:center;gap:8px}
.zaa-popup-head h1{flex:1;margin:0}
.zaa-mark{flex:none;display:block}
.zaa-title{display:flex;align-items:center;gap:8px}
.zaa-welcome{box-sizing:border-box;max-width:720px;margin:0 auto;padding:20px 16px 32px;font-size:14px}
.zaa-welcome *{box-sizing:border-box}
.zaa-welcome h1{font-size:22px;margin:0 0 10px}
.zaa-welcome h2{font-size:15px;font-weight:650;margin:18px 0 4px}
.zaa-steps{padding-left:22px}
.zaa-steps li{margin:0 0 14px}
.zaa-steps h2{margin-top:0}
.zaa-steps p{margin:0 0 6px}
.zaa-steps li[data-state="done"] h2::before{content:"✓ ";color:#1a7f37}
.zaa-steps li[data-state="current"]{border-left:3px solid #0b5cff;padding-left:8px}
.zaa-steps li[data-state="done"]{color:#444c56}
.zaa-next .zaa-guide{padding-left:0;list-style:none}
.zaa-facts li{margin:0 0 6px}
a{color:#0a4fd8}
.zaa-options-foot{display:flex;gap:16px;margin-top:20px;padding-top:10px;border-top:1px solid #d0d7de}
a.zaa-link-btn{display:inline-block;text-decoration:none;background:#0b5cff;color:#fff;border-radius:6px;padding:5px 12px;font-weight:600}
a.zaa-link-btn:hover{background:#0a4fd8}
.zaa-field{display:flex;flex-direction:column;gap:2px;margin:6px 0}
.zaa-field label,.zaa-field legend{font-weight:600;font-size:12.5px}
.zaa-field select,.zaa-field input[type=text],.zaa-field input[type=search],.zaa-field input[type=number]{font:inherit;padding:4px 6px;border:1px solid #8c959f;border-radius:6px;background:#fff;color:#1f2328;max-width:100%}
.zaa-field input[aria-invalid=true]{border-color:#cf222e}
fieldset.zaa-field{border:1px solid #d0d7de;border-radius:6px;padding:6px 10px}
.zaa-field .zaa-radio{display:flex;align-items:center;gap:6px;font-weight:400}
.zaa-counts li{margin:0}
.zaa-count{font-weight:700;margin-left:2px}
.zaa-next{border:1px solid #d0d7de;border-radius:6px;padding:8px 10px;margin:8px 0;background:#f6f8fa}
.zaa-next h2{margin-top:0}
.zaa-next p{margin:0 0 6px}
.zaa-message{margin:6px 0;padding:6px 10px;border-radius:4px;border-left:4px solid #1a7f37;background:#e6f4ea;color:#0b3d1c}
.zaa-message.zaa-error{border-color:#cf222e;background:#ffebe9;color:#5c0a0e}
.zaa-confirm{border:1px solid #cf222e;border-radius:6px;padding:8px 10px;margin:8px 0;background:#fff}
.zaa-confirm p{margin:0 0 6px}
.zaa-confirm-details{margin:0 0 6px;padding-left:18px;overflow-wrap:anywhere}
button.zaa-btn.zaa-danger{background:#cf222e;border-color:#cf222e;color:#fff}
button.zaa-btn.zaa-danger:hover{background:#a40e26}
.zaa-hidden-file{display:none}
details.zaa-advanced{margin-top:10px;border-top:1px solid #d0d7de;padding-top:6px}
details.zaa-advanced summary{cursor:pointer;font-weight:600;font-size:12.5px;color:#444c56}
.zaa-fallback{width:100%;min-height:4em;font:12px/1.4 ui-monospace,monospace;margin-top:4px}
.zaa-host-list{list-style:none;margin:4px 0;padding:0}
.zaa-host-list li{display:flex;align-items:center;gap:8px;padding:3px 0}
.zaa-host-row{display:flex;gap:6px;align-items:center;flex-wrap:wrap}
.zaa-options{box-sizing:border-box;max-width:640px;margin:0 auto;padding:16px}
.zaa-hint{font-size:12px;color:#57606a;margin:0}
.zaa-list:focus-visible,textarea:focus-visible{outline:2px solid #0b5cff;outline-offset:2px}
`;
