/**
 * Issue 14 in headless Chromium against the preview: the pane follows the workbook (重新识别 reads
 * the sheet the user is on, a sheet tab clicked is read at once, the picker reads any sheet, the
 * add-in's own sheets are not followed), no false all-clear (an empty sheet and a text sheet get
 * no results and no output), data errors flag the results and the annotations, the pane fits
 * 350 px in zh-CN and en, light and dark, and focus lands on the outcome of each primary action.
 */
import assert from "node:assert/strict";
import type { Frame, Page } from "playwright-core";
import { DATA_ERROR_MARK } from "../../src/app/annotation-marks";
import type { Lang } from "../../src/core/types";
import { TEXT } from "../../src/taskpane/i18n";
import { resultContext } from "../../src/taskpane/state/results";
import { type Expected, expected } from "./expected";
import {
  assertNoSidewaysScroll,
  inWorkbook,
  noticeText,
  open,
  previewSession,
  screenshot,
  sheetValues,
  skipWelcome,
} from "./harness";

/** The user clicks a sheet tab under the grid (as in Excel: the sheet is activated, the event fires). */
async function clickSheetTab(page: Page, name: string): Promise<void> {
  await page.locator(`#workbook button[data-sheet="${name}"]`).click();
}

async function sheetRead(pane: Frame, name: string): Promise<void> {
  await pane
    .getByTestId("sheet-read")
    .filter({ hasText: `“${name}”` })
    .waitFor({ timeout: 15000 });
}

/** data-testid or id of the element that has focus in the pane. */
function focused(pane: Frame): Promise<string> {
  return pane.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return "body";
    return active.dataset.testid ?? active.id ?? active.tagName;
  });
}

async function runCheck(pane: Frame): Promise<void> {
  await pane.getByTestId("tab-check").click();
  await pane.getByTestId("run-check").click();
}

/** Adds a sheet with the given cells ([row, col, value], 0-based) to the preview's workbook. */
function addSheet(page: Page, name: string, cells: [number, number, unknown][]): Promise<void> {
  return inWorkbook(
    page,
    "(b.host.addSheet(arg.name), arg.cells.forEach(([r, c, v]) => b.host.sheet(arg.name).setTyped(r, c, v)), b.refresh())",
    { name, cells }
  );
}

describe("the pane follows the workbook (headless Chromium)", function () {
  this.timeout(60000);
  const session = previewSession();
  let truth: Expected;

  before(async function () {
    truth = await expected();
  });

  it("重新识别 reads the sheet the user is on now, and says which", async function () {
    const { page, pane } = await open(session.browser, session.origin, "?lang=zh-CN");
    await skipWelcome(pane);
    await sheetRead(pane, "10月");
    assert.equal(await pane.getByTestId("sheet-read").getAttribute("data-active"), "true");
    // The user moves to 9月 where no event reaches the pane (older hosts): 重新识别 still follows.
    await inWorkbook(page, '(b.host.state.activeSheetId = b.host.sheet("9月").id, b.refresh())');
    await pane.getByTestId("detect-again").click();
    await sheetRead(pane, "9月");
    assert.match((await pane.getByTestId("ledger-facts").textContent()) ?? "", /1-9月/);
    await runCheck(pane);
    const context = pane.getByTestId("result-context");
    await context.waitFor({ timeout: 15000 });
    assert.match((await context.textContent()) ?? "", /^9月 · 2024年1-9月 · 时序进度75\.00%$/);
    await page.close();
  });

  it("follows a sheet tab the user clicks, not the sheets it writes; results say their sheet and period", async function () {
    const { page, pane } = await open(session.browser, session.origin, "?lang=zh-CN");
    await skipWelcome(pane);
    await sheetRead(pane, "10月");
    await runCheck(pane);
    const context = pane.getByTestId("result-context");
    await context.waitFor({ timeout: 15000 });
    assert.equal(await context.textContent(), resultContext(truth.report, "zh-CN"));
    assert.equal(await context.textContent(), "10月 · 2024年1-10月 · 时序进度83.33%");
    // Inserting activates the first new sheet: the pane stays on 10月.
    await pane.getByTestId("tab-output").click();
    assert.equal(
      await pane.getByTestId("result-context").textContent(),
      resultContext(truth.report, "zh-CN")
    );
    await pane.getByTestId("insert-sheets").click();
    await noticeText(pane);
    await new Promise((done) => setTimeout(done, 300));
    assert.notEqual(await inWorkbook(page, "b.host.sheetNames.length"), 2);
    assert.equal(
      await pane.getByTestId("result-context").textContent(),
      resultContext(truth.report, "zh-CN")
    );
    // The user clicks the 9月 tab: it is read at once, the 10月 results are gone (they were 10月's).
    await clickSheetTab(page, "9月");
    await pane.getByTestId("tab-detect").click();
    await sheetRead(pane, "9月");
    await pane.getByTestId("tab-check").click();
    assert.equal(await pane.getByTestId("totals").count(), 0);
    assert.equal(await pane.getByTestId("run-check").textContent(), TEXT.runCheck["zh-CN"]);
    await page.close();
  });

  it("the sheet picker reads any sheet and says it is not the one the user is on", async function () {
    const { page, pane } = await open(session.browser, session.origin, "?lang=en");
    await skipWelcome(pane);
    await sheetRead(pane, "10月");
    await pane.getByTestId("sheet-picker").selectOption("9月");
    await sheetRead(pane, "9月");
    assert.equal(await pane.getByTestId("sheet-read").getAttribute("data-active"), "false");
    assert.match(
      (await pane.getByTestId("sheet-read").textContent()) ?? "",
      /not the sheet you are on/
    );
    await page.close();
  });

  for (const [label, cells] of [
    ["空表", []],
    [
      "填报说明",
      [
        [0, 0, "填报说明"],
        [1, 0, "一、请于每月5日前报送本月台账。"],
        [2, 0, "二、金额单位：万元。"],
        [3, 1, "联系人：张三"],
      ],
    ],
  ] as [string, [number, number, unknown][]][]) {
    it(`a sheet without a ledger (${label}) gets no results, no output, and what to do`, async function () {
      const { page, pane } = await open(session.browser, session.origin, "?lang=zh-CN");
      await skipWelcome(pane);
      await sheetRead(pane, "10月");
      await addSheet(page, label, cells);
      const before = await inWorkbook<string[]>(page, "b.host.sheetNames");
      await clickSheetTab(page, label);
      await sheetRead(pane, label);
      assert.equal(
        await pane.getByTestId("detect-verdict").getAttribute("data-verdict"),
        "no-ledger"
      );
      await runCheck(pane);
      const none = pane.getByTestId("no-ledger");
      await none.waitFor({ timeout: 15000 });
      assert.match((await none.textContent()) ?? "", new RegExp(`工作表“${label}”中没有台账`));
      assert.equal(await pane.getByTestId("totals").count(), 0);
      assert.equal(await pane.getByTestId("lists").count(), 0);
      assert.equal(await focused(pane), "no-ledger-outcome");
      await screenshot(page, `no-ledger-${label === "空表" ? "empty" : "text"}`);
      await pane.getByTestId("tab-output").click();
      await pane.getByTestId("output-no-ledger").waitFor();
      assert.equal(await pane.getByTestId("insert-sheets").count(), 0);
      assert.equal(await pane.getByTestId("paragraph").count(), 0);
      assert.deepEqual(await inWorkbook<string[]>(page, "b.host.sheetNames"), before);
      // "Pick the sheet under Detect" goes there.
      await pane.getByTestId("tab-check").click();
      await pane.getByTestId("go-detect").click();
      await pane.getByTestId("detect-panel").waitFor();
      await page.close();
    });
  }
});

describe("data errors flag the results and the annotations (headless Chromium)", function () {
  this.timeout(60000);
  const session = previewSession();
  let truth: Expected;

  before(async function () {
    truth = await expected();
  });

  it("a negative plan: banner with the count and a link to the list, totals marked, annotation marked", async function () {
    const { page, pane } = await open(session.browser, session.origin, "?lang=zh-CN");
    await skipWelcome(pane);
    await sheetRead(pane, "10月");
    const project = truth.report.projects.find((p) => p.schedule.variancePoints !== null)!;
    const row = project.row.sheetRow - 1;
    const col = truth.ledger.origin.col + truth.ledger.columns.annualPlan!.col;
    await inWorkbook(page, '(b.host.sheet("10月").setTyped(arg.row, arg.col, -500), b.refresh())', {
      row,
      col,
    });
    await runCheck(pane);
    const banner = pane.getByTestId("data-errors");
    await banner.waitFor({ timeout: 15000 });
    const text = (await banner.textContent()) ?? "";
    assert.match(text, /发现 \d+ 处数据错误/);
    assert.match(text, /年度计划投资/);
    assert.equal(await pane.locator('[data-affected="true"] [data-testid="tile-rate"]').count(), 1);
    assert.equal(
      await pane.locator('[data-affected="true"] [data-testid="tile-variance"]').count(),
      1
    );
    assert.match((await pane.getByTestId("totals").textContent()) ?? "", /含有误数据/);
    // The banner sits above the totals.
    const [bannerBox, totalsBox] = await Promise.all([
      banner.boundingBox(),
      pane.getByTestId("totals").boundingBox(),
    ]);
    assert.ok(bannerBox!.y < totalsBox!.y);
    await screenshot(page, "data-errors");
    await pane.getByTestId("show-errors").click();
    assert.equal(await pane.getByTestId("list-kind").inputValue(), "problems");
    await pane.waitForFunction(() => document.activeElement?.id === "lists-title");
    const listed = await pane
      .locator('[aria-label="重点项目台账数据问题清单"] li')
      .allTextContents();
    assert.ok(listed.length > 0 && listed.every((t) => t.startsWith("错误")), listed.join("\n"));
    assert.ok(listed.some((t) => t.includes("为负数")));

    // Annotating marks the project instead of writing the figure the plan produced.
    await pane.getByTestId("tab-output").click();
    await pane.getByTestId("annotate").click();
    await noticeText(pane);
    const [values] = await sheetValues(page, ["10月"]);
    const marks = values![row].slice(-2);
    assert.deepEqual(marks, [DATA_ERROR_MARK["zh-CN"], null]);
    await page.close();
  });
});

describe("the pane at 350 px, focus and small items (headless Chromium)", function () {
  this.timeout(90000);
  const session = previewSession();

  for (const lang of ["zh-CN", "en"] as Lang[])
    for (const theme of ["light", "dark"])
      it(`no sideways scroll on any tab in ${lang}, ${theme}`, async function () {
        const query = `?lang=${lang}${theme === "dark" ? "&theme=dark" : ""}`;
        const { page, pane } = await open(session.browser, session.origin, query);
        await skipWelcome(pane);
        await pane.getByTestId("detect-verdict").waitFor({ timeout: 15000 });
        const tag = `${lang}-${theme}`;
        for (const step of ["detect", "check", "output", "reconcile", "settings"]) {
          await pane.getByTestId(`tab-${step}`).click();
          if (step === "check") {
            await pane.getByTestId("run-check").click();
            await pane.getByTestId("totals").waitFor({ timeout: 15000 });
          }
          await assertNoSidewaysScroll(pane);
          const wide = await pane.evaluate(() =>
            [...document.querySelectorAll("select, input, textarea, table")]
              .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth)
              .map(
                (e) =>
                  `${e.tagName} ${(e as HTMLElement).dataset.testid ?? ""} ${Math.round(e.getBoundingClientRect().width)}px`
              )
          );
          assert.deepEqual(wide, [], `${step}: wider than the pane`);
          await screenshot(page, `w350-${tag}-${step}`);
        }
        await page.close();
      });

  it("focus: the welcome's two buttons go to Detect and to the check's results; 开始检查 focuses the results", async function () {
    const { page, pane } = await open(session.browser, session.origin, "?lang=zh-CN");
    await pane.getByTestId("detect-verdict").waitFor({ timeout: 15000 });
    const showWelcome = async () => {
      await pane.getByTestId("tab-settings").click();
      await pane.getByRole("button", { name: TEXT.showWelcome["zh-CN"] }).click();
      await pane.getByTestId("welcome").waitFor();
    };
    await showWelcome();
    const welcome = (await pane.getByTestId("welcome").textContent()) ?? "";
    assert.doesNotMatch(welcome, /三步/);
    assert.equal(await pane.getByTestId("welcome").locator("li").count(), 5);
    await screenshot(page, "welcome");
    await pane.getByTestId("welcome-start").click();
    await pane.waitForFunction(() => document.activeElement?.id === "sheet-picker");
    assert.equal(await pane.getByTestId("detect-panel").count(), 1);

    await showWelcome();
    await pane.getByTestId("welcome-check").click();
    await pane.getByTestId("totals").waitFor({ timeout: 15000 });
    await pane.waitForFunction(
      () => (document.activeElement as HTMLElement)?.dataset.testid === "result-context"
    );

    await pane.getByTestId("run-check").click();
    await pane.getByTestId("run-check").filter({ hasText: TEXT.rerunCheck["zh-CN"] }).waitFor();
    await pane.waitForFunction(
      () => (document.activeElement as HTMLElement)?.dataset.testid === "result-context"
    );
    assert.equal(await focused(pane), "result-context");
    await page.close();
  });

  it("notices go with a tab change; the search box counts its matches; 15 sector keywords fit their box", async function () {
    const { page, pane } = await open(session.browser, session.origin, "?lang=zh-CN");
    await skipWelcome(pane);
    await runCheck(pane);
    await pane.getByTestId("totals").waitFor({ timeout: 15000 });
    // Search: the count of matches is said.
    await pane.getByTestId("search").fill("项目");
    const count = pane.getByTestId("match-count");
    await count.waitFor();
    const n = Number(/找到 (\d+) 个项目/.exec((await count.textContent()) ?? "")?.[1]);
    assert.ok(n > 0);
    assert.equal(await pane.getByTestId("project").count(), Math.min(n, 30));
    await pane.getByTestId("search").fill("不存在的名称");
    assert.equal(await count.textContent(), "找到 0 个项目");

    await pane.getByTestId("tab-output").click();
    await pane.getByTestId("insert-sheets").click();
    await noticeText(pane);
    await pane.getByTestId("tab-check").click();
    assert.equal(await pane.getByTestId("notice").count(), 0);

    await pane.getByTestId("tab-settings").click();
    const keywords = Array.from({ length: 15 }, (_, i) => `行业类别${i + 1}`).join("、");
    const box = pane.getByTestId("reduced-sectors");
    await box.fill(keywords);
    const { scroll, client } = await box.evaluate((e) => ({
      scroll: e.scrollHeight,
      client: e.clientHeight,
    }));
    assert.ok(scroll <= client, `the box shows ${client}px of ${scroll}px`);
    await screenshot(page, "settings-sectors");
    await page.close();
  });
});
