/**
 * The widget's styles, inside its shadow root: the host page's CSS cannot reach in, and nothing here
 * reaches out. `--accent` is set from `data-color` after a contrast check (widget.ts `accessibleAccent`).
 */
export const STYLES = `
:host { all: initial; }
.cbt { --accent: #1f5fbf; --ink: #1b2230; --muted: #4d5566; --line: #c9ced8; --bg: #f5f6f8; --crisis: #a4161a; --crisis-bg: #fff1f0;
  --clin: #e6f4ea; --focus: #0b57d0; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); }
.cbt *, .cbt *::before, .cbt *::after { box-sizing: border-box; }
.vh { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
button, input, textarea { font: inherit; color: inherit; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.launcher { position: fixed; bottom: 20px; right: 20px; z-index: 2147483000; display: inline-flex; align-items: center; gap: 8px;
  background: var(--accent); color: #fff; border: 0; border-radius: 28px; padding: 12px 20px; font-weight: 600; cursor: pointer;
  box-shadow: 0 4px 14px rgba(0,0,0,.25); min-height: 48px; }
.cbt[data-position="left"] .launcher { right: auto; left: 20px; }
.launcher svg { width: 22px; height: 22px; fill: currentColor; }
.panel { position: fixed; bottom: 20px; right: 20px; z-index: 2147483001; width: min(400px, calc(100vw - 24px)); height: min(680px, calc(100vh - 40px));
  display: flex; flex-direction: column; background: #fff; border-radius: 14px; box-shadow: 0 10px 40px rgba(0,0,0,.3); overflow: hidden; }
.cbt[data-position="left"] .panel { right: auto; left: 20px; }
.panel[hidden], .launcher[hidden] { display: none; }
@media (max-width: 480px), (max-height: 560px) {
  .panel, .cbt[data-position="left"] .panel { inset: 0; width: 100%; height: 100%; border-radius: 0; }
}
.head { display: flex; align-items: flex-start; gap: 8px; padding: 12px 12px 8px 16px; background: var(--accent); color: #fff; }
.head .id { flex: 1; min-width: 0; }
.head h2 { margin: 0; font-size: 1.05rem; line-height: 1.3; overflow-wrap: anywhere; }
.head .sub { margin: 0; font-size: .85rem; opacity: .95; }
.icon { background: transparent; color: #fff; border: 1px solid rgba(255,255,255,.7); border-radius: 8px; min-width: 40px; min-height: 40px; cursor: pointer; padding: 4px 8px; font-size: .85rem; }
.icon.x { font-size: 1.4rem; line-height: 1; }
.notice { margin: 0; padding: 6px 16px; font-size: .8rem; color: var(--muted); background: var(--bg); border-bottom: 1px solid var(--line); }
.crisis-link { display: block; width: 100%; text-align: left; margin: 0; padding: 8px 16px; border: 0; border-bottom: 1px solid var(--line);
  background: var(--crisis-bg); color: var(--crisis); font-weight: 700; cursor: pointer; text-decoration: underline; min-height: 40px; }
.body { position: relative; flex: 1; min-height: 0; display: flex; flex-direction: column; }
.log { flex: 1; overflow-y: auto; background: var(--bg); }
.list { list-style: none; margin: 0; padding: 12px; display: flex; flex-direction: column; gap: 8px; }
.msg { position: relative; max-width: 88%; padding: 8px 12px; border-radius: 14px; white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; border: 1px solid #e2e5eb; }
.msg--out { align-self: flex-start; border-bottom-left-radius: 4px; }
.msg--in { align-self: flex-end; background: var(--accent); color: #fff; border-color: var(--accent); border-bottom-right-radius: 4px; }
.msg--pending { border: 2px dashed #fff; outline: 1px solid var(--accent); }
.msg--failed { background: #fff; color: var(--crisis); border: 2px dashed var(--crisis); }
.msg--clinician { background: var(--clin); border-color: #9cc9a8; }
.msg--system { background: #eef1f6; }
.msg--crisis { align-self: stretch; max-width: none; background: var(--crisis-bg); border: 2px solid var(--crisis); border-left-width: 8px; }
.msg--crisis .who { color: var(--crisis); font-size: .9rem; }
.msg a { color: inherit; font-weight: 700; }
.msg--crisis a { color: var(--crisis); }
.who { display: block; font-size: .75rem; font-weight: 700; margin-bottom: 2px; color: var(--muted); }
.ts { display: none; font-size: .72rem; color: var(--muted); margin-top: 2px; }
.msg--in .ts { color: #fff; }
.msg:hover .ts, .msg:focus .ts, .msg:focus-within .ts { display: block; }
.meta { display: block; font-size: .75rem; margin-top: 2px; }
.newer { position: absolute; bottom: 10px; left: 50%; transform: translateX(-50%); z-index: 1; border: 0; border-radius: 18px; padding: 8px 14px;
  background: var(--ink); color: #fff; font-weight: 600; cursor: pointer; min-height: 40px; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
.newer[hidden] { display: none; }
.panel:focus { outline: none; }
.panel:focus-visible { outline: 3px solid var(--focus); outline-offset: -3px; }
.banner { margin: 0; padding: 8px 16px; background: var(--clin); border-top: 1px solid #9cc9a8; font-size: .9rem; font-weight: 600; }
.banner[hidden] { display: none; }
.typing { margin: 0; padding: 4px 16px; font-size: .85rem; color: var(--muted); min-height: 1.6em; background: var(--bg); }
.quick { display: flex; flex-wrap: wrap; gap: 6px; padding: 8px 12px 2px; max-height: min(11.5rem, 32vh); overflow-y: auto; flex-shrink: 0; }
.panel.overlaying .quick, .panel.overlaying .typing, .panel.overlaying .banner, .panel.overlaying .composer, .panel.overlaying .status, .panel.overlaying .expired { display: none; }
.crisis-link:focus-visible, .log:focus-visible, .overlay:focus-visible { outline-offset: -4px; }
.msg--hint { opacity: .95; }
.quick:empty { display: none; }
.quick button { border: 2px solid var(--accent); color: var(--accent); background: #fff; border-radius: 18px; padding: 6px 12px; cursor: pointer; min-height: 44px; min-width: 44px; font-size: .95rem; }
.composer { display: flex; gap: 8px; padding: 10px 12px; border-top: 1px solid var(--line); background: #fff; }
.composer textarea { flex: 1; resize: none; padding: 9px 12px; border: 1px solid #8a93a3; border-radius: 10px; max-height: 120px; min-height: 44px; background: #fff; }
.composer button { border: 0; background: var(--accent); color: #fff; border-radius: 10px; padding: 0 16px; font-weight: 700; cursor: pointer; min-height: 44px; }
.status { margin: 0; padding: 0 12px 8px; font-size: .85rem; color: var(--crisis); }
.status:empty { display: none; }
.overlay { position: absolute; inset: 0; z-index: 2; overflow-y: auto; padding: 16px; background: #fff; }
.overlay[hidden] { display: none; }
.overlay h3 { margin: 0 0 8px; font-size: 1.05rem; }
.crisis-panel { background: var(--crisis-bg); border-top: 4px solid var(--crisis); }
.crisis-panel h3 { color: var(--crisis); }
.crisis-panel p a { color: var(--crisis); font-weight: 700; }
.crisis-actions { display: flex; flex-direction: column; gap: 8px; margin: 12px 0; }
.crisis-actions a { display: block; padding: 10px 14px; border-radius: 10px; background: var(--crisis); color: #fff; font-weight: 700; text-decoration: none; text-align: center; }
.crisis-actions a.secondary { background: #fff; color: var(--crisis); border: 2px solid var(--crisis); }
.overlay .row { display: flex; gap: 8px; margin-top: 12px; flex-wrap: wrap; }
.overlay .btn { border: 2px solid var(--accent); background: #fff; color: var(--accent); border-radius: 10px; padding: 8px 14px; font-weight: 600; cursor: pointer; min-height: 44px; }
.overlay .btn.primary { background: var(--accent); color: #fff; }
.overlay form { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 10px 0; }
.overlay label { width: 100%; font-weight: 600; }
.overlay input { padding: 8px 10px; border: 1px solid #8a93a3; border-radius: 8px; min-height: 44px; flex: 1; }
.expired { padding: 12px; margin: 12px; background: #fff8e1; border: 1px solid #b08800; border-radius: 10px; }
@media (prefers-reduced-motion: no-preference) {
  .panel:not([hidden]) { animation: cbt-in .16s ease-out; }
  @keyframes cbt-in { from { opacity: 0; transform: translateY(8px); } to { opacity: 1; transform: none; } }
}
@media (forced-colors: active) { .launcher, .composer button, .msg { border: 1px solid CanvasText; } }
`;
