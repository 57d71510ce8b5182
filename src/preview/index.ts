/**
 * The preview page: the real task pane (taskpane bundles in an iframe, preview-pane.html) beside a
 * read-only grid of a sample workbook held by the strict fake Excel host the adapter tests use.
 * Sheets 9月 and 10月 are the bundled sample ledgers (read from samples/*.xlsx at build time).
 * URL parameters go on to the pane: ?lang=en, ?theme=dark, ?mode=quick.
 */
import september from "../../samples/county-2024-m09.xlsx";
import october from "../../samples/county-2024-m10.xlsx";
import { FakeExcelHost } from "./fake-excel/host";
import { addGridSheet } from "./fake-excel/grid-fill";
import { BRIDGE_KEY, type PreviewBridge } from "./bridge";
import { renderWorkbook } from "./grid-view";

const PANE_PAGE = "preview-pane.html";

function workbook(): FakeExcelHost {
  const host = new FakeExcelHost({ excelApi: "1.13" });
  addGridSheet(host, { ...september[0], sheetName: "9月" });
  addGridSheet(host, { ...october[0], sheetName: "10月" });
  host.activate("10月");
  return host;
}

function start(): void {
  const host = workbook();
  const grid = document.getElementById("workbook");
  const frame = document.getElementById("pane") as HTMLIFrameElement | null;
  if (!grid || !frame) return;

  let pending = false;
  const refresh = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      renderWorkbook(grid, host, (name) => {
        host.activate(name);
        refresh();
      });
    });
  };
  // Every sync of the pane may change the workbook: redraw after each one.
  const execute = host.execute.bind(host);
  host.execute = (operations) => execute(operations).finally(refresh);

  const bridge: PreviewBridge = { host, refresh };
  (window as unknown as Record<string, PreviewBridge>)[BRIDGE_KEY] = bridge;
  refresh();

  const params = new URLSearchParams(window.location.search);
  if (params.get("theme") === "dark") document.body.classList.add("dark");
  frame.src = `${PANE_PAGE}${window.location.search}`;
}

start();
