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
      { source: "甲县.xlsx", sheetRow: 4 },
      { source: "甲县.xlsx", sheetRow: 5 },
      { source: "乙县.xlsx", sheetRow: 4 },
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

  it("flags the same project reported by two sources, naming both", () => {
    const a = countyLedger("甲县", [
      ["城区污水厂（一期）", null, 5000, 1000, ""],
      ["甲县道路", "X9", 3000, 800, ""],
    ]);
    const b = countyLedger("乙县", [
      ["城区污水厂(一期)工程", null, 5000, 1000, ""],
      ["乙县道路", "X9", 4000, 900, ""],
    ]);
    const { findings } = consolidateLedgers([
      { source: "甲县", ledger: a },
      { source: "乙县", ledger: b },
    ]);
    assert.deepEqual(
      findings.map((f) => [f.code, f.severity, f.sheet, f.sheetRow, f.message["zh-CN"]]),
      [
        [
          "consolidate.duplicate-project",
          "warning",
          "汇总",
          5,
          "“乙县道路”被重复填报：甲县第5行与乙县第5行（编码“X9”相同）",
        ],
        [
          "consolidate.duplicate-project",
          "warning",
          "汇总",
          4,
          "“城区污水厂(一期)工程”被重复填报：甲县第4行与乙县第4行（名称相同）",
        ],
      ]
    );
  });

  it("leaves duplicates within one source to the data checks", () => {
    const a = countyLedger("甲县", [
      ["道路", null, 1, 1, ""],
      ["道路", null, 1, 1, ""],
    ]);
    assert.deepEqual(consolidateLedgers([{ source: "甲县", ledger: a }]).findings, []);
  });

  it("reports sources with different periods and uses the latest", () => {
    const a = countyLedger("甲县", [["甲", null, 1, 1, ""]], 5);
    const b = countyLedger("乙县", [["乙", null, 1, 1, ""]], 6);
    const { ledger, findings } = consolidateLedgers([
      { source: "甲县", ledger: a },
      { source: "乙县", ledger: b },
    ]);
    assert.equal(ledger.reportingMonth, 6);
    assert.deepEqual(
      findings.map((f) => [f.code, f.message["zh-CN"]]),
      [
        [
          "consolidate.periods-differ",
          "各台账的报告期不一致（甲县: 2024年5月；乙县: 2024年6月），汇总按最近的报告期2024年6月计算",
        ],
      ]
    );
  });

  it("keeps the sources' reader findings, labelled with the source", () => {
    const a = countyLedger("台账", [["甲", null, 1, 1, ""]]);
    a.findings = [
      {
        code: "read.x",
        severity: "warning",
        sheet: "台账",
        sheetRow: 4,
        column: "C",
        field: "totalInvestment",
        message: { "zh-CN": "x", en: "x" },
      },
    ];
    const { ledger } = consolidateLedgers([{ source: "甲县.xlsx", ledger: a }]);
    assert.deepEqual(
      ledger.findings.map((f) => [f.sheet, f.sheetRow]),
      [["甲县.xlsx/台账", 4]]
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
          assert.deepEqual(sources[i], { source: "only", sheetRow: originalRow });
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
