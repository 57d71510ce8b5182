import assert from "node:assert/strict";
import fc from "fast-check";
import { consolidateLedgers } from "../../../src/core/reconcile/consolidate";
import type { Ledger } from "../../../src/core/types";
import { makeLedger } from "../../helpers/ledger-builder";
import { projectSeeds } from "./arbitraries";

/** A ledger whose rows carry their cells (A name, B code, C total, D plan, E 备注 not mapped to a field). */
function countyLedger(
  sheetName: string,
  rows: [string, string | null, number, number, string][],
  month = 6
): Ledger {
  const ledger = makeLedger(
    rows.map(([name, code, total, plan, remark]) => ({
      name,
      code,
      total,
      plan,
      cells: [name, code, total, plan, remark],
    })),
    { sheetName, reportingMonth: month, fields: ["name", "code", "totalInvestment", "annualPlan"] }
  );
  ledger.headers = ["项目名称", "项目编码", "总投资", "年度计划", "备注说明"];
  return ledger;
}

describe("consolidateLedgers", () => {
  it("merges ledgers, keeping each row's source and sheet row", () => {
    const a = countyLedger("甲县", [
      ["甲县道路", "A1", 5000, 1000, "续建"],
      ["甲县学校", null, 3000, 800, ""],
    ]);
    const b = countyLedger("乙县", [["乙县园区", "B1", 9000, 2000, "新开工"]]);
    const { ledger, sources, findings } = consolidateLedgers([
      { source: "甲县.xlsx", ledger: a },
      { source: "乙县.xlsx", ledger: b },
    ]);
    assert.equal(ledger.sheetName, "汇总");
    assert.equal(ledger.amountUnit, "万元");
    assert.deepEqual(
      ledger.projects.map((p) => [p.name, p.amounts.totalInvestment, p.gridRow, p.sheetRow]),
      [
        ["甲县道路", 5000, 1, 2],
        ["甲县学校", 3000, 2, 3],
        ["乙县园区", 9000, 3, 4],
      ]
    );
    assert.deepEqual(sources, [
      { source: "甲县.xlsx", sheet: "甲县", sheetRow: 4 },
      { source: "甲县.xlsx", sheet: "甲县", sheetRow: 5 },
      { source: "乙县.xlsx", sheet: "乙县", sheetRow: 4 },
    ]);
    assert.deepEqual(ledger.headers, [
      "name",
      "code",
      "totalInvestment",
      "annualPlan",
      "备注说明",
      "来源",
    ]);
    assert.deepEqual(ledger.projects[2].cells, [
      "乙县园区",
      "B1",
      9000,
      2000,
      "新开工",
      "乙县.xlsx",
    ]);
    assert.deepEqual(
      Object.entries(ledger.columns).map(([field, m]) => [field, m?.col, m?.letter]),
      [
        ["name", 0, "A"],
        ["code", 1, "B"],
        ["totalInvestment", 2, "C"],
        ["annualPlan", 3, "D"],
      ]
    );
    assert.deepEqual(findings, []);
  });

  it("lines up columns that sit in different places in different sources", () => {
    const a = makeLedger([{ name: "甲", total: 100, cells: ["甲", 100] }], {
      fields: ["name", "totalInvestment"],
    });
    const b = makeLedger([{ name: "乙", total: 200, plan: 50, cells: [50, "乙", 200] }], {
      fields: ["annualPlan", "name", "totalInvestment"],
    });
    const { ledger } = consolidateLedgers([
      { source: "A", ledger: a },
      { source: "B", ledger: b },
    ]);
    assert.deepEqual(
      ledger.projects.map((p) => p.cells),
      [
        ["甲", 100, null, "A"],
        ["乙", 200, 50, "B"],
      ]
    );
    assert.equal(ledger.columns.annualPlan?.col, 2);
  });

  it("flags the same project reported by two sources, naming both, located in the later source", () => {
    const a = countyLedger("甲县", [
      ["城区污水厂（一期）", null, 5000, 1000, ""],
      ["甲县道路", "X9", 3000, 800, ""],
    ]);
    const b = countyLedger("乙县", [
      ["城区污水厂(一期)工程", null, 5000, 1000, ""],
      ["乙县道路", "X9", 4000, 900, ""],
    ]);
    const { findings } = consolidateLedgers([
      { source: "甲县", file: "in/甲县.xlsx", ledger: a },
      { source: "乙县", file: "in/乙县.xlsx", ledger: b },
    ]);
    assert.deepEqual(
      findings.map((f) => [
        f.code,
        f.severity,
        f.file,
        f.sheet,
        f.sheetRow,
        f.column,
        f.message["zh-CN"],
      ]),
      [
        [
          "consolidate.duplicate-project",
          "warning",
          "in/乙县.xlsx",
          "乙县",
          5,
          "B",
          "“乙县道路”被重复填报：甲县 工作表“甲县”第5行与乙县 工作表“乙县”第5行（编码“X9”相同）",
        ],
        [
          "consolidate.duplicate-project",
          "warning",
          "in/乙县.xlsx",
          "乙县",
          4,
          "A",
          "“城区污水厂(一期)工程”被重复填报：甲县 工作表“甲县”第4行与乙县 工作表“乙县”第4行（名称相同）",
        ],
      ]
    );
    assert.deepEqual(findings[0].data, {
      first: { file: "in/甲县.xlsx", sheet: "甲县", sheetRow: 5 },
      second: { file: "in/乙县.xlsx", sheet: "乙县", sheetRow: 5 },
    });
  });

  it("one ledger given twice (same label) is every project reported twice", () => {
    const a = countyLedger("甲县", [["甲县道路", "X9", 3000, 800, ""]]);
    const { findings } = consolidateLedgers([
      { source: "甲县", ledger: a },
      { source: "甲县", ledger: a },
    ]);
    assert.deepEqual(
      findings.map((f) => [f.code, f.file, f.sheet, f.sheetRow]),
      [["consolidate.duplicate-project", "甲县", "甲县", 4]]
    );
  });

  it("leaves duplicates within one source to the data checks", () => {
    const a = countyLedger("甲县", [
      ["道路", null, 1, 1, ""],
      ["道路", null, 1, 1, ""],
    ]);
    assert.deepEqual(consolidateLedgers([{ source: "甲县", ledger: a }]).findings, []);
  });

  it("reports each source of another period, on its own sheet, and uses the latest", () => {
    const a = countyLedger("甲县", [["甲", null, 1, 1, ""]], 5);
    const b = countyLedger("乙县", [["乙", null, 1, 1, ""]], 6);
    const c = countyLedger("丙县", [["丙", null, 1, 1, ""]], 6);
    c.reportingYear = null; // "1-6月" without a year is the same period, not a disagreement
    const { ledger, findings } = consolidateLedgers([
      { source: "甲县", file: "甲县.xlsx", ledger: a },
      { source: "乙县", ledger: b },
      { source: "丙县", ledger: c },
    ]);
    assert.equal(ledger.reportingMonth, 6);
    assert.deepEqual(
      findings.map((f) => [f.code, f.file, f.sheet, f.sheetRow, f.message["zh-CN"]]),
      [
        [
          "consolidate.periods-differ",
          "甲县.xlsx",
          "甲县",
          null,
          "甲县 工作表“甲县”的报告期为2024年5月，与最近的报告期2024年6月（乙县 工作表“乙县”）不一致：汇总按2024年6月计算，请核对是否报送了旧月份的台账",
        ],
      ]
    );
    assert.match(
      findings[0].message.en,
      /^甲县, sheet "甲县" reports 2024-5, not the latest period 2024-6/
    );
  });

  it("keeps the sources' reader findings, on their own sheet, with the source's file", () => {
    const a = countyLedger("台账", [["甲", null, 1, 1, ""]]);
    a.findings = [
      {
        code: "read.unparseable-number",
        severity: "warning",
        sheet: "台账",
        sheetRow: 4,
        column: "C",
        field: "totalInvestment",
        message: { "zh-CN": "x", en: "x" },
      },
    ];
    const { ledger } = consolidateLedgers([{ source: "甲县", file: "县/甲县.xlsx", ledger: a }]);
    assert.deepEqual(
      ledger.findings.map((f) => [f.file, f.sheet, f.sheetRow, f.column]),
      [["县/甲县.xlsx", "台账", 4, "C"]]
    );
  });

  it("consolidating one ledger gives it back", () => {
    fc.assert(
      fc.property(projectSeeds, (seeds) => {
        const original = makeLedger(seeds);
        const { ledger, sources, findings } = consolidateLedgers([
          { source: "only", ledger: original },
        ]);
        assert.deepEqual(findings, []);
        assert.equal(ledger.projects.length, original.projects.length);
        ledger.projects.forEach((project, i) => {
          const { gridRow, sheetRow, cells, ...rest } = project;
          const {
            gridRow: _g,
            sheetRow: originalRow,
            cells: _c,
            ...originalRest
          } = original.projects[i];
          assert.deepEqual(rest, originalRest);
          assert.deepEqual(sources[i], {
            source: "only",
            sheet: original.sheetName,
            sheetRow: originalRow,
          });
          assert.equal(sheetRow, gridRow + 1);
          assert.equal(cells[cells.length - 1], "only");
        });
        assert.deepEqual(Object.keys(ledger.columns), Object.keys(original.columns));
        assert.equal(ledger.reportingMonth, original.reportingMonth);
        assert.equal(ledger.reportingYear, original.reportingYear);
      }),
      { numRuns: 100 }
    );
  });
});
