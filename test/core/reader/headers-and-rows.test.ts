import assert from "node:assert/strict";
import { readLedger } from "../../../src/core/reader";
import {
  TITLE,
  twoRowHeaderNoMerges,
  twoRowHeaderRepeated,
  twoRowHeaderWithMerges,
} from "../../fixtures/grids/two-row-header";
import { sectionsGrid } from "../../fixtures/grids/sections";
import { offsetGrid } from "../../fixtures/grids/hidden-origin";
import type { Grid } from "../../../src/core/types";

const COMBINED = [
  "序号",
  "项目名称",
  "建设单位",
  "项目类别",
  "总投资",
  "2024年/计划投资",
  "2024年/1-6月完成投资",
  "2024年/占年度计划%",
  "备注",
];

describe("reader: two-row merged header, title, unit line, 合计 at the top, footnotes", () => {
  const variants: Array<[string, Grid]> = [
    ["with merges", twoRowHeaderWithMerges],
    ["without merges (inferred)", twoRowHeaderNoMerges],
    ["with merged values repeated in every cell", twoRowHeaderRepeated()],
  ];
  for (const [label, grid] of variants) {
    it(`reads the header and rows ${label}`, () => {
      const ledger = readLedger(grid);
      assert.equal(ledger.found, true);
      assert.deepEqual(ledger.header, { first: 2, last: 3 });
      assert.deepEqual(ledger.headers, COMBINED);
      assert.equal(ledger.title, TITLE);
      assert.deepEqual(ledger.rowKinds, [
        "title",
        "unit",
        "header",
        "header",
        "subtotal",
        "project",
        "project",
        "project",
        "blank",
        "footnote",
        "footnote",
      ]);
      const letters = Object.fromEntries(
        Object.entries(ledger.columns).map(([field, m]) => [field, m.letter])
      );
      assert.deepEqual(letters, {
        seq: "A",
        name: "B",
        owner: "C",
        category: "D",
        totalInvestment: "E",
        annualPlan: "F",
        completed: "G",
        statedRate: "H",
        remarks: "I",
      });
      assert.equal(ledger.columns.annualPlan?.header, "2024年/计划投资");
      assert.equal(ledger.columns.annualPlan?.confidence, 1);
      assert.equal(ledger.columns.annualPlan?.by, "header");
      assert.equal(ledger.amountUnit, "万元");
      assert.equal(ledger.amountUnitSource, "unit-line");
      assert.equal(ledger.reportingMonth, 6);
      assert.equal(ledger.reportingYear, 2024);
      assert.equal(ledger.periodText, "2024年/1-6月完成投资");
      assert.deepEqual(ledger.findings, []);
    });
  }

  it("parses the projects with exact figures", () => {
    const ledger = readLedger(twoRowHeaderWithMerges);
    assert.deepEqual(
      ledger.projects.map((p) => [
        p.sheetRow,
        p.seq,
        p.name,
        p.owner,
        p.category,
        p.amounts.totalInvestment,
        p.amounts.annualPlan,
        p.amounts.completed,
        p.statedRate,
        p.started,
        p.remarks,
      ]),
      [
        [6, "1", "县城污水处理厂", "县水务公司", "续建", 10000, 4000, 2000, 0.5, true, null],
        [7, "2", "工业园区标准厂房", "县工投公司", "新开工", 15000, 6000, 3000, 0.5, true, "一期"],
        [8, "3", "乡村道路提升", "县交通局", "前期", 5000, 2000, 400, 0.2, false, null],
      ]
    );
    assert.deepEqual(ledger.projects[0].cells, [
      1,
      "县城污水处理厂",
      "县水务公司",
      "续建",
      10000,
      4000,
      2000,
      50,
      null,
    ]);
  });

  it("keeps the 合计 row's stated figures, scope total, covering every project", () => {
    const [total] = readLedger(twoRowHeaderWithMerges).subtotals;
    assert.deepEqual(total, {
      gridRow: 4,
      sheetRow: 5,
      label: "合  计",
      scope: "total",
      section: null,
      amounts: {
        totalInvestment: 30000,
        annualPlan: 12000,
        completed: 5400,
        completedSinceStart: null,
        completedThisMonth: null,
        completedBeforeThisYear: null,
      },
      statedCount: null,
      covers: [5, 6, 7],
    });
  });

  it("accepts a forced header range", () => {
    const ledger = readLedger(twoRowHeaderNoMerges, { header: { first: 2, last: 3 } });
    assert.deepEqual(ledger.header, { first: 2, last: 3 });
    assert.equal(ledger.projects.length, 3);
  });
});

describe("reader: section rows (sector and category, two levels), 总计 and 小计, 亿元 sheet", () => {
  const ledger = readLedger(sectionsGrid);

  it("classifies every row", () => {
    assert.deepEqual(ledger.rowKinds, [
      "title",
      "unit",
      "header",
      "subtotal",
      "section",
      "section",
      "project",
      "section",
      "project",
      "subtotal",
      "section",
      "project",
      "subtotal",
      "blank",
      "footnote",
      "footnote",
    ]);
  });

  it("reads section labels with enumerators and counts stripped", () => {
    assert.deepEqual(
      ledger.sections.map((s) => [s.sheetRow, s.label, s.name, s.depth, s.role, s.statedCount]),
      [
        [5, "一、工业项目（2个）", "工业", 1, "sector", 2],
        [6, "（一）续建项目", "续建", 2, "category", null],
        [8, "（二）新开工项目", "新开工", 2, "category", null],
        [11, "二、交通项目（1个）", "交通", 1, "sector", 1],
      ]
    );
  });

  it("propagates sections to projects as sector and category", () => {
    assert.deepEqual(
      ledger.projects.map((p) => [p.name, p.sector, p.category, p.sections]),
      [
        ["新材料产业园", "工业", "续建", ["工业", "续建"]],
        ["智能装备基地", "工业", "新开工", ["工业", "新开工"]],
        ["环城快速路", "交通", null, ["交通"]],
      ]
    );
  });

  it("converts 亿元 to 万元 and reads a fraction-valued 完成率 column", () => {
    assert.equal(ledger.amountUnit, "亿元");
    assert.equal(ledger.amountUnitSource, "unit-line");
    assert.deepEqual(ledger.projects[1].amounts, {
      totalInvestment: 15000,
      annualPlan: 6000,
      completed: 1500,
      completedSinceStart: null,
      completedThisMonth: null,
      completedBeforeThisYear: null,
    });
    assert.equal(ledger.projects[1].statedRate, 0.25);
    assert.equal(ledger.reportingMonth, 5);
    assert.equal(ledger.reportingYear, 2024);
  });

  it("gives each subtotal its scope, section and covered projects", () => {
    assert.deepEqual(
      ledger.subtotals.map((s) => [
        s.sheetRow,
        s.label,
        s.scope,
        s.section,
        s.amounts.totalInvestment,
        s.covers,
      ]),
      [
        [4, "总计", "total", null, 65000, [6, 8, 11]],
        [10, "工业项目小计", "section", "工业", 45000, [6, 8]],
        [13, "小计", "section", "交通", 20000, [11]],
      ]
    );
  });
});

describe("reader: table not at A1, hidden rows, 合计 at the bottom", () => {
  const ledger = readLedger(offsetGrid);

  it("reports sheet rows and column letters from the origin", () => {
    assert.deepEqual(ledger.origin, { row: 4, col: 2 });
    assert.equal(ledger.columns.name?.letter, "C");
    assert.equal(ledger.columns.completed?.letter, "G");
    assert.deepEqual(
      ledger.projects.map((p) => p.sheetRow),
      [6, 7, 8]
    );
    assert.equal(ledger.reportingMonth, 8);
  });

  it("reads hidden rows and marks them", () => {
    assert.deepEqual(
      ledger.projects.map((p) => p.hidden),
      [false, true, false]
    );
    assert.equal(ledger.projects[1].amounts.completed, 500);
  });

  it("reads the bottom 合计 with its stated count", () => {
    assert.deepEqual(ledger.rowKinds, ["header", "project", "project", "project", "subtotal"]);
    assert.equal(ledger.subtotals[0].statedCount, 2);
    assert.equal(ledger.subtotals[0].scope, "total");
    assert.deepEqual(ledger.subtotals[0].covers, [1, 2, 3]);
  });

  it("locates an unreadable cell by sheet row and letter", () => {
    const finding = ledger.findings.find((f) => f.code === "read.unparseable-number");
    assert.ok(finding);
    assert.equal(finding.sheet, "偏移");
    assert.equal(finding.sheetRow, 8);
    assert.equal(finding.column, "G");
    assert.equal(finding.field, "completed");
    assert.equal(finding.message["zh-CN"], "第8行 G列（累计完成投资）：无法识别的数值“abc”");
    assert.equal(
      finding.message.en,
      'Row 8, column G (Completed this year): cannot read the number "abc"'
    );
  });
});
