import assert from "node:assert/strict";
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import ExcelJS from "exceljs";
import { fixtureWorkbooks, runCli } from "./run-cli";

describe("cli: taizhang reconcile", () => {
  it("writes the reconcile JSON (golden)", async () => {
    const { paths } = await fixtureWorkbooks();
    const run = await runCli(["reconcile", paths.previous, paths.current, "--json", "-"]);
    assert.equal(run.code, 0, run.stderr);
    const json = JSON.parse(run.stdout);
    assert.equal(json.schema, "taizhang.reconcile/1");
    assert.deepEqual(json.previous, { file: paths.previous, sheet: "5月", month: 5 });
    assert.deepEqual(json.current, { file: paths.current, sheet: "6月", month: 6 });
    assert.deepEqual(json.added, [{ code: "P5", name: "五号项目", sheetRow: 7 }]);
    assert.deepEqual(json.removed, [{ code: "P4", name: "四号项目", sheetRow: 7 }]);
    assert.deepEqual(json.decreased, [
      { code: "P2", name: "二号项目", sheetRow: 5, previous: 200, current: 180 },
    ]);
    assert.deepEqual(json.planChanged, [
      { code: "P2", name: "二号项目", sheetRow: 5, previous: 500, current: 600 },
    ]);
    assert.deepEqual(json.totalChanged, [
      { code: "P3", name: "三号项目", sheetRow: 6, previous: 4000, current: 4500 },
    ]);
    assert.deepEqual(
      json.increments.map((i: { code: string; increment: number }) => [i.code, i.increment]),
      [
        ["P1", 80],
        ["P2", -20],
        ["P3", 50],
      ]
    );
    assert.equal(json.monthIncrement, 110);
    assert.deepEqual(json.monthMismatches, [
      { code: "P2", name: "二号项目", sheetRow: 5, previous: 200, thisMonth: 10, current: 180 },
    ]);
    assert.ok(
      json.findings.some(
        (f: { code: string; severity: string }) =>
          f.code === "reconcile.decreased" && f.severity === "error"
      )
    );
  });

  it("prints the reconciliation, --strict exits 1 on a decrease, --out writes the sheet", async () => {
    const { paths, dir } = await fixtureWorkbooks();
    const text = await runCli(["reconcile", paths.previous, paths.current]);
    assert.match(
      text.stdout,
      /【累计完成额下降】共 1 个\n {2}· P2 二号项目（第5行）: 200\.00 → 180\.00/
    );
    assert.match(text.stdout, /本月新增完成投资（万元）: 110\.00/);
    assert.equal(
      (await runCli(["reconcile", paths.previous, paths.current, "--json", "-", "--strict"])).code,
      1
    );
    const out = join(dir, "reconcile.xlsx");
    assert.equal(
      (await runCli(["reconcile", paths.previous, paths.current, "--out", out])).code,
      0
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    assert.equal(wb.worksheets.length, 1);
    const cells: string[] = [];
    wb.worksheets[0].eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
    assert.ok(cells.includes("五号项目") && cells.includes("四号项目"), cells.join("|"));
  });

  it("needs two files", async () => {
    const { paths } = await fixtureWorkbooks();
    const run = await runCli(["reconcile", paths.previous]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /reconcile 需要两个文件/);
  });
});

describe("cli: taizhang consolidate", () => {
  it("merges unit ledgers (万元 and 亿元) into one workbook and JSON", async () => {
    const { paths, dir } = await fixtureWorkbooks();
    const out = join(dir, "merged.xlsx");
    const jsonPath = join(dir, "merged.json");
    const inputs = [paths["unit-a"], paths["unit-b"]];
    const mtimes = inputs.map((p) => statSync(p).mtimeMs);
    const run = await runCli(["consolidate", ...inputs, "--out", out, "--json", jsonPath]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(
      inputs.map((p) => statSync(p).mtimeMs),
      mtimes
    );
    const json = JSON.parse(readFileSync(jsonPath, "utf8"));
    assert.equal(json.schema, "taizhang.report/1");
    assert.deepEqual(
      {
        projects: json.totals.projects,
        total: json.totals.totalInvestment,
        plan: json.totals.annualPlan,
        done: json.totals.completed,
      },
      { projects: 4, total: 33000, plan: 14000, done: 6800 }
    );
    assert.deepEqual(
      json.projects.map((p: { name: string; totalInvestment: number }) => [
        p.name,
        p.totalInvestment,
      ]),
      [
        ["甲县工业园", 10000],
        ["甲县公路", 6000],
        ["乙县水厂", 5000],
        ["乙县工厂", 12000],
      ]
    );
    assert.deepEqual(json.projects[2].source, {
      file: paths["unit-b"],
      sheet: "乙县",
      sheetRow: 4,
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const merged = wb.getWorksheet("汇总台账")!;
    assert.ok(merged, wb.worksheets.map((w) => w.name).join(","));
    const rows: unknown[][] = [];
    merged.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const water = rows.find((r) => r.includes("乙县水厂"))!;
    assert.ok(water.includes(5000) && water.includes("unit-b"), JSON.stringify(water));
  });

  it("needs --out", async () => {
    const { paths } = await fixtureWorkbooks();
    const run = await runCli(["consolidate", paths["unit-a"], paths["unit-b"]]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /consolidate 需要 --out/);
  });
});

// ───────────── One file given twice, swapped months, codes, source locations (issue 12) ─────────────

const SAMPLES = join(__dirname, "..", "..", "samples");
const SEPTEMBER = join(SAMPLES, "county-2024-m09.xlsx");
const OCTOBER = join(SAMPLES, "county-2024-m10.xlsx");

/** A scratch folder of this test run. */
function scratch(): string {
  return mkdtempSync(join(tmpdir(), "tz-h4-"));
}

/** A one-sheet ledger workbook: title, unit line, header on row 3, rows from row 4. */
async function ledgerFile(
  path: string,
  sheet: string,
  title: string,
  header: string[],
  rows: ExcelJS.CellValue[][]
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow([title]);
  ws.addRow(["单位：万元"]);
  ws.addRow(header);
  for (const row of rows) ws.addRow(row);
  await wb.xlsx.writeFile(path);
  return path;
}

/** A copy of a sample with some cells changed (sheet, cell address → value). */
async function editedSample(
  from: string,
  to: string,
  cells: Record<string, ExcelJS.CellValue>
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  for (const [address, value] of Object.entries(cells))
    wb.worksheets[0].getCell(address).value = value;
  await wb.xlsx.writeFile(to);
  return to;
}

interface JsonLocated {
  code: string;
  severity: string;
  message: string;
  file?: string;
  sheet: string;
  sheetRow: number | null;
  column: string | null;
}

describe("cli: the same file given twice is refused (issue 12)", () => {
  /** Ways of giving a.xlsx twice: the same path, ./path, a hard and a symbolic link, a byte copy. */
  async function twice(): Promise<{ dir: string; a: string; ways: [string, string, RegExp][] }> {
    const dir = scratch();
    const a = join(dir, "a.xlsx");
    copyFileSync(SEPTEMBER, a);
    linkSync(a, join(dir, "link-to-a.xlsx"));
    symlinkSync(a, join(dir, "symlink-to-a.xlsx"));
    copyFileSync(a, join(dir, "copy-of-a.xlsx"));
    const dotted = `.${sep}${relative(process.cwd(), a)}`;
    return {
      dir,
      a,
      ways: [
        [a, a, /a\.xlsx 被给了两次/],
        [a, dotted, /是同一个文件/],
        [a, join(dir, "link-to-a.xlsx"), /是同一个文件/],
        [join(dir, "symlink-to-a.xlsx"), a, /是同一个文件/],
        [a, join(dir, "copy-of-a.xlsx"), /内容完全相同（逐字节一致）/],
      ],
    };
  }

  it("consolidate: same path, ./path, hard and symbolic link, byte copy: exit 2 naming both", async () => {
    const { dir, ways } = await twice();
    for (const [first, second, says] of ways) {
      const out = join(dir, "merged.xlsx");
      const run = await runCli(["consolidate", first, second, "--out", out, "--json", "-"]);
      assert.equal(run.code, 2, `${first} ${second}: ${run.stderr}`);
      assert.match(run.stderr, says);
      assert.match(run.stderr, /汇总会把其中每个项目算两遍/);
      assert.ok(run.stderr.includes(second), run.stderr);
      assert.equal(run.stdout, "");
      assert.ok(!existsSync(out), "nothing is written");
    }
  });

  it("consolidate: a copy among other files is found wherever it is, in English too", async () => {
    const { paths } = await fixtureWorkbooks();
    const { dir } = await twice();
    const copy = join(dir, "copy-of-a.xlsx");
    const run = await runCli(
      [
        "consolidate",
        join(dir, "a.xlsx"),
        paths["unit-a"],
        copy,
        "--out",
        join(dir, "m.xlsx"),
      ].concat(["--lang", "en"])
    );
    assert.equal(run.code, 2);
    assert.match(
      run.stderr,
      /a\.xlsx and .*copy-of-a\.xlsx are byte for byte the same workbook.*count every project in it twice/
    );
  });

  it("reconcile: the same ways, exit 2", async () => {
    const { ways } = await twice();
    for (const [first, second, says] of ways) {
      const run = await runCli(["reconcile", first, second]);
      assert.equal(run.code, 2, `${first} ${second}: ${run.stderr}`);
      assert.match(run.stderr, says);
      assert.match(run.stderr, /核对需要上月和本月两个不同的台账/);
      assert.equal(run.stdout, "");
    }
  });

  it("two different files are still fine", async () => {
    const run = await runCli(["reconcile", SEPTEMBER, OCTOBER, "--json", "-"]);
    assert.equal(run.code, 0, run.stderr);
  });
});

describe("cli: reconcile says when the ledgers look swapped (issue 12)", () => {
  it("October before September: a line on top of the text, the first finding in JSON", async () => {
    const text = await runCli(["reconcile", OCTOBER, SEPTEMBER]);
    assert.equal(text.code, 0, text.stderr);
    const [first, second] = text.stdout.split("\n");
    assert.match(
      first,
      /^【注意】两期台账很可能放反了：上期台账（.*county-2024-m10\.xlsx 工作表“10月”）为2024年10月，晚于本期台账（.*county-2024-m09\.xlsx 工作表“9月”）的2024年9月/
    );
    assert.equal(second, "台账助手 · 月度核对");
    assert.match(text.stdout, /【累计完成额下降】共 90 个/);

    const run = await runCli(["reconcile", OCTOBER, SEPTEMBER, "--json", "-", "--lang", "en"]);
    const json = JSON.parse(run.stdout);
    const reversed: JsonLocated = json.findings[0];
    assert.deepEqual(
      [reversed.code, reversed.severity, reversed.file, reversed.sheet, reversed.sheetRow],
      ["reconcile.reversed", "warning", SEPTEMBER, "9月", null]
    );
    // With --json the warning still reaches the terminal, on stderr.
    assert.match(run.stderr, /^\[Attention\] The two ledgers are probably swapped/);
  });

  it("no months stated: most cumulative figures going down are the signature", async () => {
    const dir = scratch();
    const header = ["项目编码", "项目名称", "总投资", "年度计划投资", "本年累计完成投资"];
    const later = await ledgerFile(join(dir, "later.xlsx"), "台账", "重点项目台账", header, [
      ["A1", "甲", 5000, 1000, 900],
      ["A2", "乙", 3000, 1000, 700],
      ["A3", "丙", 2000, 1000, 300],
    ]);
    const earlier = await ledgerFile(join(dir, "earlier.xlsx"), "台账", "重点项目台账", header, [
      ["A1", "甲", 5000, 1000, 800],
      ["A2", "乙", 3000, 1000, 500],
      ["A3", "丙", 2000, 1000, 300],
    ]);
    const run = await runCli(["reconcile", later, earlier]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(
      run.stdout.split("\n")[0],
      /^【注意】两期台账是否放反了？两期都有本年累计完成投资的3个项目中，有2个本期比上期少（台账未注明月份/
    );
    const right = await runCli(["reconcile", earlier, later]);
    assert.equal(right.stdout.split("\n")[0], "台账助手 · 月度核对");
  });

  it("both ledgers of September: said on top", async () => {
    const dir = scratch();
    const revised = await editedSample(SEPTEMBER, join(dir, "county-m09-revised.xlsx"), {
      K6: 9500,
    });
    const run = await runCli(["reconcile", SEPTEMBER, revised]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(
      run.stdout.split("\n")[0],
      /^【注意】上期台账（.*county-2024-m09\.xlsx 工作表“9月”）与本期台账（.*county-m09-revised\.xlsx 工作表“9月”）都是2024年9月的台账/
    );
  });
});

describe("cli: reconcile reports duplicate and missing codes with file, sheet and rows (issue 12)", () => {
  it("in the current and in the previous ledger", async () => {
    const dir = scratch();
    // October: row 57 given row 12's code, row 80's code left blank.
    const october = await editedSample(OCTOBER, join(dir, "county-m10.xlsx"), {
      B57: "XM20240007",
      B80: null,
    });
    // September: row 20 given row 30's code.
    const september = await editedSample(SEPTEMBER, join(dir, "county-m09.xlsx"), {
      B20: "XM20240025",
    });
    const run = await runCli(["reconcile", september, october, "--json", "-"]);
    assert.equal(run.code, 0, run.stderr);
    const findings: JsonLocated[] = JSON.parse(run.stdout).findings;
    const codes = findings.filter((f) => f.code.endsWith("-code"));
    assert.deepEqual(
      codes.map((f) => [f.code, f.file, f.sheet, f.sheetRow, f.column]),
      [
        ["reconcile.duplicate-code", september, "9月", 20, "B"],
        ["reconcile.duplicate-code", october, "10月", 12, "B"],
        ["reconcile.missing-code", october, "10月", 80, "B"],
      ]
    );
    assert.equal(
      codes[1].message,
      `本期台账 ${october} 工作表“10月”第12行与第57行项目编码相同（XM20240007）：核对时按行序逐一配对，这几行的比较可能配错，请先更正编码`
    );
    assert.match(
      codes[0].message,
      /^上期台账 .*county-m09\.xlsx 工作表“9月”第20行与第30行项目编码相同（XM20240025）/
    );
    assert.match(codes[2].message, /有1个项目没有填项目编码（第80行）/);
    // The text output lists them among the data problems, file in the message.
    const text = await runCli(["reconcile", september, october]);
    assert.match(
      text.stdout,
      /\[警告\] 10月 第12行 B列：本期台账 .*county-m10\.xlsx 工作表“10月”第12行与第57行/
    );
  });
});

describe("cli: consolidate cites the source file, sheet and row (issue 12)", () => {
  it("JSON findings and projects, and the workbook's problem list, never the merged ledger", async () => {
    const { paths } = await fixtureWorkbooks();
    const dir = scratch();
    // 年度计划投资 in column F here, in E of the merged ledger; 丙县水厂 listed twice.
    const c = await ledgerFile(
      join(dir, "丙县.xlsx"),
      "丙县",
      "丙县重点项目台账（1-5月）", // a month behind 甲县
      ["序号", "项目名称", "所属行业", "1-5月累计完成投资", "总投资", "年度计划投资"],
      [
        [1, "丙县园区", "工业", 100, 8000, 9000],
        [2, "丙县水厂", "水利", 50, 3000, 500],
        [3, "丙县水厂", "水利", 60, 3000, 500],
      ]
    );
    const out = join(dir, "merged.xlsx");
    const run = await runCli(["consolidate", paths["unit-a"], c, "--out", out, "--json", "-"]);
    assert.equal(run.code, 0, run.stderr);
    const json = JSON.parse(run.stdout);
    assert.equal(json.source.sheet, "汇总台账");
    const plan = json.projects.find((p: { name: string }) => p.name === "丙县园区");
    assert.deepEqual(plan.source, { file: c, sheet: "丙县", sheetRow: 4 });
    assert.equal(plan.sheetRow, 4);
    assert.deepEqual(
      plan.findings.map((f: { code: string }) => f.code),
      ["check.plan-exceeds-total"]
    );
    const water = json.projects.filter((p: { name: string }) => p.name === "丙县水厂");
    assert.deepEqual(
      water.map((p: { findings: { message: string }[] }) => p.findings.map((f) => f.message)),
      [
        ["项目“丙县水厂”与第6行（“丙县水厂”）名称相同，是否重复填报？"],
        ["项目“丙县水厂”与第5行（“丙县水厂”）名称相同，是否重复填报？"],
      ]
    );
    const sheetFindings: JsonLocated[] = json.findings;
    assert.deepEqual(
      sheetFindings.map((f) => [f.code, f.file, f.sheet, f.sheetRow]),
      [["consolidate.periods-differ", c, "丙县", null]]
    );
    assert.match(
      sheetFindings[0].message,
      /^丙县 工作表“丙县”的报告期为5月，与最近的报告期6月（unit-a 工作表“甲县”）不一致/
    );
    // Projects (and so their findings) are located by their source.
    for (const p of json.projects as { source: { file: string; sheet: string } }[])
      assert.ok(
        [`${paths["unit-a"]}|甲县`, `${c}|丙县`].includes(`${p.source.file}|${p.source.sheet}`)
      );

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const problems = wb.getWorksheet("数据问题")!;
    const rows: unknown[][] = [];
    problems.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const header = rows.find((r) => r[0] === "序号")!;
    assert.deepEqual(header.slice(0, 6), ["序号", "文件", "工作表", "行号", "列", "项目名称"]);
    const planRow = rows.find((r) => String(r[8] ?? "").includes("年度计划投资"))!;
    assert.deepEqual(planRow.slice(1, 6), [c, "丙县", 4, "F", "丙县园区"]);
    // No cell names the merged ledger's sheet, which the user cannot open.
    assert.ok(!rows.some((r) => r.includes("汇总") || r.includes("台账工作表：汇总")));
  });

  it("one ledger given twice under different names is refused before anything is merged", async () => {
    const { paths } = await fixtureWorkbooks();
    const dir = scratch();
    const copy = join(dir, "unit-a-copy.xlsx");
    writeFileSync(copy, readFileSync(paths["unit-a"]));
    const run = await runCli(["consolidate", paths["unit-a"], copy, "--out", join(dir, "m.xlsx")]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /unit-a-copy\.xlsx 内容完全相同/);
  });
});
