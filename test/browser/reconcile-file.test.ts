/**
 * Reconcile against last month's FILE in headless Chromium (the preview page, current sheet 10月):
 * the .xlsx is read in the pane by the lazily loaded reader chunk (fetched from the page's own
 * origin, only once a file is picked, under the pane's CSP without eval), reconciled like the CLI
 * would, inserted as a sheet of the fake workbook; a corrupt file and an .xls get clear messages.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Frame, Page } from "playwright-core";
import { fixed } from "../../src/core/format";
import { wanAmountText } from "../../src/core/index";
import { findLedgerSheet } from "../../src/core/reader/index";
import { reconcileLedgers } from "../../src/core/reconcile/reconcile";
import type { ReconcileResult } from "../../src/core/report-types";
import { DEFAULT_RULES } from "../../src/core/rules/presets";
import { layoutSheet } from "../../src/core/sheet-spec";
import { buildReconcileSheet } from "../../src/core/summaries";
import type { Lang } from "../../src/core/types";
import { TEXT, rowText } from "../../src/taskpane/i18n";
import { externalSheetName } from "../../src/taskpane/state/previous-file";
import { RECONCILE_SECTIONS } from "../../src/taskpane/state/results";
import { readWorkbookGridsFromBuffer } from "../../src/xlsx/read-grid";
import { expected } from "./expected";
import {
  type Browser,
  assertNoSidewaysScroll,
  noticeText,
  open,
  screenshot,
  previewSession,
  sheetValues,
  skipWelcome,
} from "./harness";

const SAMPLE_NAME = "county-2024-m09.xlsx";
const SAMPLE = resolve(__dirname, "..", "..", "samples", SAMPLE_NAME);
const READER_CHUNK = "/xlsx-reader.js";

/** Collects CSP violations in every frame (the pane's eval-free policy must hold for the chunk). */
const RECORD_CSP_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (e) =>
    window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI));
`;

async function cspViolations(pane: Frame): Promise<string[]> {
  return pane.evaluate("window.__cspViolations") as Promise<string[]>;
}

/** What the pane must show and write: the CLI's reader and engine on the same file, in Node. */
async function expectedFromFile(): Promise<ReconcileResult> {
  const grids = await readWorkbookGridsFromBuffer(readFileSync(SAMPLE), SAMPLE_NAME);
  const found = findLedgerSheet(grids);
  assert.ok(found, "the sample reads as a ledger");
  const previous = {
    ...found.ledger,
    sheetName: externalSheetName(SAMPLE_NAME, found.ledger.sheetName),
  };
  return reconcileLedgers(previous, (await expected()).ledger, DEFAULT_RULES);
}

async function openReconcile(browser: Browser, origin: string, lang: Lang) {
  const { page, pane } = await open(browser, origin, `?lang=${lang}`);
  await pane.getByTestId("detect-verdict").waitFor({ timeout: 15000 });
  await skipWelcome(pane);
  await pane.getByTestId("tab-reconcile").click();
  return { page, pane };
}

async function errorText(pane: Frame): Promise<string> {
  return (await pane.getByTestId("error").textContent({ timeout: 15000 })) ?? "";
}

/** Picks a file through the pane's button, as a user does (the file dialog is answered). */
async function pickThroughButton(page: Page, pane: Frame, path: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    pane.getByTestId("open-previous-file").click(),
  ]);
  assert.equal(chooser.isMultiple(), false);
  await chooser.setFiles(path);
}

describe("task pane: reconcile with last month's file (headless Chromium)", function () {
  this.timeout(90000);
  const session = previewSession();
  let truth: ReconcileResult;

  before(async function () {
    await session.browser.context.addInitScript(RECORD_CSP_VIOLATIONS);
    truth = await expectedFromFile();
  });

  it("reads the picked .xlsx in the pane, lazily, and inserts the reconciliation sheet", async function () {
    const { page, pane } = await openReconcile(session.browser, session.origin, "zh-CN");
    // The pane is fully up, and the reader chunk has not been fetched.
    assert.equal(await pane.getByTestId("previous-sheet").inputValue(), "9月");
    const { browser, origin } = session;
    const readerFetches = () => browser.requests.filter((u) => u === `${origin}${READER_CHUNK}`);
    assert.deepEqual(readerFetches(), [], "xlsx-reader.js was fetched before a file was picked");
    assert.equal(await pane.getByTestId("open-previous-file").textContent(), "或打开上月台账文件…");

    const picking = Date.now();
    await pickThroughButton(page, pane, SAMPLE);
    await pane.getByTestId("reconcile-result").waitFor({ timeout: 30000 });
    console.log(`      pick → result (reader chunk fetched and run): ${Date.now() - picking} ms`);
    assert.equal(readerFetches().length, 1, "xlsx-reader.js fetched once, after the pick");

    // The result names the file and has the engine's figures.
    const label = `[${SAMPLE_NAME}]9月`;
    assert.equal(truth.previous.sheet, label);
    const caption = (await pane.getByTestId("reconcile-result").textContent()) ?? "";
    assert.ok(caption.includes(`“${label}” → “10月”`), caption);
    assert.ok(truth.added.length > 0 && truth.removed.length > 0, "the sample has both");
    for (const key of RECONCILE_SECTIONS) {
      assert.equal(
        await pane.getByTestId(`reconcile-${key}`).textContent(),
        `${TEXT[key]["zh-CN"]} (${truth[key].length})`,
        key
      );
    }
    // The added projects, by name, in order.
    await pane.getByTestId("reconcile-added").click();
    const addedList = pane.getByTestId("reconcile-result").locator("li");
    await addedList.first().waitFor();
    const addedItems = await addedList.allTextContents();
    assert.deepEqual(
      addedItems.slice(0, truth.added.length),
      truth.added.map((p) => `${p.name ?? p.code} · ${rowText(p.sheetRow, "zh-CN")}`)
    );
    assert.equal(
      await pane.getByTestId("month-increment").textContent(),
      wanAmountText(truth.monthIncrement, "zh-CN")
    );
    await screenshot(page, "reconcile-file-1-result");

    // Insert: the sheet the engine lays out, cell for cell.
    await pane.getByTestId("insert-reconcile").click();
    assert.match(await noticeText(pane), /月度核对/);
    const layout = layoutSheet(buildReconcileSheet(truth, { lang: "zh-CN" }));
    const [written] = await sheetValues(page, [layout.name]);
    assert.ok(written, `sheet ${layout.name} was not inserted`);
    assert.ok(layout.values.length > 10);
    layout.values.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const actual = written[r]?.[c] ?? null;
        const where = `${layout.name} R${r + 1}C${c + 1}`;
        if (typeof cell === "number") assert.equal(fixed(Number(actual), 6), fixed(cell, 6), where);
        else assert.equal(actual ?? "", cell ?? "", where);
      })
    );
    assert.ok(
      written.flat().some((v) => typeof v === "string" && v.includes(`上月台账：${label}`)),
      "the sheet names the file as last month's source"
    );
    await screenshot(page, "reconcile-file-2-inserted");

    assert.deepEqual(await cspViolations(pane), []);
    await assertNoSidewaysScroll(pane);
    await page.close();
  });

  it("says plainly why a corrupt file or an .xls cannot be read (English)", async function () {
    const { page, pane } = await openReconcile(session.browser, session.origin, "en");
    const input = pane.getByTestId("previous-file-input");
    const sample = readFileSync(SAMPLE);

    // A cut-off download: zip magic, but no readable directory.
    await input.setInputFiles({
      name: "last-month.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: sample.subarray(0, Math.floor(sample.length / 2)),
    });
    const corrupt = await errorText(pane);
    assert.match(
      corrupt,
      /last-month\.xlsx: the file is corrupt \(the zip package cannot be read\)/
    );
    assert.match(corrupt, /Choose last month's ledger file \(\.xlsx or \.xls\)/);
    assert.equal(await pane.getByTestId("reconcile-result").count(), 0);
    await screenshot(page, "reconcile-file-3-corrupt");

    // An Excel 97-2003 workbook (an OLE container).
    const xls = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(xls);
    Buffer.from("Workbook", "utf16le").copy(xls, 1024);
    await input.setInputFiles({
      name: "2024-09.xls",
      mimeType: "application/vnd.ms-excel",
      buffer: xls,
    });
    await pane
      .getByTestId("error")
      .filter({ hasText: "2024-09.xls: this is an old Excel 97-2003 workbook (.xls)" })
      .waitFor({ timeout: 15000 });
    assert.match(await errorText(pane), /Save it as \.xlsx in Excel and try again\.What to do: /);
    await screenshot(page, "reconcile-file-4-xls");

    // A workbook without a ledger: the sheets tried are named.
    await input.setInputFiles({
      name: "notes.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await notesWorkbook(),
    });
    await pane
      .getByTestId("error")
      .filter({
        hasText:
          'notes.xlsx: no sheet reads as a project ledger to check (one project per row, with project names and amounts; tried "说明"',
      })
      .waitFor({ timeout: 15000 });

    // The same picker then reads a good file.
    await input.setInputFiles(SAMPLE);
    await pane.getByTestId("reconcile-result").waitFor({ timeout: 30000 });
    assert.equal(await pane.getByTestId("error").count(), 0);
    assert.deepEqual(await cspViolations(pane), []);
    await page.close();
  });
});

async function notesWorkbook(): Promise<Buffer> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("说明").getCell("A1").value = "本文件是填报说明，没有台账。";
  return Buffer.from(await wb.xlsx.writeBuffer());
}
