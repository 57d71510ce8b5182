import assert from "node:assert/strict";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fixtureWorkbooks, runCli } from "./run-cli";

/** Runs a command and checks the input file is byte-for-byte and mtime unchanged afterwards. */
async function runKeepingInput(input: string, argv: string[]) {
  const before = { bytes: readFileSync(input), mtime: statSync(input).mtimeMs };
  const run = await runCli(argv);
  assert.deepEqual(readFileSync(input), before.bytes, "input bytes changed");
  assert.equal(statSync(input).mtimeMs, before.mtime, "input mtime changed");
  return run;
}

describe("cli: taizhang check", () => {
  it("writes the JSON report contract for a messy ledger (golden, field by field)", async () => {
    const { paths } = await fixtureWorkbooks();
    const run = await runKeepingInput(paths.messy, [
      "check",
      paths.messy,
      "--usd-rate",
      "7",
      "--json",
      "-",
    ]);
    assert.equal(run.code, 0, run.stderr);
    const json = JSON.parse(run.stdout);
    assert.equal(json.schema, "taizhang.report/1");
    assert.deepEqual(json.source, { file: paths.messy, sheet: "台账" });
    assert.deepEqual(json.period, { asOf: null, month: 6, timeProgress: 0.5, mode: "month" });
    assert.equal(json.amountUnit, "万元");
    assert.deepEqual(Object.keys(json.totals).sort(), [
      "annualPlan",
      "completed",
      "completionRate",
      "projects",
      "started",
      "totalInvestment",
      "variancePoints",
    ]);
    // 50000 + 12000 + 800×7 + 80000 + 2000 + 30000; plans 20000 + 6000 + 300×7 + 30000 + 1000 (— is no plan)
    assert.equal(json.totals.projects, 6);
    assert.equal(json.totals.started, 4);
    assert.equal(json.totals.totalInvestment, 179600);
    assert.equal(json.totals.annualPlan, 59100);
    assert.equal(json.totals.completed, 25050);
    assert.equal(json.totals.completionRate, 25050 / 59100);
    assert.equal(json.totals.variancePoints, (25050 / 59100 - 0.5) * 100);
    assert.deepEqual(Object.keys(json.groups), ["sector"]);
    assert.deepEqual(
      json.groups.sector.map(
        (g: { key: string; projects: number; annualPlan: number; completed: number }) => [
          g.key,
          g.projects,
          g.annualPlan,
          g.completed,
        ]
      ),
      [
        ["工业", 3, 28100, 13050],
        ["交通", 3, 31000, 12000],
      ]
    );

    assert.deepEqual(
      json.projects.map((p: { sheetRow: number }) => p.sheetRow),
      [7, 8, 9, 12, 13, 14]
    );
    const [first, textNumbers, usd, , dashRow, noPlan] = json.projects;
    assert.deepEqual(
      {
        code: first.code,
        name: first.name,
        sector: first.sector,
        responsibleUnit: first.responsibleUnit,
        listed: first.listed,
        currency: first.currency,
      },
      {
        code: "GY001",
        name: "智能装备产业园",
        sector: "工业",
        responsibleUnit: "市工信局",
        listed: true,
        currency: "CNY",
      }
    );
    assert.equal(first.completionRate, 0.45);
    assert.equal(first.variancePoints, (0.45 - 0.5) * 100);
    assert.equal(first.spi, 0.9);
    assert.equal(first.timeProgress, 0.5, "the T the project is judged against");
    assert.equal(first.scheduleStatus, "behind");
    assert.deepEqual(first.listing, {
      eligible: true,
      tier: "construction",
      threshold: 3000,
      thresholdCurrency: "CNY",
      reasons: first.listing.reasons,
    });
    assert.deepEqual(
      [textNumbers.totalInvestment, textNumbers.annualPlan, textNumbers.completed],
      [12000, 6000, 3000]
    );
    assert.deepEqual(
      [usd.currency, usd.totalInvestment, usd.annualPlan, usd.completed],
      ["USD", 5600, 2100, 1050]
    );
    assert.equal(usd.listing.thresholdCurrency, "USD");
    assert.equal(dashRow.name, "物流园道路");
    assert.equal(dashRow.started, false);
    assert.equal(dashRow.listing.eligible, false);
    assert.ok(
      dashRow.findings.some(
        (f: { code: string; severity: string; message: string }) =>
          f.code === "read.error-value" && /#N\/A/.test(f.message)
      )
    );
    assert.equal(noPlan.annualPlan, null);
    assert.equal(noPlan.completionRate, null);
    assert.equal(noPlan.scheduleStatus, "not-started");
    // The stated 合计 row disagrees with the projects: sheet-level findings say where.
    const mismatch = json.findings.find(
      (f: { code: string; column: string }) =>
        f.code === "check.subtotal-mismatch" && f.column === "H"
    );
    assert.deepEqual(
      { sheet: mismatch.sheet, sheetRow: mismatch.sheetRow, severity: mismatch.severity },
      { sheet: "台账", sheetRow: 5, severity: "error" }
    );
    assert.match(
      json.narrative,
      /^全市共实施重点项目6个，总投资17\.96亿元，年度计划投资5\.91亿元。/
    );
  });

  it("gives findings' messages in --lang en", async () => {
    const { paths } = await fixtureWorkbooks();
    const run = await runCli([
      "check",
      paths.messy,
      "--usd-rate",
      "7",
      "--json",
      "-",
      "--lang",
      "en",
    ]);
    const json = JSON.parse(run.stdout);
    assert.match(json.findings[0].message, /[A-Za-z]/);
    assert.doesNotMatch(json.findings[0].message, /[\u4e00-\u9fff]{4}/);
  });

  it("reads Traditional headers and 億元 amounts, skipping a notes sheet", async () => {
    const { paths } = await fixtureWorkbooks();
    const run = await runCli(["check", paths["traditional-yi"], "--json", "-"]);
    assert.equal(run.code, 0, run.stderr);
    const json = JSON.parse(run.stdout);
    assert.equal(json.source.sheet, "縣重點項目");
    assert.equal(json.period.month, 5);
    assert.equal(json.totals.totalInvestment, 43000);
    assert.equal(json.totals.annualPlan, 19000);
    assert.equal(json.totals.completed, 8000);
    assert.deepEqual(
      json.projects.map((p: { totalInvestment: number }) => p.totalInvestment),
      [25000, 10000, 8000]
    );
  });

  it("prints a readable summary without --json/--out", async () => {
    const { paths } = await fixtureWorkbooks();
    const run = await runKeepingInput(paths.messy, ["check", paths.messy, "--usd-rate", "7"]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /报告期: 2024年1-6月 {2}时序进度: 50\.00%/);
    // Group table, aligned: the 工业 row has its figures in 亿元.
    assert.match(run.stdout, /工业\s+3\s+3\s+6\.76\s+2\.81\s+1\.31\s+46\.44%\s+-3\.56/);
    assert.match(run.stdout, /【滞后项目】共 2 个/);
    assert.match(run.stdout, /【未达入库标准】共 1 个/);
    assert.match(run.stdout, /【数据问题】共 \d+ 条/);
    assert.match(run.stdout, /全市共实施重点项目6个/);
  });

  it("--strict exits 1 when the ledger has errors, 0 without --strict", async () => {
    const { paths } = await fixtureWorkbooks();
    assert.equal((await runCli(["check", paths.messy, "--json", "-"])).code, 0);
    assert.equal((await runCli(["check", paths.messy, "--json", "-", "--strict"])).code, 1);
    assert.equal(
      (await runCli(["check", paths["traditional-yi"], "--json", "-", "--strict"])).code,
      0
    );
  });

  it("usage errors exit 2 and say what is wrong", async () => {
    const { paths, dir } = await fixtureWorkbooks();
    const cases: [string[], RegExp][] = [
      [["check"], /只需要一个台账文件/],
      [["check", paths.messy, "--month", "13"], /--month 应为 1 到 12/],
      [["check", paths.messy, "--usd-rate", "abc"], /--usd-rate 应为正数/],
      [["check", paths.messy, "--time-mode", "week"], /--time-mode/],
      [["check", paths.messy, "--bogus"], /没有 --bogus 这个选项/],
      [["check", paths.messy, "--out", paths.messy], /不能是输入文件本身/],
      [["check", paths.messy, "--out", join(dir, "x.csv")], /--out 应是 \.xlsx/],
      [["check", paths.messy, "--append"], /--append 需要 --out/],
      [["check", paths.messy, "--sheet", "没有"], /没有名为“没有”的工作表。现有工作表：“台账”/],
      [["check", paths.messy, "--as-of", "2024-02-30"], /./],
      [["check", paths.messy, "--group-by", "不存在的列"], /不存在的列/],
      [["check", paths.messy, "--rules", join(dir, "none.json")], /none\.json：既不是内置规则/],
      [["frobnicate"], /未知命令/],
    ];
    for (const [argv, message] of cases) {
      const run = await runCli(argv);
      assert.equal(run.code, 2, `${argv.join(" ")} → ${run.code} ${run.stderr}`);
      assert.match(run.stderr, message, argv.join(" "));
    }
  });

  it("a sheet that is not a ledger is exit 2 naming file and sheet", async () => {
    const { paths } = await fixtureWorkbooks();
    const run = await runCli(["check", paths["traditional-yi"], "--sheet", "說明"]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /traditional-yi\.xlsx：工作表 “說明” 都不是可以检查的项目台账/);
  });

  it("prints help and version", async () => {
    const help = await runCli(["--help"]);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /taizhang check <台账\.xlsx>/);
    const en = await runCli(["check", "--help", "--lang", "en"]);
    assert.match(en.stdout, /Usage: taizhang check <ledger\.xlsx>/);
    const version = await runCli(["--version"]);
    assert.match(version.stdout, /^taizhang \d+\.\d+\.\d+/);
  });
});
