/**
 * The classic (ES5) pane in headless Chromium, in a frame stripped down to IE11's built-ins
 * (harness/ie11-profile.js), against the strict fake Excel host at ExcelApi 1.7 (Excel 2019):
 * detect → check → select a lagging project → insert the summary sheets → copy the report
 * paragraph → annotate → clear, in zh-CN, with screenshots in test-artifacts/classic/.
 * Figures are asserted against the engine run in Node on the same sample. A project named like
 * an HTML tag must show as text. No request may leave the harness's own origin.
 * Assumes `npm run build` ran first (dist/classic.js).
 */
import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { launchChromium, requireChromium } from "../support/chromium";
import { runCheck } from "../../src/core/check";
import { percent, pointsSigned } from "../../src/core/format";
import { readLedger } from "../../src/core/reader";
import type { CheckReport } from "../../src/core/report-types";
import { DEFAULT_RULES } from "../../src/core/rules/presets";
import { buildOutputSheets } from "../../src/core/summaries";
import type { Grid } from "../../src/core/types";
import { readWorkbookGrids } from "../../src/xlsx/read-grid";
import { laggingProjects } from "../../src/taskpane-classic/views";
import { buildHostScript } from "./harness/build-host";
import { type HarnessServer, startHarnessServer } from "./harness/server";

const root = resolve(__dirname, "..", "..");
const artifacts = join(root, "test-artifacts", "classic");
const SAMPLE = join(root, "samples", "county-2024-m09.xlsx");
const HOSTILE_NAME = '<img src="/xss.png" onerror="top.xssFired=1">滞后项目';

interface Session {
  server: HarnessServer;
  browser: BrowserContext;
  page: Page;
  requests: string[];
  errors: string[];
  close(): Promise<void>;
}

async function openPane(
  setup: { grids: Grid[]; excelApi: string; displayLanguage: string },
  hostScript: string
): Promise<Session> {
  const server = await startHarnessServer(setup, hostScript);
  const { context: browser, requests, close } = await launchChromium({ width: 350, height: 900 });
  const errors: string[] = [];
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(`${server.origin}/host.html`);
  await page.waitForFunction(() => {
    const pane = (document.getElementById("pane") as HTMLIFrameElement)
      .contentWindow as unknown as {
      fakeHost?: unknown;
    } | null;
    return Boolean(pane?.fakeHost);
  });
  return { server, browser, page, requests, errors, close };
}

async function closePane(session: Session | undefined): Promise<void> {
  if (!session) return;
  await session.close();
  await session.server.close();
}

/*
 * The pane is driven from the harness page, through the frame's DOM: Playwright's own injected
 * scripts need the ES2015+ built-ins that the pane's frame no longer has.
 */

/** Texts of the pane's elements matching a CSS selector. */
function paneTexts(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((css) => {
    const doc = (document.getElementById("pane") as HTMLIFrameElement).contentDocument!;
    return Array.from(doc.querySelectorAll<HTMLElement>(css), (e) => e.innerText.trim());
  }, selector);
}

async function paneCount(page: Page, selector: string): Promise<number> {
  return (await paneTexts(page, selector)).length;
}

/** Waits until the pane shows `text`; on timeout the error says what the pane showed instead. */
async function waitForText(page: Page, text: string): Promise<void> {
  try {
    await page.waitForFunction(
      (wanted) => {
        const doc = (document.getElementById("pane") as HTMLIFrameElement).contentDocument;
        return doc?.body?.innerText.includes(wanted) === true;
      },
      text,
      { timeout: 30_000 }
    );
  } catch (error) {
    throw new Error(`"${text}" not shown; messages: ${await barText(page)}`, { cause: error });
  }
}

async function barText(page: Page): Promise<string> {
  return (await paneTexts(page, ".tz-bar")).join(" | ");
}

/** Clicks the first pane element matching selector whose text is `name` (or any, without name). */
async function clickInPane(page: Page, selector: string, name?: string): Promise<void> {
  const outcome = await page.evaluate(
    ([css, wanted]) => {
      const doc = (document.getElementById("pane") as HTMLIFrameElement).contentDocument!;
      const target = Array.from(doc.querySelectorAll<HTMLButtonElement>(css)).find(
        (e) => wanted === null || e.innerText.trim() === wanted
      );
      if (!target) return "missing";
      if (target.disabled) return "disabled";
      target.click();
      return "clicked";
    },
    [selector, name ?? null] as const
  );
  assert.equal(outcome, "clicked", `${selector} ${name ?? ""}`);
}

function clickButton(page: Page, name: string): Promise<void> {
  return clickInPane(page, "button", name);
}

/** The frame as tall as its content, then a picture of it. */
async function screenshot(session: Session, name: string): Promise<void> {
  await session.page.evaluate(() => {
    const frame = document.getElementById("pane") as HTMLIFrameElement;
    frame.style.height = `${frame.contentDocument!.documentElement.scrollHeight}px`;
  });
  mkdirSync(artifacts, { recursive: true });
  await session.page.locator("#pane").screenshot({ path: join(artifacts, name) });
}

describe("classic pane in Chromium with IE11's built-ins, on the fake Excel 2019 host", function () {
  this.timeout(180_000);
  let hostScript = "";
  let grids: Grid[] = [];
  let report: CheckReport;

  before(async function () {
    requireChromium(this);
    assert.ok(
      existsSync(join(root, "dist", "classic.js")),
      "dist/classic.js is missing: run `npm run build` first"
    );
    hostScript = await buildHostScript();
    grids = await readWorkbookGrids(SAMPLE);
    // The most lagging project gets a name that is HTML: the pane must show it as text.
    const ledger = readLedger(grids[0]);
    const worst = laggingProjects(runCheck(ledger, { rules: DEFAULT_RULES }))[0];
    grids[0].values[worst.row.gridRow][ledger.columns.name!.col] = HOSTILE_NAME;
    report = runCheck(readLedger(grids[0]), { rules: DEFAULT_RULES });
  });

  it("detects, checks, selects, inserts the summaries, copies, annotates and clears in zh-CN", async function () {
    let session: Session | undefined;
    try {
      session = await openPane({ grids, excelApi: "1.7", displayLanguage: "zh-CN" }, hostScript);
      const { page } = session;

      // The frame really lacks ES2015+ built-ins, and the pane's polyfills stood in for them.
      const realm = await page.evaluate(() => {
        const pane = (document.getElementById("pane") as HTMLIFrameElement)
          .contentWindow as Window & typeof globalThis & { ie11ProfileRemoved: string[] };
        return {
          removed: pane.ie11ProfileRemoved,
          normalize: !String(pane.String.prototype.normalize).includes("[native code]"),
          // Removed by the profile, so whatever is there now came from the bundle's core-js.
          promise: typeof pane.Promise === "function" && typeof pane.Map === "function",
        };
      });
      for (const name of [
        "Promise",
        "Map",
        "Symbol",
        "Object.entries",
        "Array.prototype.includes",
        "String.prototype.normalize",
      ])
        assert.ok(realm.removed.includes(name), `${name} was not removed`);
      assert.deepEqual([realm.normalize, realm.promise], [true, true], "polyfills installed");

      // Detect.
      await waitForText(page, "已识别台账");
      const facts = await paneTexts(page, ".tz-facts tr");
      assert.deepEqual(
        facts.map((row) => row.replace(/\s+/g, " ").trim()),
        [
          "工作表 9月",
          "表头 第3—4行",
          "项目数 120",
          "金额单位 万元（据单位行）",
          "报告期 2024年1-9月",
        ]
      );
      const columns = await paneTexts(page, ".tz-columns li");
      assert.ok(
        columns.some((c) => /^C\s*项目名称/.test(c)),
        columns.join(" / ")
      );
      await screenshot(session, "pane-zh-CN-detected.png");

      // Check.
      await clickButton(page, "开始检查");
      await waitForText(page, "检查结果");
      const tiles = await paneTexts(page, ".tz-tile-value");
      const totals = report.totals;
      assert.deepEqual(tiles, [
        "120",
        `91 · ${percent(totals.startRate!, 1)}`,
        percent(totals.completionRate!),
        pointsSigned(totals.variancePoints!),
      ]);
      assert.deepEqual(tiles.slice(2), ["66.45%", "-8.55"]);
      assert.equal(await paneCount(page, ".tz-tile-value .tz-behind"), 1, "lag shown in red");
      const groupRows = await paneCount(page, ".tz-table tbody tr");
      assert.equal(groupRows, report.groups[Object.keys(report.groups)[0]].length + 1);
      const lagging = laggingProjects(report);
      assert.equal(await paneCount(page, ".tz-project"), Math.min(30, lagging.length));
      const [firstName] = await paneTexts(page, ".tz-project-name");
      assert.equal(firstName, HOSTILE_NAME, "a project name is shown as text");
      assert.equal(await paneCount(page, ".tz img"), 1, "only the pane's icon is an image");
      const narrative = await page.evaluate(
        () =>
          (document.getElementById("pane") as HTMLIFrameElement).contentDocument!.querySelector(
            "textarea"
          )!.value
      );
      assert.equal(narrative, report.narrative["zh-CN"]);
      await screenshot(session, "pane-zh-CN-checked.png");

      // Select the most lagging project's row.
      await clickInPane(page, ".tz-project");
      await page.waitForFunction((row) => {
        const pane = (document.getElementById("pane") as HTMLIFrameElement)
          .contentWindow as unknown as {
          fakeHost: { state: { selection: { address: string } | null } };
        };
        const host = pane.fakeHost;
        return host.state.selection?.address === `A${row}:XFD${row}`;
      }, lagging[0].row.sheetRow);

      // Insert the summary sheets.
      await clickButton(page, "插入汇总表");
      await waitForText(page, "已插入");
      const expectedSheets = buildOutputSheets(report, {
        lang: "zh-CN",
        reservedNames: ["9月"],
      }).map((s) => s.name);
      const sheetNames = await page.evaluate(
        () =>
          (
            (document.getElementById("pane") as HTMLIFrameElement).contentWindow as unknown as {
              fakeHost: { sheetNames: string[] };
            }
          ).fakeHost.sheetNames
      );
      assert.deepEqual(sheetNames, ["9月", ...expectedSheets]);
      assert.match(await barText(page), new RegExp(`已插入 ${expectedSheets.length} 张表`));

      // Copy the report paragraph (headless Chromium may refuse: then the text is left selected).
      await clickButton(page, "复制");
      await page.waitForFunction(() =>
        Boolean(
          (document.getElementById("pane") as HTMLIFrameElement).contentDocument!.querySelector(
            ".tz-bar-success, .tz-bar-warning"
          )
        )
      );
      assert.match(await barText(page), /报告文字已复制|请按 Ctrl\+C/);

      // Annotate, then remove the annotations.
      await clickButton(page, "在台账上标注");
      await waitForText(page, "个项目的进度");
      assert.match(await barText(page), /已在 [A-Z]+、[A-Z]+ 列标注 120 个项目的进度/);
      await clickButton(page, "清除标注");
      await waitForText(page, "已清除台账助手的标注");
      await screenshot(session, "pane-zh-CN-done.png");

      assert.equal(
        await page.evaluate(() => (window as { xssFired?: number }).xssFired),
        undefined
      );
      assert.deepEqual(session.errors, []);
      const foreign = session.requests.filter(
        (url) => !url.startsWith(`${session!.server.origin}/`)
      );
      assert.deepEqual(foreign, [], "requests left the harness's origin");
      assert.ok(
        !session.requests.some((url) => url.endsWith("/xss.png")),
        "the hostile name was parsed as HTML"
      );
    } finally {
      await closePane(session);
    }
  });

  it("explains in English when Excel is older than Excel 2019 (ExcelApi 1.6)", async function () {
    let session: Session | undefined;
    try {
      session = await openPane({ grids, excelApi: "1.6", displayLanguage: "en-US" }, hostScript);
      await waitForText(session.page, "Not done");
      assert.match(
        await barText(session.page),
        /This version of Excel lacks a feature the add-in needs \(ExcelApi 1\.7/
      );
      const disabled = await session.page.evaluate(() =>
        Array.from(
          (document.getElementById("pane") as HTMLIFrameElement).contentDocument!.querySelectorAll(
            "button"
          ),
          (b) => `${b.innerText.trim()}:${b.disabled}`
        )
      );
      assert.deepEqual(disabled, ["Run check:true", "Detect again:false"]);
      await screenshot(session, "pane-en-old-excel.png");
      assert.deepEqual(session.errors, []);
    } finally {
      await closePane(session);
    }
  });
});
