import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetSpec } from "../../src/core/sheet-spec";
import { insertDrawingElement } from "../../src/xlsx/chart-parts";
import { readWorkbookGridsFromBuffer } from "../../src/xlsx/read-grid";
import { readSheetMarkers } from "../../src/xlsx/sheet-marker";
import { findUnsupportedParts } from "../../src/xlsx/unsupported-parts";
import { appendReportSheets, writeReportWorkbook } from "../../src/xlsx/write-workbook";
import { textTable } from "../../src/cli/text-table";
import { FileProblem } from "../../src/xlsx/errors";

const SPEC: SheetSpec = {
  key: "summary:sector",
  name: "汇总",
  title: "重点项目汇总表",
  infoLines: ["单位：亿元、个"],
  columns: [
    { width: 12, format: "@", align: "left" },
    { width: 10, format: "0.00", align: "right" },
    { width: 10, format: "0.00%", align: "right" },
    { width: 10, format: "+0.00;-0.00;0.00", align: "right" },
  ],
  headerRows: [[{ text: "行业" }, { text: "计划" }, { text: "完成率" }, { text: "与时序进度比" }]],
  rows: [
    { values: ["合计", 3, 0.5, -25], kind: "total", band: 0 },
    { values: ["工业", 1, 0.6, -15], kind: "data", band: 0 },
    { values: ["交通", 2, 0.4, -35], kind: "data", band: 1 },
  ],
  footnotes: ["注：测试"],
  freezeColumns: 1,
  varianceColumn: 3,
  bands: [
    {
      minLagPoints: 10,
      maxLagPoints: 30,
      fill: "#FFEB9C",
      font: "#9C5700",
      label: { "zh-CN": "黄", en: "yellow" },
    },
    {
      minLagPoints: 30,
      maxLagPoints: null,
      fill: "#FFC7CE",
      font: "#9C0006",
      label: { "zh-CN": "红", en: "red" },
    },
  ],
  chart: {
    title: "完成率",
    categoryColumn: 0,
    valueColumn: 2,
    valueName: "完成率",
    lineValue: 0.75,
    lineName: "时序进度",
    skipFirstRow: true,
  },
};

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
      /<cfRule type="expression"[^>]*><formula>AND\(ISNUMBER\(D4\),D4&lt;=-10,D4&gt;-30\)<\/formula>/
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
    assert.deepEqual([...(await readSheetMarkers(zip)).entries()], [["汇总", "summary:sector"]]);
  });

  it("puts <drawing> before tableParts/extLst as CT_Worksheet requires", () => {
    const xml =
      '<worksheet xmlns="m"><sheetData/><pageMargins/><tableParts count="1"/><extLst/></worksheet>';
    const out = insertDrawingElement(xml, "rId3");
    assert.ok(out.includes('<pageMargins/><drawing r:id="rId3"/><tableParts'), out);
    assert.ok(
      out.startsWith(
        '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
      )
    );
  });

  it("--append keeps shared formulas, formats and the user's custom properties", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("台账");
    ws.getCell("A1").value = 1;
    ws.getCell("A2").value = 2;
    ws.fillFormula("B1:B2", "A1*2", [2, 4]);
    ws.getCell("C1").value = 0.5;
    ws.getCell("C1").numFmt = "0.0%";
    ws.getCell("D1").value = "备注";
    ws.mergeCells("D1:E2");
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    zip.file(
      "docProps/custom.xml",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="填报人"><vt:lpwstr>张三</vt:lpwstr></property></Properties>'
    );
    const input = await zip.generateAsync({ type: "nodebuffer" });
    const out = await appendReportSheets("in.xlsx", input, [SPEC], { lang: "zh-CN" });
    const [grid] = await readWorkbookGridsFromBuffer(out, "out.xlsx");
    assert.equal(grid.sheetName, "台账");
    assert.deepEqual(grid.values, [
      [1, 2, 0.5, "备注", null],
      [2, 4, null, null, null],
    ]);
    assert.deepEqual(
      grid.formulas?.map((r) => r[1]),
      ["=A1*2", "=A2*2"]
    );
    assert.equal(grid.numberFormats?.[0][2], "0.0%");
    assert.deepEqual(grid.merges, [{ top: 0, left: 3, bottom: 1, right: 4 }]);
    const custom = await (await JSZip.loadAsync(out)).file("docProps/custom.xml")!.async("string");
    assert.match(custom, /name="填报人"><vt:lpwstr>张三<\/vt:lpwstr>/);
    assert.match(custom, /name="Taizhang:汇总"/);
  });

  it("names what --append cannot carry over", async () => {
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "<workbook/>");
    zip.file("xl/pivotTables/pivotTable1.xml", "<x/>");
    zip.file("xl/vbaProject.bin", "x");
    zip.file(
      "xl/drawings/drawing1.xml",
      "<xdr:wsDr><xdr:twoCellAnchor><xdr:sp/></xdr:twoCellAnchor></xdr:wsDr>"
    );
    const found = await findUnsupportedParts(zip);
    assert.deepEqual(
      found.map((f) => f["zh-CN"]),
      ["数据透视表", "宏（VBA）", "形状或文本框"]
    );
    const bytes = await zip.generateAsync({ type: "nodebuffer" });
    await assert.rejects(
      appendReportSheets("pivot.xlsx", bytes, [SPEC], { lang: "en" }),
      (e: unknown) => {
        assert.ok(e instanceof FileProblem);
        assert.match(
          e.text.en,
          /pivot\.xlsx: .*pivot tables, macros \(VBA\), shapes or text boxes/
        );
        return true;
      }
    );
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
