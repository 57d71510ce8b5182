/**
 * Task pane entry: waits for Office, then renders the pane in the user's Office language.
 * taskpane.html?mode=quick is the ribbon's Quick check: the pane runs the check on open.
 */
import { createRoot } from "react-dom/client";
import { excelHost } from "../excel/host";
import { App } from "./components/App";
import { pickLang } from "./i18n";
import { officeFluentTheme } from "./theme";

Office.onReady((info) => {
  const container = document.getElementById("container");
  if (!container) return;
  // Outside Office (a plain browser) displayLanguage is absent: fall back to the browser's.
  const lang = pickLang(Office.context?.displayLanguage ?? navigator.language);
  const quick = new URLSearchParams(window.location.search).get("mode") === "quick";
  document.documentElement.lang = lang;
  createRoot(container).render(
    <App
      lang={lang}
      theme={officeFluentTheme()}
      host={info.host === Office.HostType.Excel ? excelHost() : null}
      quick={quick}
    />
  );
});
