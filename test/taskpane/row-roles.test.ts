/** The rows Detect lets the user re-label, and how the choices merge with what is saved. */
import assert from "node:assert/strict";
import { readLedger } from "../../src/core/reader/index";
import { mergedRoles, rowRoleItems } from "../../src/taskpane/state/row-roles";

describe("task pane: row roles", () => {
  const ledger = readLedger({
    sheetName: "表",
    values: [
      ["序号", "项目名称", "总投资", "年度计划投资", "1-6月完成投资"],
      ["合计", "2个", 13000, 3000, 1300],
      ["一、工业项目", null, null, null, null],
      [1, "园区道路工程", 5000, 1000, 400],
      [null, "自筹资金", null, 400, 200],
      [2, "污水处理厂", 8000, 2000, 900],
    ],
  });

  it("lists the total, section and breakdown rows with what they were read as", () => {
    assert.deepEqual(
      rowRoleItems(ledger).map((i) => [i.sheetRow, i.readAs, i.label]),
      [
        [2, "subtotal", "合计（2个）"],
        [3, "section", "一、工业项目"],
        [5, "detail", ""],
      ]
    );
  });

  it("merges the draft over the saved roles; 'as read' removes a saved role", () => {
    assert.deepEqual(mergedRoles({ 2: "ignore" }, { 5: "project" }), { 2: "ignore", 5: "project" });
    assert.equal(mergedRoles({ 2: "ignore" }, { 2: "auto" }), undefined);
  });
});
