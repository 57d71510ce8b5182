/**
 * The WPS add-in in headless Chromium, opened from the disk as WPS opens it (file://, from
 * dist-wps/taizhang_<version>/), with a stand-in for window.Application: the strict fake WPS 表格
 * over the sample ledgers (9月, 10月 active). The ribbon's page: 快速检查 shows the check's
 * result in a message box, 打开台账助手 asks WPS for a task pane of taskpane.html. The pane there:
 * detect → check → select a lagging project → insert the summary sheets (figures as the engine
 * computes them, the ledger unchanged), and last month's .xlsx read through the lazily loaded
 * reader chunk. Screenshots under test-artifacts/browser/wps-*.png.
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { buildSync } from "esbuild";
import type { Page } from "playwright-core";
import { narrativeInputOf, totalsSentence } from "../../src/core/index";
import { fixed, percent, pointsSigned } from "../../src/core/format";
import type { Grid } from "../../src/core/types";
import { BUTTON } from "../../src/wps/addin/ribbon";
import { readWorkbookGrids } from "../../src/xlsx/read-grid";
import { WPS_ADDIN, buildWps } from "../wps/wps-build";
import { type Expected, expected } from "./expected";
import { ARTIFACTS, type Browser, requireChromium, skipWelcome, noticeText } from "./harness";
import { launchChromium } from "../support/chromium";

const FOLDER_URL = `${pathToFileURL(WPS_ADDIN.folderPath).href}/`;

/** The stand-in script for a page: the sample Grids, then the bundled fake WPS. */
function standIn(grids: Grid[]): string {
  const bundle = buildSync({
    entryPoints: [resolve(__dirname, "wps-standin.ts")],
    bundle: true,
    format: "iife",
    target: "es2020",
    write: false,
    logLevel: "error",
  });
  return `window.__taizhangGrids = ${JSON.stringify(grids)};\n${bundle.outputFiles[0].text}`;
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `wps-${name}.png`), fullPage: true });
}

/** A page of the add-in with (or without) the stand-in; page errors fail the test, dialogs are kept. */
async function addinPage(browser: Browser, script: string | null) {
  const page = await browser.context.newPage();
  const dialogs: string[] = [];
  page.on("pageerror", (error) => assert.fail(`page error: ${error.message}`));
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  if (script) await page.addInitScript({ content: script });
  return { page, dialogs };
}

function wpsEval<R>(page: Page, expression: string): Promise<R> {
  return page.evaluate(
    `(() => { const w = window.__fakeWps; return (${expression}); })()`
  ) as Promise<R>;
}

describe("WPS add-in in headless Chromium (file://, fake window.Application)", function () {
  this.timeout(600_000);
  let browser: Browser;
  let truth: Expected;
  let script: string;

  before(async function () {
    requireChromium(this);
    buildWps();
    truth = await expected();
    const [m09] = await readWorkbookGrids(resolve(__dirname, "../../samples/county-2024-m09.xlsx"));
    const september = { ...m09, sheetName: "9月" };
    script = standIn([september, truth.grid]);
    browser = await launchChromium({ width: 350, height: 900 });
  });
  after(async () => browser?.close());
  afterEach(function () {
    const elsewhere = browser.requests.filter((url) => !url.startsWith(FOLDER_URL));
    assert.deepEqual(elsewhere, [], "a page requested something outside the add-in folder");
  });

  it("the ribbon's page: 快速检查 answers in a message box, 打开台账助手 asks WPS for the pane", async () => {
    const { page, dialogs } = await addinPage(browser, script);
    await page.goto(`${FOLDER_URL}index.html`);
    await page.evaluate(`window.ribbon.OnAction({ Id: "${BUTTON.quickCheck}" })`);
    for (let i = 0; dialogs.length === 0 && i < 100; i++) await page.waitForTimeout(100);
    assert.equal(dialogs.length, 1, "one message box");
    const [heading, totals] = dialogs[0].split("\n\n");
    assert.equal(heading, "台账助手 · 快速检查（工作表“10月”）");
    assert.equal(totals, totalsSentence(narrativeInputOf(truth.report), "zh-CN"));
    assert.equal(await wpsEval(page, "w.sheets.length"), 2, "the quick check adds no sheet");

    await page.evaluate(`window.ribbon.OnAction({ Id: "${BUTTON.openPane}" })`);
    const panes = await wpsEval<{ url: string; title: string; visible: boolean }[]>(
      page,
      "w.taskPanes"
    );
    assert.deepEqual(panes, [
      { url: `${FOLDER_URL}taskpane.html?lang=zh-CN`, title: "台账助手", visible: true },
    ]);
    await page.close();
  });

  it("the pane: detect → check → select → insert the summary sheets, the ledger unchanged", async () => {
    const { page } = await addinPage(browser, script);
    await page.goto(`${FOLDER_URL}taskpane.html?lang=zh-CN`);
    const before = await wpsEval<string>(page, 'w.sheet("10月").snapshot()');

    const verdict = page.getByTestId("detect-verdict");
    await verdict.waitFor({ timeout: 30_000 });
    assert.equal(await verdict.getAttribute("data-verdict"), "ready");
    const facts = (await page.getByTestId("ledger-facts").textContent()) ?? "";
    assert.match(facts, /10月/);
    assert.match(facts, new RegExp(String(truth.ledger.projects.length)));
    await shot(page, "1-detect");
    await skipWelcome(page.mainFrame());

    await page.getByTestId("tab-check").click();
    await page.getByTestId("run-check").click();
    await page.getByTestId("totals").waitFor({ timeout: 30_000 });
    const totals = truth.report.totals;
    assert.equal(await page.getByTestId("tile-projects").textContent(), String(totals.projects));
    assert.equal(
      await page.getByTestId("tile-rate").textContent(),
      percent(totals.completionRate!)
    );
    const variance = (await page.getByTestId("tile-variance").textContent()) ?? "";
    assert.ok(variance.startsWith(pointsSigned(totals.variancePoints!)), variance);
    await shot(page, "2-check");

    const first = page.getByTestId("project").first();
    const row = Number(await first.getAttribute("data-row"));
    await first.click();
    for (let i = 0; i < 50 && !(await wpsEval<boolean>(page, "w.selection !== null")); i++)
      await page.waitForTimeout(100);
    assert.deepEqual(
      await wpsEval(page, "({ sheet: w.selection.sheet, top: w.selection.area.top })"),
      { sheet: "10月", top: row - 1 }
    );

    await page.getByTestId("tab-output").click();
    await page.getByTestId("insert-sheets").click();
    await noticeText(page.mainFrame());
    const layouts = truth.layouts("zh-CN");
    const written = await wpsEval<((number | string | boolean | null)[][] | null)[]>(
      page,
      `${JSON.stringify(layouts.map((l) => l.name))}.map((name) => { const s = w.find(name); return s ? Array.from(s.values, (r) => Array.from(r || [], (v) => (v === undefined ? null : v))) : null; })`
    );
    layouts.forEach((layout, i) => {
      const values = written[i];
      assert.ok(values, `sheet ${layout.name} was not inserted`);
      layout.values.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          if (typeof cell === "number")
            assert.equal(
              fixed(Number(values[r]?.[c]), 6),
              fixed(cell, 6),
              `${layout.name} R${r + 1}C${c + 1}`
            );
        })
      );
    });
    assert.equal(await wpsEval(page, "w.screenUpdating"), true, "screen updating back on");
    await shot(page, "3-inserted");
    assert.equal(await wpsEval<string>(page, 'w.sheet("10月").snapshot()'), before);
    await page.close();
  });

  it("核对 with last month's .xlsx: the reader chunk loads from the disk (file://) when a file is picked", async () => {
    const { page } = await addinPage(browser, script);
    await page.goto(`${FOLDER_URL}taskpane.html?lang=zh-CN`);
    await page.getByTestId("detect-verdict").waitFor({ timeout: 30_000 });
    await skipWelcome(page.mainFrame());
    await page.getByTestId("tab-reconcile").click();
    const reader = `${FOLDER_URL}xlsx-reader.js`;
    assert.equal(browser.requests.filter((u) => u === reader).length, 0, "fetched before the pick");
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByTestId("open-previous-file").click(),
    ]);
    await chooser.setFiles(resolve(__dirname, "../../samples/county-2024-m09.xlsx"));
    await page.getByTestId("reconcile-result").waitFor({ timeout: 30_000 });
    assert.ok(browser.requests.includes(reader), "xlsx-reader.js loaded from the add-in folder");
    const added = (await page.getByTestId("reconcile-added").textContent()) ?? "";
    assert.match(added, new RegExp(`\\(${truth.reconcile.added.length}\\)`));
    await shot(page, "4-reconcile-file");
    await page.close();
  });

  it("without window.Application the pane says where to open it", async () => {
    const { page } = await addinPage(browser, null);
    await page.goto(`${FOLDER_URL}taskpane.html`);
    const message = (await page.getByTestId("not-in-wps").textContent()) ?? "";
    assert.match(message, /WPS 表格/);
    assert.match(message, /window\.Application/);
    await page.close();
  });
});
