/**
 * End to end in headless Chromium against the preview page (dist/preview.html): the real task pane
 * in its iframe, the strict fake Excel host in the page. Detect → check → choose a lagging project
 * (its row is selected) → insert summaries (figures as the engine computes them) → annotate and
 * remove annotations (ledger unchanged) → reconcile, in zh-CN and in English; plus quick check,
 * dark theme, hostile project names, the editors' validation and the no-network rule.
 */
import assert from "node:assert/strict";
import { fixed, percent } from "../../src/core/format";
import { pointsText, wanAmountText } from "../../src/core/index";
import type { Lang } from "../../src/core/types";
import { type Expected, expected } from "./expected";
import {
  PANE_WIDTH,
  assertNoSidewaysScroll,
  inWorkbook,
  noticeText,
  open,
  screenshot,
  previewSession,
  sheetValues,
  skipWelcome,
} from "./harness";

describe("task pane in the preview (headless Chromium)", function () {
  this.timeout(60000);
  const session = previewSession();
  let truth: Expected;

  before(async function () {
    truth = await expected();
  });

  for (const lang of ["zh-CN", "en"] as Lang[]) {
    it(`runs every step in ${lang}: detect, check, select, insert, annotate, reconcile`, async function () {
      const started = Date.now();
      const { page, pane } = await open(session.browser, session.origin, `?lang=${lang}`);
      const tag = `${lang}`;
      // Detect
      const verdict = pane.getByTestId("detect-verdict");
      await verdict.waitFor({ timeout: 15000 });
      const interactive = await page.evaluate(() => performance.now());
      console.log(
        `      time to interactive (${lang}): ${Math.round(interactive)} ms (test: ${Date.now() - started} ms)`
      );
      assert.equal(await verdict.getAttribute("data-verdict"), "ready");
      const facts = (await pane.getByTestId("ledger-facts").textContent()) ?? "";
      assert.match(facts, /10月/);
      assert.match(facts, new RegExp(String(truth.ledger.projects.length)));
      await screenshot(page, `${tag}-1-detect`);
      await skipWelcome(pane);

      // Check
      await pane.getByTestId("tab-check").click();
      await pane.getByTestId("run-check").click();
      const totals = truth.report.totals;
      await pane.getByTestId("totals").waitFor({ timeout: 15000 });
      assert.equal(await pane.getByTestId("tile-projects").textContent(), String(totals.projects));
      assert.equal(
        await pane.getByTestId("tile-rate").textContent(),
        percent(totals.completionRate!)
      );
      assert.equal(
        await pane.getByTestId("tile-variance").textContent(),
        pointsText(totals.variancePoints!, lang)
      );
      await screenshot(page, `${tag}-2-check`);

      // A lagging project: the first of the behind list is the one furthest behind.
      const first = pane.getByTestId("project").first();
      const row = Number(await first.getAttribute("data-row"));
      const lagging = truth.report.projects
        .filter((p) => p.schedule.status.endsWith("behind"))
        .sort((a, b) => a.schedule.variancePoints! - b.schedule.variancePoints!)[0];
      assert.equal(row, lagging.row.sheetRow);
      await first.click();
      await page.waitForSelector(`#workbook tr.selected[data-row="${row}"]`, { timeout: 10000 });
      const selection = await inWorkbook(
        page,
        "{ sheet: b.host.state.sheets.find((x) => x.id === b.host.state.selection.sheetId).name, address: b.host.state.selection.address }"
      );
      assert.deepEqual(selection, { sheet: "10月", address: `A${row}:XFD${row}` });
      await screenshot(page, `${tag}-3-selected`);

      // Output: summary sheets with the engine's figures
      await pane.getByTestId("tab-output").click();
      await pane.getByTestId("insert-sheets").click();
      await noticeText(pane);
      const layouts = truth.layouts(lang);
      const written = await sheetValues(
        page,
        layouts.map((l) => l.name)
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
      await screenshot(page, `${tag}-4-summaries`);

      // Annotate, then remove: the ledger's values, formulas and formats are as before.
      const before = await inWorkbook(page, 'JSON.stringify(b.host.snapshot("10月"))');
      await pane.getByTestId("annotate").click();
      assert.match(await noticeText(pane), new RegExp(String(truth.report.projects.length)));
      const formats = await inWorkbook(page, 'b.host.sheet("10月").conditionalFormats.length');
      assert.equal(formats, truth.report.rules.colourBands.length);
      await screenshot(page, `${tag}-5-annotated`);
      await pane.getByTestId("clear-annotations").click();
      await pane.getByTestId("notice").filter({ hasNotText: /10月/ }).waitFor({ timeout: 15000 });
      const after = await inWorkbook(page, 'JSON.stringify(b.host.snapshot("10月"))');
      assert.equal(after, before);
      assert.equal(await inWorkbook(page, 'b.host.sheet("10月").conditionalFormats.length'), 0);

      // Paragraph
      const paragraph = await pane.getByTestId("paragraph").inputValue();
      assert.equal(paragraph, truth.report.narrative[lang]);

      // Reconcile with 9月
      await pane.getByTestId("tab-reconcile").click();
      assert.equal(await pane.getByTestId("previous-sheet").inputValue(), "9月");
      await pane.getByTestId("compare").click();
      await pane.getByTestId("reconcile-result").waitFor({ timeout: 15000 });
      const result = truth.reconcile;
      for (const key of ["added", "removed", "decreased", "planChanged", "totalChanged"] as const) {
        assert.match(
          (await pane.getByTestId(`reconcile-${key}`).textContent()) ?? "",
          new RegExp(`\\(${result[key].length}\\)`),
          key
        );
      }
      // The increment in the core's wording of 万元 amounts (thousands separators, no forced .00).
      assert.equal(
        await pane.getByTestId("month-increment").textContent(),
        wanAmountText(result.monthIncrement, lang)
      );
      await pane.getByTestId("insert-reconcile").click();
      await noticeText(pane);
      const sheets = await inWorkbook<string[]>(page, "b.host.sheetNames");
      assert.equal(sheets.length, 2 + layouts.length + 1, sheets.join(","));
      await screenshot(page, `${tag}-6-reconcile`);

      // The pane fits 350 px.
      await assertNoSidewaysScroll(pane);
      await page.close();
    });
  }

  it("quick check (ribbon ?mode=quick) opens on the results with the saved settings, no welcome", async function () {
    const { page, pane } = await open(session.browser, session.origin, "?lang=zh-CN&mode=quick");
    await pane.getByTestId("totals").waitFor({ timeout: 15000 });
    assert.equal(await pane.getByTestId("welcome").count(), 0);
    assert.equal(
      await pane.getByTestId("tile-projects").textContent(),
      String(truth.report.totals.projects)
    );
    await screenshot(page, "quick-check");
    await page.close();
  });

  it("dark theme: the pane is dark and still fits 350 px", async function () {
    const { page, pane } = await open(
      session.browser,
      session.origin,
      "?lang=zh-CN&theme=dark&mode=quick"
    );
    await pane.getByTestId("totals").waitFor({ timeout: 15000 });
    const background = await pane.evaluate(
      () => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor
    );
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    assert.ok(r + g + b < 200, `background ${background} is not dark`);
    assert.equal(await pane.evaluate(() => document.documentElement.scrollWidth), PANE_WIDTH);
    await screenshot(page, "dark-check");
    await page.close();
  });

  it("shows project names such as =HYPERLINK(…) and <img onerror> as text", async function () {
    const { page, pane } = await open(session.browser, session.origin, "?lang=en");
    await pane.getByTestId("detect-verdict").waitFor({ timeout: 15000 });
    await skipWelcome(pane);
    const hostile = ['=HYPERLINK("http://evil.invalid","x")', "<img src=x onerror=alert(1)>"];
    const nameCol = truth.ledger.origin.col + truth.ledger.columns.name!.col;
    // The two projects furthest behind: the top of the behind list.
    const rows = truth.report.projects
      .filter((p) => p.schedule.status.endsWith("behind"))
      .sort((a, b) => a.schedule.variancePoints! - b.schedule.variancePoints!)
      .slice(0, 2)
      .map((p) => p.row.sheetRow - 1);
    await inWorkbook(
      page,
      'arg.rows.forEach((r, i) => { b.host.sheet("10月").values[r][arg.col] = arg.names[i]; }), b.refresh()',
      { rows, col: nameCol, names: hostile }
    );
    await pane.getByTestId("tab-check").click();
    await pane.getByTestId("run-check").click();
    await pane.getByTestId("totals").waitFor({ timeout: 15000 });
    const top = await pane.getByTestId("project").allTextContents();
    assert.ok(top[0].startsWith(hostile[0]), top[0]);
    assert.ok(top[1].startsWith(hostile[1]), top[1]);
    await screenshot(page, "hostile-names");
    assert.equal(await pane.locator("img[src=x]").count(), 0);
    assert.equal(await page.locator("#workbook img").count(), 0);
    const gridText = (await page.locator("#workbook").textContent()) ?? "";
    for (const name of hostile) assert.ok(gridText.includes(name), `grid shows ${name}`);
    await page.close();
  });
});

describe("task pane editors in the preview (headless Chromium)", function () {
  this.timeout(30000);
  const session = previewSession();

  it("mapping editor: a column given to two fields blocks applying; a change is badged", async function () {
    const { page, pane } = await open(session.browser, session.origin, "?lang=en");
    await pane.getByTestId("detect-verdict").waitFor({ timeout: 15000 });
    await skipWelcome(pane);
    const apply = pane.getByRole("button", { name: "Apply and detect again" });
    assert.equal(await apply.isEnabled(), true);
    const codeColumn = await pane.locator("select[data-field=code]").inputValue();
    await pane.locator("select[data-field=name]").selectOption(codeColumn);
    await pane.getByRole("alert").filter({ hasText: "a column can hold one field only" }).waitFor();
    assert.equal(await apply.isEnabled(), false);
    assert.ok(await pane.getByText("changed", { exact: true }).isVisible());
    await page.close();
  });

  it("rule editor: a wrong number is flagged under its field and saving waits; a right one saves", async function () {
    const { page, pane } = await open(session.browser, session.origin, "?lang=zh-CN");
    await pane.getByTestId("detect-verdict").waitFor({ timeout: 15000 });
    await skipWelcome(pane);
    await pane.getByTestId("tab-settings").click();
    const threshold = pane.getByTestId("rule-thresholdCNY");
    await threshold.fill("三千");
    await pane.getByText("应为数字").waitFor();
    assert.equal(await pane.getByTestId("save-rules").isEnabled(), false);
    await threshold.fill("500");
    // Now the reduced threshold (1000) is above the general one: the whole-set rule speaks.
    await pane.getByText("不应高于 thresholdCNY").waitFor();
    await threshold.fill("5000");
    await pane.getByTestId("save-rules").click();
    await pane.getByTestId("rules-status").filter({ hasText: "规则已保存" }).waitFor();
    const saved = await inWorkbook<{ rules: Record<string, unknown> }>(
      page,
      'b.host.state.settings.get("taizhang.options")'
    );
    assert.equal(saved.rules.thresholdCNY, 5000);
    await screenshot(page, "settings");
    await page.close();
  });
});
