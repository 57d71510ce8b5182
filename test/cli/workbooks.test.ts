import assert from "node:assert/strict";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { badFileBytes, buildFixture } from "../fixtures/workbooks/generate";
import { fixtureWorkbooks, runCli } from "./run-cli";

async function openWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Every cell's value, formula, number format, plus merges and hidden rows: what --append must keep. */
function snapshot(wb: ExcelJS.Workbook, names: string[]) {
  return names.map((name) => {
    const ws = wb.getWorksheet(name)!;
    const cells: unknown[] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      cells.push({ r, hidden: row.hidden, height: row.height });
      row.eachCell({ includeEmpty: true }, (cell) =>
        cells.push([
          cell.address,
          cell.value,
          cell.formula ?? null,
          cell.numFmt ?? null,
          cell.font?.bold ?? null,
        ])
      );
    });
    return {
      name,
      cells,
      merges: (ws.model as { merges: string[] }).merges,
      widths: ws.columns.map((c) => c.width ?? null),
    };
  });
}

describe("cli: report workbooks", () => {
  it("--out writes formatted sheets with a native chart on the right ranges", async () => {
    const { paths, dir } = await fixtureWorkbooks();
    // A folder that does not exist yet, like "out/" on a fresh clone: the CLI creates it.
    const out = join(dir, "new-folder", "report.xlsx");
    const run = await runCli(["check", paths.messy, "--usd-rate", "7", "--out", out]);
    assert.equal(run.code, 0, run.stderr);
    const wb = await openWorkbook(out);
    const names = wb.worksheets.map((ws) => ws.name);
    assert.ok(names.includes("汇总-行业"), names.join(","));
    assert.ok(names.includes("滞后项目"));
    const summary = wb.getWorksheet("汇总-行业")!;
    assert.match(String(summary.getCell("A1").value), /重点项目建设进度汇总表/);
    const merges = (summary.model as { merges: string[] }).merges;
    assert.ok(
      merges.some((m) => m.startsWith("A1:")),
      merges.join(",")
    );
    // Body: 合计 first, then the sectors; amounts in 亿元 with 0.00, rates 0.00%.
    let totalRow = 0;
    summary.eachRow((row, r) => {
      if (row.getCell(2).value === "合计") totalRow = r;
    });
    assert.ok(totalRow > 0);
    assert.equal(summary.getCell(totalRow, 3).value, 6);
    assert.equal(summary.getCell(totalRow, 4).value, 17.96);
    assert.equal(summary.getCell(totalRow, 4).numFmt, "0.00");
    const rateCell = summary.getRow(totalRow).values as ExcelJS.CellValue[];
    assert.ok(rateCell.includes(25050 / 59100));
    assert.equal(summary.getCell(totalRow + 1, 2).value, "工业");

    const zip = await JSZip.loadAsync(readFileSync(out));
    const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
    assert.match(chart, /<c:barChart>/);
    assert.match(chart, /<c:lineChart>/);
    assert.ok(
      chart.includes(`<c:f>'汇总-行业'!$B$${totalRow + 1}:$B$${totalRow + 2}</c:f>`),
      chart
    );
    assert.match(chart, /<c:formatCode>0\.00%<\/c:formatCode>/);
    assert.match(chart, /<c:numFmt formatCode="0%" sourceLinked="0"\/>/);
    const sheetPart = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    assert.match(
      sheetPart,
      /<drawing r:id="rId\d+"\/><\/worksheet>|<drawing r:id="rId\d+"\/><tableParts|<drawing r:id="rId\d+"\/><extLst/
    );
    const types = await zip.file("[Content_Types].xml")!.async("string");
    assert.match(types, /PartName="\/xl\/charts\/chart1\.xml"/);
    const custom = await zip.file("docProps/custom.xml")!.async("string");
    assert.match(custom, /name="Taizhang:汇总-行业"><vt:lpwstr>summary:sector<\/vt:lpwstr>/);
  });

  it("text that looks like a formula stays text in the report", async () => {
    const { paths, dir } = await fixtureWorkbooks();
    const out = join(dir, "formula-text-report.xlsx");
    const run = await runCli(["check", paths["formula-text"], "--out", out]);
    assert.equal(run.code, 0, run.stderr);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const sheets = await Promise.all(
      Object.keys(zip.files)
        .filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))
        .map((p) => zip.file(p)!.async("string"))
    );
    assert.ok(
      sheets.every((xml) => !xml.includes("<f>")),
      "no formula element in any report sheet"
    );
    const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
    assert.ok(
      strings.includes("=HYPERLINK(&quot;http://x.invalid&quot;,&quot;点我&quot;)") ||
        strings.includes('=HYPERLINK("http://x.invalid","点我")'),
      "the name is a shared string"
    );
    const wb = await openWorkbook(out);
    const found: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string" && ["+1", "@x"].includes(cell.value))
            found.push(cell.value);
        })
      )
    );
    assert.ok(found.includes("+1") && found.includes("@x"), found.join(","));
  });

  it("--append keeps the original sheets identical and replaces its own sheets on a re-run", async () => {
    const { paths, dir } = await fixtureWorkbooks();
    const first = join(dir, "appended.xlsx");
    const before = snapshot(await openWorkbook(paths.messy), ["台账"]);
    const run = await runCli(["check", paths.messy, "--out", first, "--append"]);
    assert.equal(run.code, 0, run.stderr);
    const appended = await openWorkbook(first);
    assert.deepEqual(snapshot(appended, ["台账"]), before);
    const count = appended.worksheets.length;
    assert.equal(appended.worksheets[0].name, "台账");
    assert.ok(appended.worksheets.some((ws) => ws.name === "汇总-行业"));

    // Again on the appended copy: our sheets are replaced, not piled up.
    const second = join(dir, "appended-twice.xlsx");
    const again = await runCli(["check", first, "--out", second, "--append"]);
    assert.equal(again.code, 0, again.stderr);
    const twice = await openWorkbook(second);
    assert.equal(twice.worksheets.length, count);
    assert.deepEqual(
      twice.worksheets.map((ws) => ws.name),
      appended.worksheets.map((ws) => ws.name)
    );
    assert.deepEqual(snapshot(twice, ["台账"]), before);
  });

  it("--append gives our sheet another name when the user has a sheet of that name", async () => {
    const { paths, dir } = await fixtureWorkbooks();
    const wb = await openWorkbook(paths.messy);
    wb.addWorksheet("滞后项目").getCell("A1").value = "用户自己的表";
    const input = join(dir, "with-user-sheet.xlsx");
    await wb.xlsx.writeFile(input);
    const out = join(dir, "with-user-sheet-out.xlsx");
    const run = await runCli(["check", input, "--out", out, "--append"]);
    assert.equal(run.code, 0, run.stderr);
    const result = await openWorkbook(out);
    assert.equal(result.getWorksheet("滞后项目")!.getCell("A1").value, "用户自己的表");
    assert.ok(result.getWorksheet("滞后项目 (2)"), result.worksheets.map((w) => w.name).join(","));
  });

  it("--append refuses a workbook with a chart (exit 2), and writes nothing", async () => {
    const { paths, dir } = await fixtureWorkbooks();
    const report = join(dir, "report-for-chart.xlsx");
    assert.equal((await runCli(["check", paths.messy, "--out", report])).code, 0);
    // Without our marker the report's chart is the user's own chart.
    const zip = await JSZip.loadAsync(readFileSync(report));
    zip.remove("docProps/custom.xml");
    const withChart = join(dir, "with-chart.xlsx");
    writeFileSync(withChart, await zip.generateAsync({ type: "nodebuffer" }));
    const out = join(dir, "refused.xlsx");
    const run = await runCli(["check", withChart, "--out", out, "--append"]);
    assert.equal(run.code, 2);
    assert.match(
      run.stderr,
      /with-chart\.xlsx：工作簿含有无法原样保留的内容（图表、形状或文本框）/
    );
    assert.throws(() => statSync(out));
  });
});

describe("cli: bad input files exit 2 with a clear message", () => {
  it("missing, non-xlsx, .xls, password-protected, corrupt, empty", async () => {
    const { dir } = await fixtureWorkbooks();
    const bad = badFileBytes();
    const write = (name: string, bytes: Buffer) => {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    };
    const good = await buildFixture("messy");
    const cases: [string, RegExp][] = [
      [join(dir, "missing.xlsx"), /missing\.xlsx：文件不存在/],
      [write("notes.xlsx", bad.text), /notes\.xlsx：不是 Excel 工作簿/],
      [
        write("legacy.xls", bad.xls),
        /legacy\.xls：这是旧版 Excel 97-2003 工作簿（\.xls）.*另存为 \.xlsx/,
      ],
      [write("locked.xlsx", bad.encrypted), /locked\.xlsx：工作簿设有打开密码/],
      [write("broken.xlsx", good.subarray(0, good.length - 200)), /broken\.xlsx：文件已损坏/],
      [write("blank.xlsx", await buildFixture("empty")), /blank\.xlsx：工作簿是空的/],
    ];
    for (const [path, message] of cases) {
      const run = await runCli(["check", path]);
      assert.equal(run.code, 2, `${path}: ${run.stderr}`);
      assert.match(run.stderr, message);
      assert.equal(run.stdout, "");
    }
    const en = await runCli(["check", join(dir, "locked.xlsx"), "--lang", "en"]);
    assert.match(en.stderr, /locked\.xlsx: the workbook is password-protected/);
  });
});
