import assert from "node:assert/strict";
import { findLedgerSheet, readLedger } from "../../../src/core/reader";
import { messyValuesGrid } from "../../fixtures/grids/messy-values";
import { englishGrid, traditionalGrid } from "../../fixtures/grids/traditional-english";
import {
  currencyColumnGrid,
  usdHeaderGrid,
  yuanColumnGrid,
} from "../../fixtures/grids/units-currency";
import { contentColumnsGrid } from "../../fixtures/grids/content-dates";
import { twoRowHeaderWithMerges } from "../../fixtures/grids/two-row-header";
import {
  blankCellsGrid,
  emptyGrid,
  hostileGrid,
  namesOnlyGrid,
  proseGrid,
} from "../../fixtures/grids/not-ledgers";

describe("reader: numbers as text, dashes, error values, unreadable cells", () => {
  const ledger = readLedger(messyValuesGrid);
  const byName = (name: string) => ledger.projects.find((p) => p.name === name)!;

  it("finds a header on the first row with no title", () => {
    assert.deepEqual(ledger.header, { first: 0, last: 0 });
    assert.equal(ledger.title, null);
    assert.equal(ledger.columns.totalInvestment?.unit, "万元");
    assert.equal(ledger.amountUnitSource, "header");
  });

  it("parses numbers typed as text, with separators, full-width digits and units", () => {
    const p = byName("文本数字项目");
    assert.deepEqual(
      [p.amounts.totalInvestment, p.amounts.annualPlan, p.amounts.completed, p.statedRate],
      [1234.5, 1000, 3000, 0.5]
    );
    const q = byName("单位数字项目");
    assert.deepEqual([q.amounts.totalInvestment, q.amounts.annualPlan], [3000, 3000]);
  });

  it("reads dashes as empty without findings", () => {
    const p = byName("破折号项目");
    assert.deepEqual(p.amounts, {
      totalInvestment: null,
      annualPlan: null,
      completed: null,
      completedSinceStart: null,
      completedThisMonth: null,
      completedBeforeThisYear: null,
    });
    assert.equal(p.statedRate, null);
    assert.equal(ledger.findings.filter((f) => f.sheetRow === 3 || f.sheetRow === 4).length, 0);
  });

  it("reads error values as empty with a finding each", () => {
    const errors = ledger.findings
      .filter((f) => f.code === "read.error-value")
      .map((f) => [f.sheetRow, f.column, f.field, f.data?.value]);
    assert.deepEqual(errors, [
      [5, "C", "totalInvestment", "#N/A"],
      [5, "D", "annualPlan", "#DIV/0!"],
      [5, "F", "statedRate", "#VALUE!"],
    ]);
    assert.equal(byName("错误值项目").amounts.completed, 100);
  });

  it("reports every unreadable cell with what was there", () => {
    const bad = ledger.findings
      .filter((f) => f.code.startsWith("read.unparseable"))
      .map((f) => f.message["zh-CN"]);
    assert.deepEqual(bad, [
      "第6行 G列（开工时间）：无法识别的日期“明年”",
      "第6行 C列（总投资）：无法识别的数值“约3千万”",
      "第6行 E列（累计完成投资）：无法识别的数值“true”",
      "第6行 F列（完成率）：无法识别的比率“很高”",
      "第7行 C列（总投资）：无法识别的数值“NaN”",
      "第7行 D列（年度计划投资）：无法识别的数值“Infinity”",
    ]);
    assert.equal(byName("异常数字项目").statedRate, 0.25);
  });

  it("reads text dates in every common form", () => {
    assert.deepEqual(
      ledger.projects.map((p) => p.startDate),
      [
        { year: 2024, month: 3 },
        { year: 2024, month: 3 },
        { year: 2024, month: 3, day: 15 },
        { year: 2024, month: 3, day: 15 },
        null,
        { year: 2024, month: 3, day: 15 },
      ]
    );
  });

  it("says when the reporting period is not stated", () => {
    assert.equal(ledger.reportingMonth, null);
    assert.ok(
      ledger.findings.some((f) => f.code === "read.period-missing" && f.severity === "info")
    );
  });
});

describe("reader: Traditional and English headers", () => {
  it("reads Traditional headers with units and 1-6月累計", () => {
    const ledger = readLedger(traditionalGrid);
    assert.equal(ledger.title, "2024年重點項目進度表");
    assert.deepEqual(ledger.header, { first: 1, last: 1 });
    assert.equal(ledger.columns.name?.letter, "B");
    assert.equal(ledger.columns.totalInvestment?.header, "總投資（萬元）");
    assert.equal(ledger.columns.totalInvestment?.unit, "万元");
    assert.equal(ledger.columns.annualPlan?.letter, "E");
    assert.equal(ledger.columns.completed?.letter, "F");
    assert.equal(ledger.reportingMonth, 6);
    assert.equal(ledger.reportingYear, 2024);
    assert.deepEqual(
      ledger.projects.map((p) => [p.name, p.amounts.completed]),
      [
        ["港區物流中心", 1500],
        ["醫院門診大樓", 2600],
      ]
    );
  });

  it("reads English headers", () => {
    const ledger = readLedger(englishGrid);
    const letters = Object.fromEntries(
      Object.entries(ledger.columns).map(([f, m]) => [f, m.letter])
    );
    assert.deepEqual(letters, {
      seq: "A",
      name: "B",
      owner: "C",
      sector: "D",
      totalInvestment: "E",
      annualPlan: "F",
      completed: "G",
    });
    assert.equal(ledger.projects[0].sector, "Energy");
    assert.equal(ledger.projects[1].amounts.annualPlan, 10000);
  });
});

describe("reader: units and currencies", () => {
  it("converts a 元 column inside a 亿元 sheet", () => {
    const ledger = readLedger(yuanColumnGrid);
    assert.equal(ledger.amountUnit, "亿元");
    assert.equal(ledger.columns.completedThisMonth?.unit, "元");
    assert.deepEqual(ledger.projects[0].amounts, {
      totalInvestment: 12000,
      annualPlan: 5000,
      completed: null,
      completedSinceStart: null,
      completedThisMonth: 350,
      completedBeforeThisYear: null,
    });
    assert.ok(
      ledger.findings.some((f) => f.code === "read.missing-column" && f.data?.field === "completed")
    );
  });

  it("takes each row's currency from a 币种 column", () => {
    const ledger = readLedger(currencyColumnGrid);
    assert.deepEqual(
      ledger.projects.map((p) => p.currency),
      ["USD", "CNY", "USD", "CNY"]
    );
    assert.equal(ledger.projects[0].amounts.totalInvestment, 800);
    const unknown = ledger.findings.filter((f) => f.code === "read.unknown-currency");
    assert.deepEqual(
      unknown.map((f) => [f.sheetRow, f.column, f.message["zh-CN"]]),
      [[6, "B", "第6行 B列（币种）：无法识别的币种“日元”，按人民币处理"]]
    );
    assert.equal(ledger.reportingMonth, 9);
  });

  it("reads 万美元 headers as USD rows", () => {
    const ledger = readLedger(usdHeaderGrid);
    assert.equal(ledger.amountUnit, "万美元");
    assert.equal(ledger.amountUnitSource, "header");
    assert.equal(ledger.projects[0].currency, "USD");
    assert.equal(ledger.projects[0].amounts.completed, 410);
    assert.equal(ledger.reportingMonth, 9);
  });
});

describe("reader: fields by content, dates, started", () => {
  const ledger = readLedger(contentColumnsGrid);

  it("recognises category, currency, sector and level columns by their values", () => {
    const summary = Object.fromEntries(
      (["category", "currency", "sector", "level", "listed"] as const).map((f) => [
        f,
        [ledger.columns[f]?.letter, ledger.columns[f]?.by],
      ])
    );
    assert.deepEqual(summary, {
      category: ["B", "content"],
      currency: ["C", "content"],
      sector: ["D", "content"],
      level: ["E", "content"],
      listed: ["F", "header"],
    });
  });

  it("parses values, serial and text dates, listed flags and started", () => {
    assert.deepEqual(
      ledger.projects.map((p) => [
        p.name,
        p.category,
        p.currency,
        p.sector,
        p.level,
        p.listed,
        p.startDate,
        p.endDate,
        p.started,
      ]),
      [
        [
          "甲",
          "新开工",
          "USD",
          "工业",
          "省级",
          true,
          { year: 2024, month: 3, day: 15 },
          { year: 2025, month: 12 },
          true,
        ],
        [
          "乙",
          "续建",
          "CNY",
          "交通",
          "市级",
          false,
          { year: 2023, month: 3 },
          { year: 2025, month: 12 },
          true,
        ],
        [
          "丙",
          "前期",
          "CNY",
          "社会事业",
          "县级",
          true,
          null,
          { year: 2026, month: 6, day: 30 },
          false,
        ],
        [
          "丁",
          "新开工",
          "CNY",
          "农业",
          "市级",
          false,
          { year: 2024, month: 8, day: 1 },
          null,
          false,
        ],
      ]
    );
  });
});

describe("reader: user overrides", () => {
  it("lets the user move, drop and add columns (confidence 1, by user)", () => {
    const ledger = readLedger(twoRowHeaderWithMerges, {
      columns: { remarks: null, completed: 7, problems: 8, statedRate: null },
    });
    assert.equal(ledger.columns.remarks, undefined);
    assert.equal(ledger.columns.statedRate, undefined);
    assert.deepEqual(ledger.columns.completed, {
      col: 7,
      letter: "H",
      header: "2024年/占年度计划%",
      confidence: 1,
      by: "user",
    });
    assert.equal(ledger.columns.problems?.by, "user");
    assert.equal(ledger.projects[1].amounts.completed, 50);
    assert.equal(ledger.projects[1].problems, "一期");
  });

  it("lets the user force the unit", () => {
    const ledger = readLedger(twoRowHeaderWithMerges, { amountUnit: "亿元" });
    assert.equal(ledger.amountUnit, "亿元");
    assert.equal(ledger.amountUnitSource, "user");
    assert.equal(ledger.projects[0].amounts.totalInvestment, 100000000);
  });

  it("warns about an override outside the table", () => {
    const ledger = readLedger(twoRowHeaderWithMerges, { columns: { county: 99 } });
    assert.equal(ledger.columns.county, undefined);
    assert.deepEqual(
      ledger.findings.map((f) => f.code),
      ["read.override-invalid"]
    );
  });
});

describe("reader: sheets that are not ledgers never throw", () => {
  it("an empty sheet", () => {
    for (const grid of [emptyGrid, blankCellsGrid]) {
      const ledger = readLedger(grid);
      assert.equal(ledger.found, false);
      assert.deepEqual(
        ledger.findings.map((f) => [f.code, f.severity, f.sheetRow]),
        [["read.empty-sheet", "error", null]]
      );
    }
  });

  it("a sheet of prose", () => {
    const ledger = readLedger(proseGrid);
    assert.equal(ledger.found, false);
    assert.equal(ledger.findings[0].code, "read.not-a-ledger");
    assert.equal(ledger.findings[0].data?.reason, "no-header");
    assert.deepEqual(ledger.projects, []);
  });

  it("a list of names without amounts", () => {
    const ledger = readLedger(namesOnlyGrid);
    assert.equal(ledger.found, false);
    assert.equal(ledger.findings[0].data?.reason, "no-amount-column");
    assert.match(ledger.findings[0].message["zh-CN"], /没有“投资金额”列/);
  });

  it("ragged rows, holes, NaN, booleans, objects, huge strings, bad merges", () => {
    const ledger = readLedger(hostileGrid());
    assert.equal(ledger.found, true);
    assert.equal(ledger.projects.length, 2);
    assert.equal(ledger.projects[0].name?.length, 100000);
    assert.equal(ledger.projects[1].amounts.totalInvestment, null);
    assert.ok(
      ledger.findings.some((f) => f.code === "read.error-value" && f.data?.value === "#SPILL!")
    );
  });

  it("garbage instead of a grid", () => {
    for (const junk of [
      null,
      undefined,
      {},
      { sheetName: 5, values: "x" },
      { sheetName: "s", values: [[1, 2], 3] },
    ]) {
      const ledger = readLedger(junk as never);
      assert.equal(ledger.found, false);
    }
  });
});

describe("findLedgerSheet", () => {
  it("returns the first sheet that reads as a ledger, preferring the named one", () => {
    const grids = [proseGrid, twoRowHeaderWithMerges, currencyColumnGrid];
    assert.equal(findLedgerSheet(grids)?.grid.sheetName, "6月");
    assert.equal(findLedgerSheet(grids, "外资")?.ledger.sheetName, "外资");
    assert.equal(findLedgerSheet(grids, "说明")?.grid.sheetName, "6月");
    assert.equal(findLedgerSheet([proseGrid, emptyGrid]), null);
  });
});

describe("reader: scale", () => {
  // Correctness at scale only; speed is measured by `npm run bench`, not asserted in tests.
  it("reads 100 000 project rows", function () {
    const values: (string | number | null)[][] = [
      ["2024年重点项目台账", null, null, null, null, null, null, null],
      ["单位：万元", null, null, null, null, null, null, null],
      [
        "序号",
        "项目名称",
        "项目类别",
        "行业领域",
        "开工时间",
        "总投资",
        "年度计划投资",
        "1-6月完成投资",
      ],
    ];
    const categories = ["新开工", "续建", "竣工投产", "前期"];
    for (let i = 0; i < 100000; i++) {
      values.push([
        i + 1,
        `项目${i + 1}`,
        categories[i % 4],
        "工业",
        i % 3 === 0 ? "2024年3月" : 45366,
        1000 + i,
        i % 4 === 3 ? "—" : "500",
        250,
      ]);
    }
    const ledger = readLedger({ sheetName: "big", values });
    assert.equal(ledger.projects.length, 100000);
    assert.equal(ledger.projects[99999].amounts.totalInvestment, 100999);
    assert.equal(ledger.projects[99999].sheetRow, 100003);
  });
});
