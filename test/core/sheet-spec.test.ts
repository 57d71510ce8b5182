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
      headerRows: [
        [
          { text: "领域", rowSpan: 2 },
          { text: "2024年", colSpan: 2 },
        ],
        [{ text: "计划" }, { text: "占比" }],
      ],
      rows: [
        { values: ["合计", 1.5, 0.5], kind: "total" },
        { values: ["工业", 1.5, 0.5], kind: "data", band: null },
      ],
      footnotes: ["注：测试"],
      freezeColumns: 1,
      chart: {
        title: "完成率",
        categoryColumn: 0,
        valueColumn: 2,
        valueName: "完成率",
        lineValue: 0.5,
        lineName: "时序进度",
        skipFirstRow: true,
      },
    });
    assert.equal(layout.values[0][0], "重点项目汇总表");
    assert.equal(layout.values[1][0], "单位：亿元、个");
    assert.deepEqual(layout.values[2], ["领域", "2024年", null]);
    assert.deepEqual(layout.values[3], [null, "计划", "占比"]);
    assert.deepEqual(layout.values[4], ["合计", 1.5, 0.5]);
    assert.deepEqual(layout.freeze, { rows: 4, columns: 1 });
    assert.ok(
      layout.merges.some((m) => m.top === 2 && m.bottom === 3 && m.left === 0 && m.right === 0)
    );
    assert.ok(
      layout.merges.some((m) => m.top === 2 && m.bottom === 2 && m.left === 1 && m.right === 2)
    );
    assert.equal(layout.values[7][0], "注：测试");
    assert.deepEqual(layout.chart?.categories, { top: 5, left: 0, bottom: 5, right: 0 });
  });

  it("finds runs and display widths", () => {
    assert.deepEqual(runsOf(["a", "a", "b"]), [
      { value: "a", start: 0, end: 1 },
      { value: "b", start: 2, end: 2 },
    ]);
    assert.equal(displayWidth("合计ab"), 6);
  });

  it("colours whole rows, merges spanning section rows, and places letter text around the table", () => {
    const layout = layoutSheet({
      key: "letter:县交通局",
      name: "督导函",
      title: "督导函",
      infoLines: [],
      leadParagraphs: ["县交通局：", "正文"],
      columns: [
        { width: 6, format: "0", align: "center" },
        { width: 20, format: "@", align: "left" },
      ],
      headerRows: [[{ text: "序号" }, { text: "项目名称" }]],
      rows: [
        { values: ["一、滞后项目"], kind: "group", span: true },
        { values: [1, "甲"], kind: "data", fontColor: "#9C0006" },
        { values: [2, "乙"], kind: "data", fontColor: "#9C0006" },
        { values: [3, "丙"], kind: "data" },
      ],
      footnotes: [],
      paragraphs: ["请于5个工作日内报送。"],
      signatureLines: ["重点办", "2024年10月X日"],
      freezeColumns: 0,
    });
    const column = layout.values.map((r) => r[0]);
    assert.deepEqual(column, [
      "督导函",
      "县交通局：",
      "正文",
      "序号",
      "一、滞后项目",
      1,
      2,
      3,
      null,
      "请于5个工作日内报送。",
      null,
      "重点办",
      "2024年10月X日",
    ]);
    assert.deepEqual(layout.body, { top: 4, left: 0, bottom: 7, right: 1 });
    assert.deepEqual(layout.freeze, { rows: 0, columns: 0 });
    // the section row is merged and left-aligned; both red rows are one range
    assert.ok(
      layout.merges.some((m) => m.top === 4 && m.bottom === 4 && m.left === 0 && m.right === 1)
    );
    assert.ok(
      layout.styles.some(
        (s) => s.range.top === 4 && s.range.bottom === 4 && s.style.hAlign === "left"
      )
    );
    const red = layout.styles.filter((s) => s.style.fontColor === "#9C0006");
    assert.deepEqual(
      red.map((s) => s.range),
      [{ top: 5, left: 0, bottom: 6, right: 1 }]
    );
    // sender and date right-aligned
    assert.ok(layout.styles.some((s) => s.range.top === 11 && s.style.hAlign === "right"));
    assert.ok(layout.styles.some((s) => s.range.top === 12 && s.style.hAlign === "right"));
  });

  it("makes wrapped paragraphs tall enough, but not one-line info lines", () => {
    const long = "这是一段很长的督导函正文".repeat(10);
    const layout = layoutSheet({
      key: "k",
      name: "n",
      title: "t",
      infoLines: [long],
      leadParagraphs: [long],
      columns: [{ width: 20, format: "@", align: "left" }],
      headerRows: [],
      rows: [],
      footnotes: [],
      freezeColumns: 0,
    });
    // 240 display units over 17 per line (a merged row holds 90% of 20, less the cell padding) → 15 lines
    assert.deepEqual(layout.rowHeights, [
      { row: 0, height: 30 },
      { row: 2, height: 16 * 15 + 3 },
    ]);
  });
});
