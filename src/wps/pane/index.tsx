/**
 * The task pane in WPS 表格: the same React pane as in Excel (src/taskpane/components/App), over
 * the WPS host. The ribbon opens it with Application.CreateTaskPane(…/taskpane.html). Without
 * window.Application (a plain browser, a WPS without the JS API) it says so instead.
 */
import { createRoot } from "react-dom/client";
import { App } from "../../taskpane/components/App";
import { fluentThemeFor } from "../../taskpane/theme";
import { wpsLang } from "../addin/lang";
import { WpsHost } from "../host";
import { notInWps } from "../messages";
import type { WpsApplication } from "../wps-api";

const container = document.getElementById("container");
const application = (window as unknown as { Application?: WpsApplication }).Application;
const lang = wpsLang(window.location.search);
document.documentElement.lang = lang;

if (container && !application) {
  container.setAttribute("data-testid", "not-in-wps");
  container.textContent = notInWps().text[lang];
} else if (container && application) {
  createRoot(container).render(
    <App lang={lang} theme={fluentThemeFor(undefined)} host={new WpsHost(application)} />
  );
}
