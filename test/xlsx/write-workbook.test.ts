import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { textTable } from "../../src/cli/text-table";
import { readSheetMarkers } from "../../src/xlsx/sheet-marker";
import { writeReportWorkbook } from "../../src/xlsx/write-workbook";
import { OutputPackage } from "../../src/xlsx/writer/package";
import { readZipEntries } from "../../src/xlsx/writer/zip-entries";
import { LETTER_SPEC, SPEC } from "./report-spec";

const CREATED = new Date("2024-10-08T09:00:00Z");

/** CT_Worksheet's children in schema order (the ones the writer uses). */
const SHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "mergeCells",
  "conditionalFormatting",
  "pageSetup",
  "drawing",
];

describe("xlsx: writing report workbooks", () => {
  it("renders values, formats, merges, frozen panes, bands and a chart over a hidden helper column", async () => {
    const bytes = await writeReportWorkbook([SPEC], { lang: "zh-CN" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("汇总")!;
    assert.equal(ws.getCell("A1").value, "重点项目汇总表");
    assert.equal(ws.getCell("A1").font.bold, true);
    assert.equal(ws.getCell("A1").font.name, "等线");
    assert.deepEqual((ws.model as { merges: string[] }).merges.slice(0, 2), ["A1:D1", "A2:D2"]);
    assert.equal(ws.getCell("C4").value, 0.5);
    assert.equal(ws.getCell("C4").numFmt, "0.00%");
    assert.equal(ws.getCell("D6").numFmt, "+0.00;-0.00;0.00");
    assert.equal((ws.getCell("D6").fill as ExcelJS.FillPattern).fgColor?.argb, "FFFFC7CE");
    assert.equal(ws.views[0].state, "frozen");
    assert.deepEqual([ws.views[0].xSplit, ws.views[0].ySplit], [1, 3]);
    // The helper column E holds T beside each charted category, hidden.
    assert.deepEqual(
      [ws.getCell("E5").value, ws.getCell("E6").value, ws.getCell("E4").value],
      [0.75, 0.75, null]
    );
    assert.equal(ws.getColumn(5).hidden, true);

    const zip = await JSZip.loadAsync(bytes);
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    assert.match(
      sheet,
      /<cfRule type="expression"[^>]*><formula>AND\(ISNUMBER\(D4\),-ROUND\(D4,2\)&gt;=10,-ROUND\(D4,2\)&lt;30\)<\/formula>/
    );
    const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
    assert.ok(chart.includes("<c:f>'汇总'!$A$5:$A$6</c:f>"));
    assert.ok(chart.includes("<c:f>'汇总'!$C$5:$C$6</c:f>"));
    assert.ok(chart.includes("<c:f>'汇总'!$E$5:$E$6</c:f>"));
    const drawing = await zip.file("xl/drawings/drawing1.xml")!.async("string");
    assert.match(
      drawing,
      /<xdr:from><xdr:col>0<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>9<\/xdr:row>.*<xdr:to><xdr:col>6<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>27<\/xdr:row>/
    );
    const pkg = new OutputPackage(readZipEntries(bytes));
    assert.deepEqual([...readSheetMarkers(pkg).entries()], [["汇总", "summary:sector"]]);
  });

  it("writes the worksheet's elements in CT_Worksheet order, <drawing> last", async () => {
    const zip = await JSZip.loadAsync(await writeReportWorkbook([SPEC], { lang: "zh-CN" }));
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const found = SHEET_ORDER.map((name) => sheet.search(new RegExp(`<${name}[\\s/>]`)));
    assert.ok(
      found.every((at) => at > 0),
      `every element present: ${found.join(",")}`
    );
    assert.deepEqual(
      [...found].sort((a, b) => a - b),
      found,
      "in schema order"
    );
    assert.match(sheet, /<drawing r:id="rId1"\/><\/worksheet>$/);
  });

  it("writes text as (shared) strings, never as formulas, and each distinct style once", async () => {
    const bytes = await writeReportWorkbook([SPEC, LETTER_SPEC], { lang: "zh-CN" });
    const zip = await JSZip.loadAsync(bytes);
    const letter = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    assert.doesNotMatch(letter, /<f[\s>]/);
    const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
    assert.ok(strings.includes("<t>=HYPERLINK(&quot;http://x.invalid&quot;,&quot;点我&quot;)</t>"));
    const styles = await zip.file("xl/styles.xml")!.async("string");
    for (const list of ["fonts", "fills", "borders", "cellXfs", "dxfs"]) {
      const body = new RegExp(`<${list} count="(\\d+)">([\\s\\S]*?)</${list}>`).exec(styles)!;
      const records = body[2].match(
        /<(font|fill|border|xf|dxf)\b[^>]*\/>|<(font|fill|border|xf|dxf)\b[^>]*>[\s\S]*?<\/\2>/g
      )!;
      assert.equal(records.length, Number(body[1]), `${list} count`);
      assert.equal(new Set(records).size, records.length, `${list} are distinct`);
    }
  });

  it("is byte-stable: the same sheets and date give the same bytes", async () => {
    const a = await writeReportWorkbook([SPEC, LETTER_SPEC], { lang: "zh-CN" }, CREATED);
    const b = await writeReportWorkbook([SPEC, LETTER_SPEC], { lang: "zh-CN" }, CREATED);
    assert.ok(a.equals(b));
    const later = await JSZip.loadAsync(
      await writeReportWorkbook([SPEC, LETTER_SPEC], { lang: "zh-CN" })
    );
    const first = await JSZip.loadAsync(a);
    assert.deepEqual(Object.keys(later.files), Object.keys(first.files));
    for (const name of Object.keys(first.files).filter((n) => n !== "docProps/core.xml"))
      assert.equal(
        await later.file(name)!.async("string"),
        await first.file(name)!.async("string"),
        `${name}: only the timestamps in docProps/core.xml differ`
      );
  });

  it("keeps text Excel would decode (_x0041_) and drops characters XML cannot carry", async () => {
    const spec = {
      ...LETTER_SPEC,
      rows: [{ values: ["A_x0041_B\u0001C", 1], kind: "data" as const }],
    };
    const bytes = await writeReportWorkbook([spec], { lang: "zh-CN" });
    const strings = await (
      await JSZip.loadAsync(bytes)
    )
      .file("xl/sharedStrings.xml")!
      .async("string");
    assert.ok(strings.includes("<t>A_x005F_x0041_BC</t>"), strings);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    // exceljs decodes _xHHHH_ as Excel does: the text reads back as written, control aside.
    assert.equal(wb.getWorksheet(spec.name)!.getCell("A5").value, "A_x0041_BC");
  });

  it("aligns terminal tables by display width (CJK double)", () => {
    const table = textTable(
      ["行业", "n"],
      [
        ["工业", "1"],
        ["社会事业", "12"],
      ],
      ["left", "right"]
    );
    assert.deepEqual(table.split("\n"), [
      "行业       n",
      "────────  ──",
      "工业       1",
      "社会事业  12",
    ]);
  });
});
