/**
 * Entry of the classic (ES5) pane, loaded only by webviews that do not run module scripts
 * (Internet Explorer 11 / Trident: volume-licensed Excel 2016/2019 on Windows). The polyfills
 * come first: core modules use ES2015+ library features at load time.
 */
import "./polyfills";
import { excelHost } from "../excel/host";
import { ClassicPane } from "./app";
import { messageBar } from "./views";
import { pickLang } from "../taskpane/i18n";
import { TEXT } from "./strings";
import { installStyles } from "./styles";
import { el } from "./dom";

function container(): HTMLElement {
  const found = document.getElementById("container");
  if (found) return found;
  const created = document.createElement("div");
  created.id = "container";
  document.body.appendChild(created);
  return created;
}

function boot(): void {
  installStyles();
  const root = container();
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    const lang = pickLang(navigator.language);
    root.appendChild(el("div", "tz", messageBar("info", null, TEXT.notInExcel[lang])));
    return;
  }
  Office.onReady(() => {
    const lang = pickLang(Office.context && Office.context.displayLanguage);
    const pane = new ClassicPane(root, excelHost(), lang);
    pane.render();
    pane.start();
  });
}

boot();
