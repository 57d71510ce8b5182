import assert from "node:assert/strict";
import { FORMATS, formattedText, layoutSheet } from "../../src/core/index";

describe("number formats: what a cell shows, for the layout's widths", () => {
  it("shows the sheets' codes as Excel does", () => {
    assert.equal(formattedText(1440, FORMATS.amountGroupedWhole), "1,440");
    assert.equal(formattedText(1234567.891, FORMATS.amountGrouped2), "1,234,567.89");
    assert.equal(formattedText(-1034.7261, FORMATS.amountGrouped2), "-1,034.73");
    assert.equal(formattedText(259.5712, FORMATS.amount2), "259.57");
    assert.equal(formattedText(0.012, FORMATS.amount4), "0.0120");
    assert.equal(formattedText(0.42137, FORMATS.percent2), "42.14%");
    assert.equal(formattedText(3.2, FORMATS.points2), "+3.20");
    assert.equal(formattedText(-7.861, FORMATS.points2), "-7.86");
    assert.equal(formattedText(0, FORMATS.points2), "0.00");
    assert.equal(formattedText(12, FORMATS.integer), "12");
    assert.equal(formattedText("工业", FORMATS.text), "工业");
    assert.equal(formattedText(null, FORMATS.amount2), "");
  });

  it("widens an amount column to its longest figure: no ### in a 合计 row or a 总投资 column", () => {
    const layout = layoutSheet({
      key: "consolidated",
      name: "汇总台账",
      title: "重点项目汇总台账",
      infoLines: [],
      columns: [
        { width: 8, format: FORMATS.general, align: "left" },
        {
          width: 8,
          format: FORMATS.amountGrouped2,
          wholeFormat: FORMATS.amountGroupedWhole,
          align: "right",
        },
      ],
      headerRows: [[{ text: "项目名称" }, { text: "总投资" }]],
      rows: [
        { values: ["合计", 123456789], kind: "total" },
        { values: ["甲", 123456789], kind: "data" },
      ],
      footnotes: [],
      freezeColumns: 1,
    });
    // "123,456,789": 11 characters, bold in the 合计 row, with the fallback-font margin.
    assert.ok(layout.columnWidths[1] >= 14, String(layout.columnWidths[1]));
    const body = layout.styles.find((s) => s.range.left === 1 && s.style.numberFormat);
    assert.equal(body?.style.numberFormat, FORMATS.amountGroupedWhole);
  });
});
