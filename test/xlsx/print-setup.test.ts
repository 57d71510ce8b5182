/**
 * Print-ready report sheets (issue 14), read back from the written .xlsx: A4 landscape, one page
 * wide (as tall as needed; a summary with its chart on one page), centred, the header rows as
 * _xlnm.Print_Titles, page numbers in the footer, the chart's helper column hidden. And the
 * formats and widths the layout decides: one amount policy per sheet kind, no "###".
 */
import assert from "node:assert/strict";
import JSZip from "jszip";
import {
  buildReconcileSheet,
  displayWidth,
  formattedText,
  layoutSheet,
  planOutputSheets,
  type SheetLayout,
  type SheetSpec,
} from "../../src/core/index";
import { appendReportSheets, writeReportWorkbook } from "../../src/xlsx/write-workbook";
import { sampleReport } from "../helpers/sample-report";

async function partsOf(bytes: Buffer): Promise<{ workbook: string; sheets: Map<string, string> }> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const sheets = new Map<string, string>();
  for (const [, name, id] of workbook.matchAll(
    /<sheet name="([^"]*)" sheetId="\d+" r:id="([^"]*)"/g
  )) {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]*)"`).exec(rels)![1];
    sheets.set(name, await zip.file(`xl/${target}`)!.async("string"));
  }
  return { workbook, sheets };
}

/** localSheetId → formula of every _xlnm.Print_Titles name. */
function printTitles(workbook: string): Map<number, string>[] {
  return [
    ...workbook.matchAll(/<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">([^<]*)</g),
  ].map(([, id, formula]) => new Map([[Number(id), formula.replace(/&apos;/g, "'")]]));
}

describe("xlsx: print-ready report sheets (issue 14)", () => {
  let specs: SheetSpec[];
  let skipped: ReturnType<typeof planOutputSheets>["skipped"];
  before(async function () {
    this.timeout(30_000);
    const report = await sampleReport();
    ({ sheets: specs, skipped } = planOutputSheets(report, { lang: "zh-CN" }));
  });

  it("sets A4 landscape, one page wide, centred, a page-number footer on every sheet", async function () {
    this.timeout(30_000);
    const { sheets } = await partsOf(await writeReportWorkbook(specs, { lang: "zh-CN" }));
    assert.equal(sheets.size, specs.length);
    for (const [name, xml] of sheets) {
      assert.match(xml, /<sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr>/, name);
      assert.match(xml, /<printOptions horizontalCentered="1"\/>/, name);
      const setup = /<pageSetup ([^>]*)\/>/.exec(xml)![1];
      assert.match(setup, /paperSize="9"/, name);
      assert.match(setup, /orientation="landscape"/, name);
      assert.match(setup, /fitToWidth="1"/, name);
      // A summary with its chart stays on one page; every other sheet is as tall as it needs.
      const tall = name.startsWith("汇总") ? "1" : "0";
      assert.match(setup, new RegExp(`fitToHeight="${tall}"`), name);
      assert.match(xml, /<oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页<\/oddFooter>/, name);
      // SpreadsheetML order: printOptions, pageMargins, pageSetup, headerFooter, drawing.
      const order = ["<printOptions", "<pageMargins", "<pageSetup", "<headerFooter"].map((t) =>
        xml.indexOf(t)
      );
      assert.deepEqual(
        [...order].sort((a, b) => a - b),
        order,
        name
      );
    }
  });

  it("repeats each table's header rows on every printed page (_xlnm.Print_Titles)", async function () {
    this.timeout(30_000);
    const { workbook } = await partsOf(await writeReportWorkbook(specs, { lang: "zh-CN" }));
    const titles = printTitles(workbook);
    assert.equal(titles.length, specs.length);
    specs.forEach((spec, i) => {
      const rows = layoutSheet(spec).print.titleRows!;
      const formula = titles.find((t) => t.has(i))?.get(i);
      assert.equal(formula, `'${spec.name}'!$${rows.top + 1}:$${rows.bottom + 1}`, spec.name);
    });
    // The 滞后项目 list has two header rows (2024年 over plan / completed / rate): rows 4 and 5.
    assert.ok(titles.some((t) => t.get(2) === "'滞后项目'!$4:$5"));
    // <definedNames> sits between <sheets> and <calcPr>, as CT_Workbook orders them.
    assert.ok(workbook.indexOf("</sheets>") < workbook.indexOf("<definedNames>"));
    assert.ok(workbook.indexOf("</definedNames>") < workbook.indexOf("<calcPr"));
  });

  it("--append twice keeps one print titles name per report sheet, in its place", async function () {
    this.timeout(60_000);
    const first = await writeReportWorkbook(specs.slice(0, 2), { lang: "zh-CN" });
    const once = await appendReportSheets("a.xlsx", first, specs, {
      lang: "zh-CN",
      outFile: "b.xlsx",
    });
    const twice = await appendReportSheets("b.xlsx", once, specs, {
      lang: "zh-CN",
      outFile: "c.xlsx",
    });
    const { workbook } = await partsOf(twice);
    const ids = printTitles(workbook).map((t) => [...t.keys()][0]);
    assert.deepEqual(
      ids,
      specs.map((_, i) => i)
    );
  });

  it("hides the chart's helper column, as the layout says", async function () {
    this.timeout(30_000);
    const { sheets } = await partsOf(await writeReportWorkbook(specs, { lang: "zh-CN" }));
    const layout = layoutSheet(specs[0]);
    const helper = layout.chart!.helper;
    assert.equal(helper.hidden, true);
    const n = helper.range.left + 1;
    assert.match(
      sheets.get(specs[0].name)!,
      new RegExp(`<col min="${n}" max="${n}" [^>]*hidden="1"`)
    );
  });

  it("writes no empty sheet and says which were skipped (no 数据问题 sheet without problems)", () => {
    assert.ok(!specs.some((s) => s.key === "list:problems"));
    assert.deepEqual(
      skipped.map((s) => [s.name, s.reason["zh-CN"]]),
      [["数据问题", "未发现数据问题。"]]
    );
  });

  it("formats amounts by sheet kind: summaries 亿元 0.00, lists 万元 with separators, reconciliation 亿元", () => {
    const formatsOf = (layout: SheetLayout) =>
      layout.styles.flatMap((s) => (s.style.numberFormat ? [s.style.numberFormat] : []));
    const summary = layoutSheet(specs.find((s) => s.key.startsWith("summary:"))!);
    assert.ok(formatsOf(summary).includes("0.00"));
    assert.ok(!formatsOf(summary).some((f) => f.includes("#,##0")));
    // The sample's 万元 amounts are whole: "#,##0" (1,440, never 1,440.00 or "1,440.").
    const behind = layoutSheet(specs.find((s) => s.key === "list:behind")!);
    assert.ok(formatsOf(behind).includes("#,##0"));
    assert.equal(formattedText(1440, "#,##0"), "1,440");
    // A column with a fraction keeps two decimals, for every row of it.
    const fractional = layoutSheet({
      ...specs.find((s) => s.key === "list:behind")!,
      rows: [{ values: [1, "甲", "乙", "丙", 1440.5, 100, 50, 0.5, -10, "滞后"], kind: "data" }],
    });
    assert.ok(formatsOf(fractional).includes("#,##0.00"));
    const reconcile = layoutSheet(
      buildReconcileSheet(
        {
          previous: { sheet: "8月", month: 8 },
          current: { sheet: "9月", month: 9 },
          added: [],
          removed: [],
          decreased: [],
          planChanged: [],
          totalChanged: [],
          increments: [
            {
              code: "P1",
              name: "甲",
              sheetRow: 5,
              previous: 123456789,
              current: 123466789,
              increment: 10000,
            },
          ],
          monthIncrement: 10000,
          monthMismatches: [],
          findings: [],
        },
        { lang: "zh-CN" }
      )
    );
    assert.equal(reconcile.values[1][0], "单位：亿元");
    assert.ok(formatsOf(reconcile).includes("0.0000"));
  });

  it("makes every number column as wide as its longest formatted figure (no ###)", () => {
    for (const spec of specs) {
      const layout = layoutSheet(spec);
      const formats = effectiveFormats(layout);
      layout.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (typeof value !== "number") return;
          const text = formattedText(value, formats[r][c]);
          assert.ok(
            displayWidth(text) + 1 <= layout.columnWidths[c],
            `${spec.name} R${r + 1}C${c + 1} "${text}" in width ${layout.columnWidths[c]}`
          );
        })
      );
    }
  });

  it("breaks headers only at word boundaries, widening where a word does not fit", () => {
    for (const spec of specs) {
      const layout = layoutSheet(spec);
      const rows = layout.print.titleRows!;
      for (let r = rows.top; r <= rows.bottom; r++)
        layout.values[r].forEach((value, c) => {
          if (typeof value !== "string") return;
          const merge = layout.merges.find((m) => m.top <= r && m.bottom >= r && m.left === c);
          const right = merge ? merge.right : c;
          const width = layout.columnWidths.slice(c, right + 1).reduce((a, b) => a + b, 0);
          for (const line of value.split("\n")) {
            assert.ok(displayWidth(line) < width, `${spec.name} header "${line}" in ${width}`);
            assert.ok(!/^[资）)]/.test(line), `${spec.name} header line "${line}" starts mid-word`);
          }
        });
    }
    const behind = layoutSheet(specs.find((s) => s.key === "list:behind")!);
    const headers = behind.values.slice(3, 5).flat();
    assert.ok(headers.includes("1-9月\n完成投资"));
  });
});

/** The number format each cell ends with (later styled ranges override earlier ones). */
function effectiveFormats(layout: SheetLayout): string[][] {
  const formats = layout.values.map((row) => row.map(() => "General"));
  for (const { range, style } of layout.styles) {
    if (!style.numberFormat) continue;
    for (let r = range.top; r <= range.bottom; r++)
      for (let c = range.left; c <= range.right; c++) formats[r][c] = style.numberFormat;
  }
  return formats;
}
