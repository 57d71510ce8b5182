/**
 * The Office.js writer's print setup on the strict fake host (worksheet.pageLayout, ExcelApi 1.9,
 * feature-detected: nothing of it on 1.7), and parity with the .xlsx writer: the same layouts
 * through both give the same cells, formats, merges, widths, print setup and chart series.
 */
import assert from "node:assert/strict";
import JSZip from "jszip";
import { layoutSheet, planOutputSheets, type SheetSpec } from "../../src/core/index";
import { excelHost } from "../../src/excel/host";
import { writeLayouts, widthInPoints } from "../../src/excel/write-sheets";
import { withExcel } from "../../src/excel/session";
import { readWorkbookSheetsFromBuffer } from "../../src/xlsx/read-grid";
import { writeReportWorkbook } from "../../src/xlsx/write-workbook";
import { FakeExcelHost } from "../fake-excel/host";
import { sampleReport } from "../helpers/sample-report";
import { usingHost } from "./helpers";

async function writeThrough(host: FakeExcelHost, specs: SheetSpec[]): Promise<void> {
  await usingHost(host, () =>
    withExcel((session) => writeLayouts(session, specs.map(layoutSheet))).then(() => undefined)
  );
}

describe("excel adapter: print setup and parity with the .xlsx writer (issue 14)", () => {
  let specs: SheetSpec[];
  before(async function () {
    this.timeout(30_000);
    specs = planOutputSheets(await sampleReport(), { lang: "zh-CN" }).sheets;
  });

  it("sets the layout's print setup through pageLayout on ExcelApi 1.9", async function () {
    this.timeout(30_000);
    const host = new FakeExcelHost({ excelApi: "1.9" });
    await writeThrough(host, specs);
    for (const spec of specs) {
      const sheet = host.state.sheets.find((s) => s.name === spec.name)!;
      const rows = layoutSheet(spec).print.titleRows!;
      assert.deepEqual(
        sheet.pageLayout,
        {
          orientation: "Landscape",
          paperSize: "A4",
          centerHorizontally: true,
          zoom: {
            horizontalFitToPages: 1,
            verticalFitToPages: spec.key.startsWith("summary:") ? 1 : 0,
          },
          centerFooter: "第 &P 页 共 &N 页",
          printTitleRows: `$${rows.top + 1}:$${rows.bottom + 1}`,
        },
        spec.name
      );
    }
    assert.equal(usingCapability(host), true);
  });

  it("writes the sheets without print setup on ExcelApi 1.7 (Excel 2019), and says so", async function () {
    this.timeout(30_000);
    const host = new FakeExcelHost({ excelApi: "1.7" });
    await writeThrough(host, specs.slice(0, 3));
    for (const sheet of host.state.sheets)
      assert.deepEqual(Object.values(sheet.pageLayout), [null, null, null, null, null, null]);
    assert.equal(usingCapability(host), false);
  });

  it("hides the chart's helper column, as the CLI's sheet does", async function () {
    this.timeout(30_000);
    const host = new FakeExcelHost({ excelApi: "1.9" });
    await writeThrough(host, specs.slice(0, 1));
    const layout = layoutSheet(specs[0]);
    const sheet = host.state.sheets[0];
    assert.ok(sheet.hiddenColumns.has(layout.chart!.helper.range.left));
    // No label above it: the series is named by the chart, not by a cell.
    assert.equal(
      sheet.getValue(layout.chart!.helper.range.top - 1, layout.chart!.helper.range.left),
      undefined
    );
  });

  it("gives what the .xlsx writer gives: cells, formats, merges, widths, print setup, chart series", async function () {
    this.timeout(60_000);
    const host = new FakeExcelHost({ excelApi: "1.9" });
    await writeThrough(host, specs);
    const bytes = await writeReportWorkbook(specs, { lang: "zh-CN" }, new Date(0));
    const grids = await readWorkbookSheetsFromBuffer(bytes, "report.xlsx");
    const xml = await sheetXmlByName(bytes);
    assert.equal(grids.length, specs.length);
    for (const grid of grids) {
      const sheet = host.state.sheets.find((s) => s.name === grid.sheetName)!;
      const origin = grid.origin ?? { row: 0, col: 0 };
      grid.values.forEach((row, r) =>
        row.forEach((value, c) => {
          const [R, C] = [origin.row + r, origin.col + c];
          const at = `${grid.sheetName}!R${R + 1}C${C + 1}`;
          assert.deepEqual(sheet.getValue(R, C) ?? null, value, at);
          const format = grid.numberFormats?.[r]?.[c];
          if (value !== null && format)
            assert.equal(sheet.getNumberFormat(R, C), format, `${at} format`);
        })
      );
      const key = (m: { top: number; left: number; bottom: number; right: number }) =>
        `${m.top},${m.left},${m.bottom},${m.right}`;
      assert.deepEqual(
        sheet.merges.map(key).sort(),
        (grid.merges ?? [])
          .map((m) =>
            key({
              top: m.top + origin.row,
              left: m.left + origin.col,
              bottom: m.bottom + origin.row,
              right: m.right + origin.col,
            })
          )
          .sort(),
        `${grid.sheetName} merges`
      );
      const part = xml.get(grid.sheetName)!;
      // Widths: the .xlsx <col> widths (characters) are the points the Office.js writer set.
      for (const [, min, max, width] of part.matchAll(
        /<col min="(\d+)" max="(\d+)" width="([\d.]+)" customWidth="1"\/>/g
      ))
        for (let c = Number(min) - 1; c < Number(max); c++)
          assert.equal(
            sheet.columnWidths.get(c),
            widthInPoints(Number(width)),
            `${grid.sheetName} column ${c + 1}`
          );
      // Print setup, in each writer's terms.
      const setup = /<pageSetup ([^>]*)\/>/.exec(part)![1];
      assert.equal(
        sheet.pageLayout.orientation === "Landscape",
        /orientation="landscape"/.test(setup)
      );
      assert.equal(
        `fitToWidth="${sheet.pageLayout.zoom?.horizontalFitToPages}"`,
        /fitToWidth="\d+"/.exec(setup)![0]
      );
      assert.equal(
        `fitToHeight="${sheet.pageLayout.zoom?.verticalFitToPages}"`,
        /fitToHeight="\d+"/.exec(setup)![0]
      );
      assert.equal(
        sheet.pageLayout.centerHorizontally,
        part.includes('<printOptions horizontalCentered="1"/>')
      );
      assert.ok(
        part.includes(
          `<oddFooter>&amp;C${sheet.pageLayout.centerFooter!.replace(/&/g, "&amp;")}</oddFooter>`
        )
      );
    }
    // Chart series: the same ranges for the columns, the categories and the time-progress line.
    const withChart = specs.filter((s) => layoutSheet(s).chart);
    assert.ok(withChart.length > 0);
    for (const spec of withChart) {
      const fake = host.state.sheets.find((s) => s.name === spec.name)!.charts[0];
      const refs = await chartRefs(bytes, spec.name);
      assert.deepEqual(
        fake.series.map((s) => [s.values, s.xValues]),
        refs.map((r) => [r.values, r.categories]),
        spec.name
      );
    }
  });
});

function usingCapability(host: FakeExcelHost): boolean {
  const uninstall = host.install();
  try {
    return excelHost().capabilities.pageLayout;
  } finally {
    uninstall();
  }
}

async function sheetXmlByName(bytes: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const parts = new Map<string, string>();
  for (const [, name, id] of workbook.matchAll(
    /<sheet name="([^"]*)" sheetId="\d+" r:id="([^"]*)"/g
  )) {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]*)"`).exec(rels)![1];
    parts.set(name, await zip.file(`xl/${target}`)!.async("string"));
  }
  return parts;
}

/** Each series' value and category ranges of a sheet's chart in the .xlsx, as A1 areas. */
async function chartRefs(
  bytes: Buffer,
  sheetName: string
): Promise<{ values: string; categories: string }[]> {
  const zip = await JSZip.loadAsync(bytes);
  const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  for (const path of charts) {
    const xml = await zip.file(path)!.async("string");
    if (!xml.includes(`'${sheetName}'!`)) continue;
    const area = (f: string) => f.replace(/^.*!/, "").replace(/\$/g, "");
    return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser]) => ({
      categories: area(/<c:cat>[\s\S]*?<c:f>([^<]*)<\/c:f>/.exec(ser)![1]),
      values: area(/<c:val>[\s\S]*?<c:f>([^<]*)<\/c:f>/.exec(ser)![1]),
    }));
  }
  throw new Error(`no chart for ${sheetName}`);
}
