import assert from "node:assert/strict";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { badFileBytes, buildFixture } from "../fixtures/workbooks/generate";
import { buildWorkbook, FEATURES } from "../xlsx/excel-like-workbook";
import { assertPackageKept } from "../xlsx/package-assert";
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

  it("--append keeps a workbook with the user's own charts (once refused), part for part", async () => {
    const { paths, dir } = await fixtureWorkbooks();
    const report = join(dir, "ledger-and-report.xlsx");
    assert.equal((await runCli(["check", paths.messy, "--out", report, "--append"])).code, 0);
    // Without our markers the report sheets and their charts are the user's own.
    const zip = await JSZip.loadAsync(readFileSync(report));
    zip.remove("docProps/custom.xml");
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file(
      "[Content_Types].xml",
      types.replace(/<Override PartName="\/docProps\/custom\.xml"[^>]*\/>/, "")
    );
    const rels = await zip.file("_rels/.rels")!.async("string");
    zip.file("_rels/.rels", rels.replace(/<Relationship [^>]*custom-properties[^>]*\/>/, ""));
    const withCharts = join(dir, "with-charts.xlsx");
    writeFileSync(
      withCharts,
      await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" })
    );
    assert.ok(Object.keys(zip.files).some((n) => n.startsWith("xl/charts/")));
    const out = join(dir, "with-charts-appended.xlsx");
    const run = await runCli(["check", withCharts, "--out", out, "--append"]);
    assert.equal(run.code, 0, run.stderr);
    await assertPackageKept(readFileSync(withCharts), readFileSync(out));
    const names = (await openWorkbook(out)).worksheets.map((ws) => ws.name);
    assert.ok(names.includes("汇总-行业") && names.includes("汇总-行业 (2)"), names.join(","));
  });

  it("--append carries every feature of a real workbook over, and never writes to the input", async () => {
    const { dir } = await fixtureWorkbooks();
    const input = join(dir, "features.xlsx");
    writeFileSync(input, buildWorkbook(Object.values(FEATURES).flat()));
    const bytes = readFileSync(input);
    const mtime = statSync(input).mtimeMs;
    const out = join(dir, "features-appended.xlsx");
    const run = await runCli(["check", input, "--out", out, "--append"]);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(readFileSync(input).equals(bytes), "the input's bytes are unchanged");
    assert.equal(statSync(input).mtimeMs, mtime, "the input was not written");
    await assertPackageKept(bytes, readFileSync(out));
    const names = (await openWorkbook(out)).worksheets.map((ws) => ws.name);
    assert.deepEqual(names.slice(0, 2), ["台账", "参数"]);
    assert.ok(names.includes("汇总-行业"), names.join(","));
  });

  it("--append on a LibreOffice-saved workbook with a table: no crash, every part kept", async () => {
    const { dir } = await fixtureWorkbooks();
    const input = join(__dirname, "..", "fixtures", "append", "libreoffice-table.xlsx");
    const out = join(dir, "libreoffice-appended.xlsx");
    const run = await runCli(["check", input, "--out", out, "--append"]);
    assert.equal(run.code, 0, run.stderr);
    await assertPackageKept(readFileSync(input), readFileSync(out));
  });

  it("--append keeps the workbook's kind: a .xlsm result must be named .xlsm", async () => {
    const { paths, dir } = await fixtureWorkbooks();
    const zip = await JSZip.loadAsync(readFileSync(paths.messy));
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file(
      "[Content_Types].xml",
      types.replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
      )
    );
    const input = join(dir, "macro.xlsm");
    writeFileSync(input, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const wrong = await runCli(["check", input, "--out", join(dir, "macro-out.xlsx"), "--append"]);
    assert.equal(wrong.code, 2);
    assert.match(
      wrong.stderr,
      /macro-out\.xlsx：输入 .*macro\.xlsm 是启用宏的工作簿.*须以 \.xlsm 结尾/
    );
    assert.throws(() => statSync(join(dir, "macro-out.xlsx")));
    const right = await runCli(["check", input, "--out", join(dir, "macro-out.xlsm"), "--append"]);
    assert.equal(right.code, 0, right.stderr);
    await assertPackageKept(readFileSync(input), readFileSync(join(dir, "macro-out.xlsm")));
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
