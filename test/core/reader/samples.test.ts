import assert from "node:assert/strict";
import { join } from "node:path";
import { findLedgerSheet } from "../../../src/core/reader";
import type { Ledger } from "../../../src/core/types";
import { readWorkbookGrids } from "../../../src/xlsx/read-grid";

const SAMPLES = join(__dirname, "..", "..", "..", "samples");

async function readSample(name: string): Promise<Ledger> {
  const found = findLedgerSheet(await readWorkbookGrids(join(SAMPLES, name)));
  assert.ok(found, `${name} has a ledger sheet`);
  return found.ledger;
}

const HEADERS = [
  "序号",
  "项目编码",
  "项目名称",
  "项目类别",
  "行业领域",
  "责任单位",
  "联系领导",
  "开工时间",
  "总投资",
  "2024年/年度计划投资",
  null, // the completed column names its period: checked per month below
  "2024年/完成率(%)",
  "存在问题",
];

const LETTERS = {
  seq: "A",
  code: "B",
  name: "C",
  category: "D",
  sector: "E",
  responsibleUnit: "F",
  leader: "G",
  startDate: "H",
  totalInvestment: "I",
  annualPlan: "J",
  completed: "K",
  statedRate: "L",
  problems: "M",
};

for (const [file, month, total] of [
  [
    "county-2024-m09.xlsx",
    9,
    { totalInvestment: 7185936, annualPlan: 2421927, completed: 1609257 },
  ],
  [
    "county-2024-m10.xlsx",
    10,
    { totalInvestment: 7113723, annualPlan: 2379459, completed: 1755859 },
  ],
] as const) {
  describe(`reader on the sample ledger ${file}`, () => {
    let ledger: Ledger;
    before(async () => {
      ledger = await readSample(file);
    });

    it("finds the two-row header under the title and unit line", () => {
      assert.equal(ledger.found, true);
      assert.equal(ledger.title, `2024年XX县重点项目建设进度台账（1-${month}月）`);
      assert.deepEqual(ledger.header, { first: 2, last: 3 });
      assert.deepEqual(
        ledger.headers.map((h, i) => (HEADERS[i] === null ? null : h)),
        HEADERS
      );
      assert.equal(ledger.headers[10], `2024年/1-${month}月累计完成投资`);
      assert.deepEqual(ledger.rowKinds.slice(0, 6), [
        "title",
        "unit",
        "header",
        "header",
        "subtotal",
        "project",
      ]);
      assert.deepEqual(ledger.rowKinds.slice(-2), ["blank", "footnote"]);
    });

    it("maps every column and reads unit and period", () => {
      assert.deepEqual(
        Object.fromEntries(Object.entries(ledger.columns).map(([f, m]) => [f, m.letter])),
        LETTERS
      );
      assert.equal(ledger.amountUnit, "万元");
      assert.equal(ledger.amountUnitSource, "unit-line");
      assert.equal(ledger.reportingMonth, month);
      assert.equal(ledger.reportingYear, 2024);
    });

    it("reads 120 projects and the 合计（120个） row at the top", () => {
      assert.equal(ledger.projects.length, 120);
      assert.equal(ledger.subtotals.length, 1);
      const [sum] = ledger.subtotals;
      assert.equal(sum.sheetRow, 5);
      assert.equal(sum.label, "合计（120个）");
      assert.equal(sum.scope, "total");
      assert.equal(sum.statedCount, 120);
      assert.deepEqual(
        {
          totalInvestment: sum.amounts.totalInvestment,
          annualPlan: sum.amounts.annualPlan,
          completed: sum.amounts.completed,
        },
        total
      );
      assert.equal(sum.covers.length, 120);
      assert.deepEqual(
        ledger.findings.filter((f) => f.severity !== "info"),
        []
      );
    });

    it("parses exact row values", () => {
      const first = ledger.projects[0];
      assert.deepEqual(
        [
          first.sheetRow,
          first.seq,
          first.code,
          first.name,
          first.category,
          first.sector,
          first.responsibleUnit,
          first.leader,
          first.startDate,
          first.started,
        ],
        [
          6,
          "1",
          "XM20240001",
          "工业园区项目1",
          "续建",
          "工业",
          "县发改局",
          "张副县长",
          { year: 2023, month: 1 },
          true,
        ]
      );
      assert.equal(first.amounts.totalInvestment, 32331);
      assert.equal(first.amounts.annualPlan, 13612);
      const early = ledger.projects.find((p) => p.code === "XM20240004")!;
      assert.deepEqual(
        [
          early.category,
          early.amounts.annualPlan,
          early.amounts.completed,
          early.statedRate,
          early.started,
          early.problems,
        ],
        ["前期", null, 0, null, false, "前期手续办理中"]
      );
      const unstarted = ledger.projects.find((p) => p.code === "XM20240016")!;
      assert.deepEqual(
        [unstarted.category, unstarted.startDate, unstarted.started],
        ["新开工", null, false]
      );
    });
  });
}

describe("reader: month-to-month sample differences", () => {
  it("m09 → m10: figures move, one project leaves and one arrives", async () => {
    const [m09, m10] = [
      await readSample("county-2024-m09.xlsx"),
      await readSample("county-2024-m10.xlsx"),
    ];
    const p09 = m09.projects[0];
    const p10 = m10.projects[0];
    assert.deepEqual([p09.amounts.completed, p09.statedRate], [9410, 0.6913]);
    assert.deepEqual([p10.amounts.completed, p10.statedRate], [10499, 0.7713]);
    const last = m10.projects[m10.projects.length - 1];
    assert.deepEqual(
      [
        last.sheetRow,
        last.code,
        last.name,
        last.category,
        last.startDate,
        last.amounts.completed,
        last.statedRate,
        last.started,
      ],
      [
        125,
        "XM20240121",
        "新增储备转化项目121",
        "新开工",
        { year: 2024, month: 10 },
        800,
        0.16,
        true,
      ]
    );
    const codes09 = new Set(m09.projects.map((p) => p.code));
    const codes10 = new Set(m10.projects.map((p) => p.code));
    assert.deepEqual([...codes09].filter((c) => !codes10.has(c)).length, 1);
    assert.deepEqual(
      [...codes10].filter((c) => !codes09.has(c)),
      ["XM20240121"]
    );
  });
});
