import assert from "node:assert/strict";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
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
    assert.deepEqual(json.projects[2].source, { file: paths["unit-b"], sheetRow: 4 });
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
