/** Headers read by meaning, sub-columns under unit headers, counts beside 合计, numbers with commas. */
import assert from "node:assert/strict";
import { amountMeaning } from "../../../src/core/reader/amount-meaning";
import { statedCountOf } from "../../../src/core/reader/labels";
import { subFieldOf } from "../../../src/core/reader/sub-fields";
import { parseNumber } from "../../../src/core/parse/number";
import { readLedger } from "../../../src/core/reader/index";
import { runCheck } from "../../../src/core/check";
import { DEFAULT_RULES } from "../../../src/core/rules/presets";
import type { CellValue, Grid } from "../../../src/core/types";

describe("reader: what an amount header measures", () => {
  const cases: [string, number | null, string, string][] = [
    ["至2009年底累计完成投资（万元）", 2010, "completion", "before-year"],
    ["2010年1-7月完成投资（万元）", 2010, "completion", "year-to-date"],
    ["大干150天力争完成投资（万元）", 2010, "target", "unstated"],
    ["开工累计完成投资", null, "completion", "since-start"],
    ["1-  月累计完成投资", null, "completion", "year-to-date"],
    ["月完成投资", null, "completion", "month"],
    ["年计划完成投资", null, "plan", "whole-year"],
    ["年实际完成投资", null, "completion", "whole-year"],
    ["8月至12月计划投资额", 2010, "plan", "part-year"],
    ["2010年度计划投资额", 2010, "plan", "whole-year"],
    ["估算投资", null, "total", "unstated"],
    ["项目预估总投资（亿元）", null, "total", "unstated"],
    ["计划总投资", null, "total", "unstated"],
    ["年度投资计划", null, "plan", "whole-year"],
    ["截至5月底累计完成投资", 2024, "completion", "year-to-date"],
    ["自开工至今累计完成投资", null, "completion", "since-start"],
    ["本年累计完成投资", null, "completion", "year-to-date"],
    ["本月完成投资", null, "completion", "month"],
    ["“十四五”计划投资", null, "plan", "multi-year"],
    ["资金来源/中央资金", null, "funding", "unstated"],
    ["累计完成投资", null, "completion", "unstated"],
  ];
  for (const [header, year, kind, scope] of cases) {
    it(`${header} → ${kind}, ${scope}`, () => {
      const meaning = amountMeaning(header, year);
      assert.ok(meaning, header);
      assert.equal(meaning.kind, kind);
      assert.equal(meaning.scope, scope);
    });
  }
  it("a rate or a text column is no amount", () => {
    assert.equal(amountMeaning("占年度计划%", null), null);
    assert.equal(amountMeaning("投资主体", null), null);
    assert.equal(amountMeaning("建设内容及规模", null), null);
  });
});

describe("reader: sub-columns under a unit's header", () => {
  it("maps 业主名称/负责人/联系人/电话 under 项目业主单位 to the owner and its people", () => {
    assert.equal(subFieldOf("项目业主单位", "业主名称"), "owner");
    assert.equal(subFieldOf("项目业主单位", "负责人"), "ownerPerson");
    assert.equal(subFieldOf("项目业主单位", "联系人"), "ownerContact");
    assert.equal(subFieldOf("项目业主单位", "电话、电子邮箱及传真"), "ownerPhone");
    assert.equal(subFieldOf("市或县挂钩责任单位", "单位名称"), "responsibleUnit");
    assert.equal(subFieldOf("市或县挂钩责任单位", "责任人"), "responsiblePerson");
    assert.equal(subFieldOf("市或县挂钩责任单位", "联络人"), "responsibleContact");
    assert.equal(subFieldOf("2024年", "计划投资"), null);
  });
});

describe("parse: counts and commas", () => {
  it("reads a count-only cell", () => {
    assert.equal(statedCountOf("15个"), 15);
    assert.equal(statedCountOf("（120个）"), 120);
    assert.equal(statedCountOf("共13个项目"), 13);
    assert.equal(statedCountOf("48项"), 48);
    assert.equal(statedCountOf("15个项目建设"), null);
  });
  it("takes commas only as thousands separators", () => {
    assert.deepEqual(parseNumber("1,234.5"), { kind: "number", value: 1234.5, suffix: null });
    assert.deepEqual(parseNumber("12,345,678"), { kind: "number", value: 12345678, suffix: null });
    assert.equal(parseNumber("3000,5").kind, "invalid");
    assert.equal(parseNumber("3,00").kind, "invalid");
    assert.deepEqual(parseNumber("500万美元"), {
      kind: "number",
      value: 500,
      suffix: "万美元",
      currency: "USD",
    });
    assert.deepEqual(parseNumber("3000万元"), {
      kind: "number",
      value: 3000,
      suffix: "万",
      currency: "CNY",
    });
    assert.deepEqual(parseNumber("3000万"), { kind: "number", value: 3000, suffix: "万" });
  });
});

const TITLE = ["2010年重点项目目标责任制表"];
const HEAD1 = [
  "序号",
  "项目名称",
  "总投资（万元）",
  "至2009年底累计完成投资（万元）",
  "2010年计划投资（万元）",
  "2010年1-7月完成投资（万元）",
  "大干150天力争完成投资（万元）",
  "项目业主单位",
  null,
  null,
];
const HEAD2 = [null, null, null, null, null, null, null, "业主名称", "负责人", "电话"];
const MERGES = [
  { top: 1, left: 7, bottom: 1, right: 9 },
  ...[0, 1, 2, 3, 4, 5, 6].map((c) => ({ top: 1, left: c, bottom: 2, right: c })),
];

function grid(rows: CellValue[][], extra: Partial<Grid> = {}): Grid {
  return { sheetName: "表", values: [TITLE, HEAD1, HEAD2, ...rows], merges: MERGES, ...extra };
}

describe("reader: real-template forms", () => {
  const rows: CellValue[][] = [
    ["合计", "2个", 30000, 5000, 5000, 3000, 800, null, null, null],
    [1, "甲项目", 20000, 4000, 3000, 2000, 500, "甲公司", "张三", "123"],
    [2, "乙项目", 10000, 1000, 2000, 1000, 300, "乙公司", "李四", "456"],
  ];
  const ledger = readLedger(grid(rows));

  it("takes this year's 1-7月 column as completed and sets the others aside with why", () => {
    assert.equal(ledger.columns.completed?.letter, "F");
    assert.equal(ledger.columns.completedBeforeThisYear?.letter, "D");
    assert.deepEqual(
      ledger.setAside.map((c) => [c.letter, c.reason]),
      [["G", "target"]]
    );
  });

  it("reads 合计 in 序号 with the count in the name cell as the total, not a project", () => {
    assert.deepEqual(
      ledger.projects.map((p) => p.name),
      ["甲项目", "乙项目"]
    );
    assert.equal(ledger.subtotals[0].label, "合计（2个）");
    assert.equal(ledger.subtotals[0].statedCount, 2);
    const report = runCheck(ledger, { rules: DEFAULT_RULES });
    assert.equal(report.statedTotals?.agrees, true);
    assert.equal(report.totals.completed, 3000);
  });

  it("takes the owner from 业主名称 and its people as contacts", () => {
    assert.equal(ledger.projects[0].owner, "甲公司");
    assert.deepEqual(ledger.projects[0].ownerContact, {
      person: "张三",
      contact: null,
      phone: "123",
    });
    assert.equal(ledger.columns.name?.letter, "B");
  });

  it("says first when the sheet's own 合计 disagrees with what was read", () => {
    const wrong = readLedger(
      grid([["合计", "3个", 31000, 5000, 5000, 3000, 800], ...rows.slice(1)])
    );
    const report = runCheck(wrong, { rules: DEFAULT_RULES });
    assert.equal(report.findings[0].code, "read.totals-mismatch");
    assert.match(report.findings[0].message["zh-CN"], /总投资 计算 30,000万元 \/ 表内 31,000万元/);
    assert.match(report.findings[0].message["zh-CN"], /项目数 计算 2个 \/ 表内 3个/);
  });

  it("lets the user say what a row is", () => {
    const ignored = readLedger(grid(rows), { rowRoles: { 4: "ignore" } });
    assert.equal(ignored.subtotals.length, 0);
    const asDetail = readLedger(grid(rows), { rowRoles: { 6: "detail" } });
    assert.deepEqual(
      asDetail.projects.map((p) => p.name),
      ["甲项目"]
    );
  });
});

describe("reader: rows under a 其中 label, decided by the sheet's own totals", () => {
  const head = ["序号", "项目名称", "总投资", "年度计划投资", "1-6月完成投资"];
  const body = (total: number): CellValue[][] => [
    ["总计", null, total, null, null],
    [1, "园区道路工程", 5000, 1000, 400],
    [null, "其中：一号路", 3000, 600, 200],
    [null, "其中：二号路", 2000, 400, 200],
    [2, "污水处理厂", 8000, 2000, 900],
  ];
  const read = (total: number) =>
    readLedger({ sheetName: "表", values: [["2024年重点项目"], head, ...body(total)] });

  it("takes them as breakdowns of the project above when the 总计 says so", () => {
    const ledger = read(13000);
    assert.deepEqual(
      ledger.projects.map((p) => p.name),
      ["园区道路工程", "污水处理厂"]
    );
    assert.deepEqual(ledger.reading.ambiguousRows, [5, 6]);
  });

  it("takes them as projects when only that reading adds up to the 总计", () => {
    const ledger = read(18000);
    assert.deepEqual(
      ledger.projects.map((p) => p.name),
      ["园区道路工程", "一号路", "二号路", "污水处理厂"]
    );
    assert.equal(ledger.reading.subRows, "project");
  });

  it("never takes 资金来源 rows under a project as projects", () => {
    const ledger = readLedger({
      sheetName: "表",
      values: [
        head,
        [1, "园区道路工程", 5000, 1000, 400],
        [null, "中央预算内资金", null, 600, 200],
        [null, "自筹资金", null, 400, 200],
        [2, "污水处理厂", 8000, 2000, 900],
      ],
    });
    assert.deepEqual(
      ledger.projects.map((p) => p.name),
      ["园区道路工程", "污水处理厂"]
    );
    assert.deepEqual(ledger.reading.detailRows, [3, 4]);
  });
});

describe("reader: sheets that are no ledger tables say what they are", () => {
  it("a card form for one project", () => {
    const ledger = readLedger({
      sheetName: "卡片",
      values: [
        ["项目前期工作台账"],
        ["项目名称", "某某项目", null, "业主单位", "某公司"],
        ["建设内容", "厂房"],
        ["项目预估总投资（亿元）", 1.2],
        ["责任单位", "某局"],
        ["存在问题", "无"],
        ["备注", null],
      ],
    });
    assert.equal(ledger.found, false);
    assert.equal(
      ledger.findings.find((f) => f.code === "read.not-a-ledger")?.data?.reason,
      "card-form"
    );
  });

  it("a header with only total and section rows", () => {
    const ledger = readLedger({
      sheetName: "汇总",
      values: [
        ["序号", "项目名称", "总投资", "年度计划投资"],
        ["一、工业项目（3个）", null, 300, 100],
        ["二、交通项目（2个）", null, 200, 50],
        ["合计", null, 500, 150],
      ],
    });
    assert.equal(ledger.found, false);
    assert.equal(
      ledger.findings.find((f) => f.code === "read.not-a-ledger")?.data?.reason,
      "summary-only"
    );
  });
});

describe("reader: regressions found on the way", () => {
  it("a lone 本年累计完成投资 column is the completion, never the plan", () => {
    const ledger = readLedger({
      sheetName: "表",
      values: [
        ["序号", "项目名称", "总投资", "本年累计完成投资"],
        [1, "甲项目", 100, 30],
        [2, "乙项目", 200, 40],
      ],
    });
    assert.equal(ledger.columns.completed?.letter, "D");
    assert.equal(ledger.columns.annualPlan, undefined);
  });

  it("a project whose name ends like an area (丙县园区) is no section", () => {
    const ledger = readLedger({
      sheetName: "表",
      values: [
        ["项目名称", "行业", "总投资", "年度计划投资", "1-6月完成投资"],
        ["丙县园区", "工业", 100, 8000, 9000],
        ["丁项目", "工业", 100, 800, 900],
      ],
    });
    assert.deepEqual(
      ledger.projects.map((p) => p.name),
      ["丙县园区", "丁项目"]
    );
  });
});

describe("reader: cells that are no amounts", () => {
  const values: CellValue[][] = [
    ["序号", "项目名称", "总投资", "年度计划投资", "1-6月完成投资"],
    [1, "甲项目", 45383, "3000,5", 100],
    [2, "乙项目", 5000, 800, 200],
  ];
  const formats = [[], [null, null, "yyyy-mm-dd", "General", "General"], []];
  const ledger = readLedger({ sheetName: "表", values, numberFormats: formats });

  it("a date in an amount column is a finding, not 45383万元", () => {
    assert.equal(ledger.projects[0].amounts.totalInvestment, null);
    const finding = ledger.findings.find((f) => f.code === "read.date-in-amount");
    assert.equal(finding?.sheetRow, 2);
    assert.equal(finding?.column, "C");
  });

  it("a comma that is no thousands separator is a finding, not 30005", () => {
    assert.equal(ledger.projects[0].amounts.annualPlan, null);
    const finding = ledger.findings.find((f) => f.code === "read.ambiguous-comma");
    assert.match(finding?.message["zh-CN"] ?? "", /第2行 D列.*“3000,5”中的逗号不是千位分隔符/);
  });

  it("an amount typed in 万美元 in a 万元 column is USD, and the column is said to mix currencies", () => {
    const mixed = readLedger({
      sheetName: "表",
      values: [
        ["序号", "项目名称", "总投资（万元）", "年度计划投资（万元）"],
        [1, "外资项目", "500万美元", "100万美元"],
        [2, "内资项目", 5000, 800],
      ],
    });
    assert.equal(mixed.projects[0].currency, "USD");
    assert.equal(mixed.projects[0].amounts.totalInvestment, 500);
    const report = runCheck(mixed, { rules: DEFAULT_RULES });
    assert.equal(report.projects[0].listing.eligible, true);
    assert.equal(report.projects[0].cny.totalInvestment, 500 * DEFAULT_RULES.usdToCny);
    assert.ok(mixed.findings.some((f) => f.code === "read.mixed-currency"));
  });
});
