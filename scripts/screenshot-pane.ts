/**
 * Screenshot of the built task pane (dist/) in headless Chromium, outside Excel: office.js is
 * routed to a stub whose Excel.run hands the pane a sheet of a sample workbook, then the
 * "detect" button is clicked and the pane is captured at the task-pane width.
 *
 *   npm run build
 *   npx tsx scripts/screenshot-pane.ts [--lang zh-CN|en] [--theme light|dark]
 *       [--sample samples/county-2024-m09.xlsx] [--out test-artifacts/pane-zh-CN-light.png]
 *
 * Needs Chromium at /usr/bin/chromium (apt-get install chromium) and fonts-noto-cjk for Chinese.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import type { Grid } from "../src/core/types";
import { readWorkbookGrids } from "../src/xlsx/read-grid";
import { rangeAddress } from "../src/xlsx/render-sheet";

const DEV_ORIGIN = "https://localhost:3000";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const PANE_WIDTH = 350;
const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".map": "application/json",
};

/** Excel hands rectangular arrays with "" for empty cells and "General" for unformatted ones. */
function asExcelRange(grid: Grid) {
  const width = Math.max(1, ...grid.values.map((row) => row.length));
  const height = Math.max(1, grid.values.length);
  const origin = grid.origin ?? { row: 0, col: 0 };
  const rows = Array.from({ length: height }, (_, r) => r);
  const cols = Array.from({ length: width }, (_, c) => c);
  return {
    values: rows.map((r) => cols.map((c) => grid.values[r]?.[c] ?? "")),
    numberFormat: rows.map((r) => cols.map((c) => grid.numberFormats?.[r]?.[c] ?? "General")),
    address: `${grid.sheetName}!${rangeAddress({
      top: origin.row,
      left: origin.col,
      bottom: origin.row + height - 1,
      right: origin.col + width - 1,
    })}`,
  };
}

/** office.js stand-in: Office.onReady fires at once; Excel.run serves one sheet. */
function officeStub(grid: Grid, lang: string, dark: boolean): string {
  const range = asExcelRange(grid);
  const theme = dark
    ? { bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff" }
    : { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#000000" };
  return `
    (function () {
      var range = Object.assign(${JSON.stringify(range)}, { isNullObject: false, load: function () { return range; } });
      var sheet = { name: ${JSON.stringify(grid.sheetName)}, load: function () { return sheet; },
        getUsedRangeOrNullObject: function () { return range; } };
      var context = { workbook: { worksheets: { getActiveWorksheet: function () { return sheet; } } },
        sync: function () { return Promise.resolve(); } };
      var info = { host: "Excel", platform: "PC" };
      window.Office = {
        HostType: { Excel: "Excel" },
        context: { displayLanguage: ${JSON.stringify(lang)}, officeTheme: ${JSON.stringify(theme)},
          requirements: { isSetSupported: function () { return true; } } },
        actions: { associate: function () {} },
        onReady: function (callback) { if (callback) setTimeout(function () { callback(info); }); return Promise.resolve(info); }
      };
      window.Excel = { run: function (batch) { return Promise.resolve(batch(context)); } };
    })();`;
}

async function main(): Promise<void> {
  const { values: args } = parseArgs({
    options: {
      lang: { type: "string", default: "zh-CN" },
      theme: { type: "string", default: "light" },
      sample: { type: "string", default: "samples/county-2024-m09.xlsx" },
      out: { type: "string" },
    },
  });
  const lang = args.lang as string;
  const dark = args.theme === "dark";
  const out = resolve(args.out ?? `test-artifacts/pane-${lang}-${dark ? "dark" : "light"}.png`);
  const dist = resolve("dist");
  if (!existsSync(join(dist, "taskpane.html")))
    throw new Error("dist/taskpane.html is missing: run `npm run build` first.");

  const [grid] = await readWorkbookGrids(args.sample as string);
  // A fresh profile each run, so nothing from an earlier run (cache, service workers) leaks in.
  const userDataDir = mkdtempSync(join(tmpdir(), "taizhang-chromium-"));
  const browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: "/usr/bin/chromium",
    viewport: { width: PANE_WIDTH, height: 700 },
    locale: lang,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const page = await browser.newPage();
    await page.route(OFFICE_JS, (route) =>
      route.fulfill({ contentType: "text/javascript", body: officeStub(grid, lang, dark) })
    );
    await page.route(`${DEV_ORIGIN}/**`, (route) => {
      const file = join(dist, new URL(route.request().url()).pathname);
      if (!file.startsWith(dist) || !existsSync(file))
        return route.fulfill({ status: 404, body: "not found" });
      return route.fulfill({
        contentType: CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
        body: readFileSync(file),
      });
    });
    page.on("pageerror", (error) => process.stderr.write(`page error: ${error.message}\n`));
    await page.goto(`${DEV_ORIGIN}/taskpane.html`);
    await page.getByRole("button").first().click();
    await page.locator("dl, [role=group], .fui-MessageBar").first().waitFor({ timeout: 15000 });
    await page.screenshot({ path: out, fullPage: true });
    process.stdout.write(`${out}\n`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
