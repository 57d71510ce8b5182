/**
 * Golden grids of the workbook reader, one file feature at a time, on hand-written packages (the
 * XML as Excel, openpyxl, LibreOffice and other writers put it): shared, rich and inline strings,
 * cached formula results (shared formulas, 0 and FALSE results), booleans, errors, ISO dates and
 * the 1904 system, number formats, cells and rows without their r attribute, merges (covered
 * cells hold nothing), hidden rows, sheet states, relative and absolute targets, Strict OOXML and
 * prefixed elements. The pane's inflater (fflate) must give the same grids as Node's zlib.
 */
import assert from "node:assert/strict";
import type { Grid } from "../../src/core/types";
import { readWorkbookSheetsFromBuffer, readXlsInNode } from "../../src/xlsx/read-grid";
import { inflateWithFflate } from "../../src/xlsx/reader/inflate-fflate";
import { type SheetGrid, readWorkbookSheets } from "../../src/xlsx/reader/read-workbook";
import { FileProblem } from "../../src/xlsx/errors";
import { PANE_ZIP_LIMITS } from "../../src/xlsx/zip-limits";
import { MAIN_NS, type RawBook, rawBook, stylesXml } from "./raw-package";

async function read(book: RawBook | Buffer): Promise<SheetGrid[]> {
  const bytes = Buffer.isBuffer(book) ? book : rawBook(book);
  const node = await readWorkbookSheetsFromBuffer(bytes, "book.xlsx");
  const pane = await readWorkbookSheets(new Uint8Array(bytes), "book.xlsx", {
    inflate: inflateWithFflate,
    limits: PANE_ZIP_LIMITS,
    readXls: readXlsInNode,
  });
  assert.deepEqual(pane, node, "the pane's inflater gives the same grids");
  return node;
}

const one = async (book: RawBook): Promise<SheetGrid> => (await read(book))[0];

const c = (ref: string, inner: string, attrs = "") => `<c r="${ref}"${attrs}>${inner}</c>`;
const v = (text: string) => `<v>${text}</v>`;

describe("xlsx reader: golden grids", () => {
  it("shared strings: plain, rich-text runs joined, phonetic guides left out, escapes decoded", async () => {
    const grid = await one({
      sharedStrings:
        `<si><t>项目</t></si>` +
        `<si><r><rPr><b/></rPr><t>富</t></r><r><t xml:space="preserve">文本 </t></r></si>` +
        `<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>` +
        `<si><t>a_x000D_b &amp; &lt;c&gt;</t></si>` +
        `<si><t/></si><si/>`,
      sheets: [
        {
          name: "S",
          rows: `<row r="1">${[0, 1, 2, 3, 4, 5, 99].map((i, k) => c(`${"ABCDEFG"[k]}1`, v(String(i)), ' t="s"')).join("")}</row>`,
        },
      ],
    });
    // Empty items and an index past the table hold nothing: the grid ends at D.
    assert.deepEqual(grid.values, [["项目", "富文本 ", "東京", "a\rb & <c>"]]);
  });

  it("inline strings (plain and rich), t=str results and constants, booleans, errors", async () => {
    const grid = await one({
      sheets: [
        {
          name: "S",
          rows:
            `<row r="1">` +
            c("A1", `<is><t>行内</t></is>`, ' t="inlineStr"') +
            c(
              "B1",
              `<is><r><t>富</t></r><r><rPr><i/></rPr><t>行内</t></r><rPh><t>x</t></rPh></is>`,
              ' t="inlineStr"'
            ) +
            c("C1", `<f>A1&amp;"!"</f>${v("行内!")}`, ' t="str"') +
            c("D1", v("x &lt;y&gt; _x0041_"), ' t="str"') +
            c("E1", v("1"), ' t="b"') +
            c("F1", v("0"), ' t="b"') +
            c("G1", v("#N/A"), ' t="e"') +
            c("H1", `<f>1/0</f>${v("#DIV/0!")}`, ' t="e"') +
            `</row>`,
        },
      ],
    });
    assert.deepEqual(grid.values, [
      ["行内", "富行内", "行内!", "x <y> A", true, false, "#N/A", "#DIV/0!"],
    ]);
    assert.deepEqual(grid.formulas?.[0], [null, null, '=A1&"!"', null, null, null, null, "=1/0"]);
  });

  it("formulas: cached results (0 and FALSE too), shared formulas moved to each cell, none without a result", async () => {
    const grid = await one({
      sheets: [
        {
          name: "S",
          rows:
            `<row r="1">${c("A1", v("2"))}${c("B1", `<f t="shared" ref="B1:B3" si="0">A1*$A$1+SUM(A$1:A1)</f>${v("6")}`)}${c("C1", `<f>1-1</f>${v("0")}`)}${c("D1", `<f>1=2</f>${v("0")}`, ' t="b"')}</row>` +
            `<row r="2">${c("A2", v("3"))}${c("B2", `<f t="shared" si="0"/>${v("11")}`)}${c("C2", `<f>A2*2</f>`)}</row>` +
            `<row r="3">${c("A3", v("4"))}${c("B3", `<f t="shared" si="0"/>${v("17")}`)}</row>`,
        },
      ],
    });
    assert.deepEqual(grid.values, [
      [2, 6, 0, false],
      [3, 11, null, null],
      [4, 17, null, null],
    ]);
    assert.deepEqual(grid.formulas, [
      [null, "=A1*$A$1+SUM(A$1:A1)", "=1-1", "=1=2"],
      [null, "=A2*$A$1+SUM(A$1:A2)", "=A2*2", null],
      [null, "=A3*$A$1+SUM(A$1:A3)", null, null],
    ]);
  });

  it("numbers as written, ISO date cells as serial numbers (1900 and 1904 systems), number formats", async () => {
    const styles = stylesXml(
      { 164: "yyyy\\-mm\\-dd", 165: '0.0"万元"' },
      [0, 164, 14, 10, 165, 31]
    );
    const rows =
      `<row r="1">${c("A1", v("1.5"))}${c("B1", v("45366"), ' s="1"')}${c("C1", v("45366.5"), ' s="2"')}${c("D1", v("0.4567"), ' s="3"')}${c("E1", v("-0"), ' s="4"')}${c("F1", v("45366"), ' s="5"')}${c("G1", v("1E+3"))}</row>` +
      `<row r="2">${c("A2", v("2024-03-15"), ' t="d" s="1"')}${c("B2", v("2024-03-15T12:00:00"), ' t="d"')}${c("C2", v("不是日期"), ' t="d"')}</row>`;
    const grid = await one({ styles, sheets: [{ name: "S", rows }] });
    assert.deepEqual(grid.values, [
      [1.5, 45366, 45366.5, 0.4567, -0, 45366, 1000],
      [45366, 45366.5, "不是日期", null, null, null, null],
    ]);
    assert.deepEqual(grid.numberFormats, [
      [
        "General",
        "yyyy\\-mm\\-dd",
        "mm-dd-yy",
        "0.00%",
        '0.0"万元"',
        'yyyy"年"m"月"d"日"',
        "General",
      ],
      ["yyyy\\-mm\\-dd", "General", "General", null, null, null, null],
    ]);
    const in1904 = await one({ date1904: true, sheets: [{ name: "S", rows }] });
    assert.deepEqual(in1904.values[1].slice(0, 2), [45366 - 1462, 45366.5 - 1462]);
    assert.equal(in1904.values[0][1], 45366, "stored serials stay as written");
  });

  it("cells without r follow the previous cell; rows without r follow the previous row", async () => {
    const grid = await one({
      sheets: [
        {
          name: "S",
          rows:
            `<row r="2"><c><v>1</v></c><c><v>2</v></c><c r="E2"><v>5</v></c><c><v>6</v></c></row>` +
            `<row><c><v>7</v></c></row>` +
            `<row><c r="B9"><v>9</v></c><c><v>10</v></c></row>`,
        },
      ],
    });
    assert.deepEqual(grid.origin, { row: 1, col: 0 });
    assert.deepEqual(grid.values, [
      [1, 2, null, null, 5, 6],
      [7, null, null, null, null, null],
      ...Array.from({ length: 5 }, () => new Array(6).fill(null)),
      [null, 9, 10, null, null, null],
    ]);
  });

  it("merges: the grid spans merges anchored on filled cells; covered cells hold nothing; hidden rows", async () => {
    const grid = await one({
      sheets: [
        {
          name: "S",
          rows:
            `<row r="2">${c("B2", v("1"))}<c r="C2" s="0"/><c r="D2"/>${c("E2", v("99"))}</row>` +
            `<row r="3" hidden="1">${c("B3", v("3"))}${c("C3", v("4"))}</row>` +
            `<row r="4" hidden="true">${c("B4", v("5"))}</row>` +
            `<row r="5" hidden="0">${c("B5", v("6"))}</row>`,
          after: `<mergeCells count="3"><mergeCell ref="B2:D2"/><mergeCell ref="C3:C4"/><mergeCell ref="F8:G9"/></mergeCells>`,
        },
      ],
    });
    assert.deepEqual(grid.origin, { row: 1, col: 1 });
    assert.deepEqual(grid.values, [
      [1, null, null, 99],
      [3, 4, null, null],
      [5, null, null, null],
      [6, null, null, null],
    ]);
    assert.deepEqual(grid.merges, [
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 1, left: 1, bottom: 2, right: 1 },
    ]);
    assert.deepEqual(grid.hiddenRows, [1, 2]);
  });

  it("a merge whose anchor is empty does not widen the grid; its covered values are dropped", async () => {
    const grid = await one({
      sheets: [
        {
          name: "S",
          rows: `<row r="1">${c("A1", v("1"))}<c r="B1"/>${c("C1", v("3"))}</row><row r="2">${c("A2", v("2"))}</row>`,
          after: `<mergeCells><mergeCell ref="B1:C1"/></mergeCells>`,
        },
      ],
    });
    assert.deepEqual(grid.values, [[1], [2]]);
    assert.deepEqual(grid.merges, []);
  });

  it("sheet states, workbook order, chart sheets skipped, sheet names decoded once", async () => {
    const sheets = await read({
      sheets: [
        { name: "台账&amp;<1>", rows: `<row r="1">${c("A1", v("1"))}</row>` },
        { name: "隐藏", state: "hidden", rows: `<row r="1">${c("A1", v("2"))}</row>` },
        { name: "图表", chart: true },
        { name: "数据", state: "veryHidden", rows: `<row r="1">${c("A1", v("3"))}</row>` },
        { name: "空", rows: "" },
      ],
    });
    assert.deepEqual(
      sheets.map((g) => [g.sheetName, g.state ?? "visible", g.values.length]),
      [
        ["台账&amp;<1>", "visible", 1],
        ["隐藏", "hidden", 1],
        ["数据", "veryHidden", 1],
        ["空", "visible", 0],
      ]
    );
    assert.equal("state" in sheets[0], false, "visible grids carry no state");
  });

  it("absolute targets (openpyxl), Strict OOXML namespaces, prefixed elements, single quotes", async () => {
    const rows = `<row r="1">${c("A1", v("0"), ' t="s"')}${c("B1", v("42"))}</row>`;
    const expected = [["名称", 42]];
    for (const variant of [{ absolute: true }, { strict: true }, { strict: true, absolute: true }])
      assert.deepEqual(
        (await one({ ...variant, sharedStrings: ["名称"], sheets: [{ name: "S", rows }] })).values,
        expected,
        JSON.stringify(variant)
      );
    const prefixed = `<x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData><x:row r='1'><x:c r='A1' t='inlineStr'><x:is><x:t>名称</x:t></x:is></x:c><x:c r="B1"><x:v>42</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="C1:D1"/></x:mergeCells></x:worksheet>`;
    const grid = await one({ sheets: [{ name: "S", part: prefixed }] });
    assert.deepEqual(grid.values, expected);
  });

  it("XML the scanner must not trip on: comments, CDATA, a DOCTYPE with entities (never expanded), processing instructions", async () => {
    const part = `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY boom "BOOM">]><!-- a comment --><worksheet xmlns="${MAIN_NS}"><?pi x?><sheetData><!-- rows --><row r="1"><c r="A1" t="str"><v><![CDATA[<a&b>]]></v></c><c r="B1" t="str"><v>&boom;</v></c></row></sheetData></worksheet>`;
    const grid = await one({ sheets: [{ name: "S", part }] });
    assert.deepEqual(grid.values, [["<a&b>", "&boom;"]]);
  });

  it("a sheet cut off mid-cell, or bad cell references, read as a corrupt file", async () => {
    for (const rows of [
      `<row r="1"><c r="A1"><v>1</v>`,
      `<row r="1"><c r="A0"><v>1</v></c></row>`,
      `<row r="1"><c r="XFE1"><v>1</v></c></row>`,
      `<row r="1048577"><c><v>1</v></c></row>`,
    ]) {
      const part = `<worksheet xmlns="${MAIN_NS}"><sheetData>${rows}</sheetData></worksheet>`;
      await assert.rejects(read({ sheets: [{ name: "S", part }] }), (error: unknown) => {
        assert.ok(error instanceof FileProblem, String(error));
        assert.match(error.text["zh-CN"], /^book\.xlsx：文件已损坏/);
        return true;
      });
    }
  });

  it("grids keep the Grid shape the core reads (keys in order, rectangular rows)", async () => {
    const grid: Grid = await one({
      sheets: [
        {
          name: "S",
          rows: `<row r="3">${c("C3", v("1"))}</row><row r="4">${c("E4", v("2"))}</row>`,
        },
      ],
    });
    assert.deepEqual(Object.keys(grid), [
      "sheetName",
      "values",
      "numberFormats",
      "merges",
      "hiddenRows",
      "origin",
    ]);
    assert.deepEqual(grid.values, [
      [1, null, null],
      [null, null, 2],
    ]);
  });
});
