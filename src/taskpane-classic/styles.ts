/**
 * The classic pane's look, close to Office's task panes: Microsoft YaHei / Segoe UI, neutral
 * greys, the teal accent of the add-in's icons. Plain CSS 2.1-level rules: IE11 has no CSS
 * variables, no grid and a buggy flexbox, so the layout uses blocks and tables.
 */
const ACCENT = "#0F7B6C";
const ACCENT_DARK = "#0B5E52";
const TEXT = "#323130";
const MUTED = "#605E5C";
const LINE = "#E1DFDD";
export const AHEAD_COLOUR = "#107C10";
export const BEHIND_COLOUR = "#A4262C";

const CSS = `
.tz{font-family:"Microsoft YaHei","微软雅黑","Segoe UI","Noto Sans CJK SC",sans-serif;font-size:13px;line-height:1.5;color:${TEXT};background:#fff;padding:0 12px 16px;min-width:0;word-wrap:break-word}
.tz *{box-sizing:border-box}
.tz-top{margin:0 -12px 10px;padding:10px 12px;border-bottom:3px solid ${ACCENT};background:#FAF9F8}
.tz-top img{width:24px;height:24px;vertical-align:middle;margin-right:8px}
.tz-title{font-size:16px;font-weight:bold;vertical-align:middle}
.tz-edition{display:block;color:${MUTED};font-size:11px;margin-top:2px}
.tz h2{font-size:14px;font-weight:bold;margin:14px 0 6px;padding-bottom:3px;border-bottom:1px solid ${LINE}}
.tz-note{color:${MUTED};font-size:12px;margin:4px 0}
.tz-bar{padding:7px 10px;margin:8px 0;border-left:3px solid ${MUTED};background:#F3F2F1}
.tz-bar-success{border-left-color:${AHEAD_COLOUR};background:#DFF6DD}
.tz-bar-warning{border-left-color:#C19C00;background:#FFF4CE}
.tz-bar-error{border-left-color:${BEHIND_COLOUR};background:#FDE7E9}
.tz-bar-busy{border-left-color:${ACCENT};background:#E8F4F2}
.tz-bar strong{display:block}
.tz-facts{border-collapse:collapse;width:100%}
.tz-facts th{text-align:left;font-weight:normal;color:${MUTED};padding:2px 10px 2px 0;white-space:nowrap;vertical-align:top;width:1%}
.tz-facts td{padding:2px 0;vertical-align:top}
.tz-columns{list-style:none;margin:0;padding:0}
.tz-columns li{padding:1px 0}
.tz-letter{display:inline-block;width:2.4em;font-family:Consolas,"Courier New",monospace;font-weight:bold;color:${ACCENT}}
.tz-muted{color:${MUTED};font-size:12px}
.tz-btn{font-family:inherit;font-size:13px;padding:5px 12px;margin:0 6px 6px 0;border:1px solid #8A8886;border-radius:2px;background:#fff;color:${TEXT};cursor:pointer}
.tz-btn:hover{background:#F3F2F1}
.tz-btn:disabled,.tz-btn:disabled:hover{color:#A19F9D;border-color:#C8C6C4;background:#F3F2F1;cursor:default}
.tz-primary{background:${ACCENT};border-color:${ACCENT};color:#fff;font-weight:bold}
.tz-primary:hover{background:${ACCENT_DARK};border-color:${ACCENT_DARK}}
.tz-tiles{width:100%;border-collapse:separate;border-spacing:0 6px;table-layout:fixed}
.tz-tile{padding:6px 8px;background:#FAF9F8;border-top:3px solid ${LINE}}
.tz-tile+.tz-tile{border-left:6px solid #fff}
.tz-tile-label{display:block;color:${MUTED};font-size:11px}
.tz-tile-value{display:block;font-size:18px;font-weight:bold;white-space:nowrap}
.tz-ahead{color:${AHEAD_COLOUR}}
.tz-behind{color:${BEHIND_COLOUR}}
.tz-table{width:100%;border-collapse:collapse;font-size:12px;table-layout:fixed}
.tz-table th{background:#F3F2F1;font-weight:bold;text-align:right;padding:3px 4px;border-bottom:1px solid #C8C6C4}
.tz-table td{text-align:right;padding:3px 4px;border-bottom:1px solid ${LINE};white-space:nowrap}
.tz-table th:first-child,.tz-table td:first-child{text-align:left;white-space:normal;width:40%}
.tz-table tr.tz-total td{font-weight:bold;border-top:1px solid #8A8886}
.tz-projects{list-style:none;margin:0;padding:0}
.tz-project{display:block;width:100%;text-align:left;font-family:inherit;font-size:12px;color:${TEXT};background:#fff;border:0;border-bottom:1px solid ${LINE};padding:5px 2px;cursor:pointer}
.tz-project:hover,.tz-project:focus{background:#E8F4F2}
.tz-project-name{display:block;font-weight:bold;font-size:13px}
.tz-pill{display:inline-block;padding:0 5px;margin-right:6px;border-radius:2px;background:#F3F2F1;font-size:11px}
.tz-narrative{width:100%;height:150px;font-family:inherit;font-size:13px;line-height:1.6;padding:6px;border:1px solid #8A8886;resize:vertical;color:${TEXT};background:#fff}
`;

/** Adds the pane's style sheet to the page once. */
export function installStyles(): void {
  if (document.getElementById("tz-styles")) return;
  const style = document.createElement("style");
  style.id = "tz-styles";
  style.type = "text/css";
  // IE11 accepts a style element's text through a text node.
  style.appendChild(document.createTextNode(CSS));
  document.getElementsByTagName("head")[0].appendChild(style);
}
