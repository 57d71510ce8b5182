/**
 * Detect shows the reading (the column taken as this year's completion, the rows taken as
 * totals) and the sheet's own 合计 check, and a row the user re-labels is read that way after
 * applying: the role is saved in the workbook and survives a re-detect.
 */
import assert from "node:assert/strict";
import { inWorkbook, open, previewSession, screenshot, skipWelcome } from "./harness";

describe("task pane: the reading in Detect (headless Chromium)", function () {
  this.timeout(60000);
  const session = previewSession();

  it("says which column is this year's completion and that the 合计 row agrees", async function () {
    const { page, pane } = await open(session.browser, session.origin, "?lang=zh-CN");
    await pane.getByTestId("detect-verdict").waitFor({ timeout: 15000 });
    await skipWelcome(pane);
    const reading = pane.getByTestId("reading");
    await reading.waitFor({ timeout: 5000 });
    const text = (await reading.textContent()) ?? "";
    assert.match(text, /使用 K 列“2024年 \/ 1-10月累计完成投资”为本年累计完成投资/);
    assert.match(text, /第5行“合计（120个）”为合计行/);
    assert.equal(await pane.getByTestId("totals-check").getAttribute("data-agrees"), "true");
    await screenshot(page, "reading-zh-CN");
  });

  it("reads a row as the user says after applying, and keeps saying so", async function () {
    const { pane } = await open(session.browser, session.origin, "?lang=en");
    await pane.getByTestId("detect-verdict").waitFor({ timeout: 15000 });
    await skipWelcome(pane);
    await pane.getByTestId("row-role-5").selectOption("ignore");
    await pane.getByRole("button", { name: "Apply and detect again" }).click();
    await pane.getByTestId("detect-verdict").waitFor({ timeout: 15000 });
    // Row 5 is no total row any more: no 合计 check, and the row is listed as not read as one.
    await pane.getByTestId("reading").waitFor({ timeout: 5000 });
    assert.equal(await pane.getByTestId("totals-check").count(), 0);
    assert.doesNotMatch(
      (await pane.getByTestId("reading").textContent()) ?? "",
      /Row 5 .* total row/
    );
    await pane.getByRole("button", { name: "Detect again", exact: true }).click();
    await pane.getByTestId("reading").waitFor({ timeout: 15000 });
    assert.equal(await pane.getByTestId("totals-check").count(), 0);
  });

  it("says first on the Check tab when the sheet's own 合计 disagrees with what was read", async function () {
    const { page, pane } = await open(session.browser, session.origin, "?lang=zh-CN");
    await pane.getByTestId("detect-verdict").waitFor({ timeout: 15000 });
    await skipWelcome(pane);
    // Make the 合计 row (sheet row 5) state another 总投资 than its projects add up to.
    await inWorkbook(
      page,
      `(() => { const s = b.host.state.sheets.find((x) => x.name === "10月");
        const col = s.values.slice(0, 4).map((r) => (r || []).findIndex((v) => typeof v === "string" && v.includes("总投资"))).find((c) => c >= 0);
        s.values[4][col] = s.values[4][col] + 1000000; return col; })()`
    );
    await pane.getByRole("button", { name: "重新识别", exact: true }).click();
    await pane.getByTestId("totals-check").waitFor({ timeout: 15000 });
    assert.equal(await pane.getByTestId("totals-check").getAttribute("data-agrees"), "false");
    await pane.getByTestId("tab-check").click();
    await pane.getByTestId("run-check").click();
    const banner = pane.getByTestId("totals-mismatch");
    await banner.waitFor({ timeout: 15000 });
    assert.match(
      (await banner.textContent()) ?? "",
      /读取结果与表内“合计（120个）”行（第5行）不符：总投资 计算/
    );
    await screenshot(page, "reading-mismatch-check");
  });
});
