import assert from "node:assert/strict";
import { layoutSheet, runsOf, displayWidth } from "../../src/core/sheet-spec";

describe("sheet layout", () => {
  it("places title, info lines, spanned headers and body", () => {
    const layout = layoutSheet({
      key: "summary:sector",
      name: "汇总",
      title: "重点项目汇总表",
      infoLines: ["单位：亿元、个"],
      columns: [
        { width: 12, format: "@", align: "left" },
        { width: 10, format: "0.00", align: "right" },
        { width: 10, format: "0.00%", align: "right" },
      ],
      headerRows: [[{ text: "领域", rowSpan: 2 }, { text: "2024年", colSpan: 2 }], [{ text: "计划" }, { text: "占比" }]],
      rows: [
        { values: ["合计", 1.5, 0.5], kind: "total" },
        { values: ["工业", 1.5, 0.5], kind: "data", band: null },
      ],
      footnotes: ["注：测试"],
      freezeColumns: 1,
      chart: { title: "完成率", categoryColumn: 0, valueColumn: 2, valueName: "完成率", lineValue: 0.5, lineName: "时序进度", skipFirstRow: true },
    });
    assert.equal(layout.values[0][0], "重点项目汇总表");
    assert.equal(layout.values[1][0], "单位：亿元、个");
    assert.deepEqual(layout.values[2], ["领域", "2024年", null]);
    assert.deepEqual(layout.values[3], [null, "计划", "占比"]);
    assert.deepEqual(layout.values[4], ["合计", 1.5, 0.5]);
    assert.deepEqual(layout.freeze, { rows: 4, columns: 1 });
    assert.ok(layout.merges.some((m) => m.top === 2 && m.bottom === 3 && m.left === 0 && m.right === 0));
    assert.ok(layout.merges.some((m) => m.top === 2 && m.bottom === 2 && m.left === 1 && m.right === 2));
    assert.equal(layout.values[7][0], "注：测试");
    assert.deepEqual(layout.chart?.categories, { top: 5, left: 0, bottom: 5, right: 0 });
  });

  it("finds runs and display widths", () => {
    assert.deepEqual(runsOf(["a", "a", "b"]), [{ value: "a", start: 0, end: 1 }, { value: "b", start: 2, end: 2 }]);
    assert.equal(displayWidth("合计ab"), 6);
  });
});
