import assert from "node:assert/strict";
import { parseAmount, unitFromHeader, unitFromUnitLine } from "../../../src/core/parse/amount";
import { columnLetter } from "../../../src/core/parse/column-letter";
import { excelSerialToDate, parseDate } from "../../../src/core/parse/date";
import { parseNumber } from "../../../src/core/parse/number";
import { periodFromHeader, periodFromTitle } from "../../../src/core/parse/period";
import { compactKey } from "../../../src/core/parse/text";
import { matchHeader } from "../../../src/core/reader/fields";
import { parseSectionLabel, parseSubtotalLabel } from "../../../src/core/reader/labels";

const value = (v: unknown) => {
  const parsed = parseAmount(v, "万元");
  return parsed.kind === "number" ? parsed.value : parsed.kind;
};

describe("parse: numbers and amounts", () => {
  it("reads numbers typed as text", () => {
    assert.deepEqual(
      [
        "1,234.5",
        "1 234",
        "３０００",
        "3000万",
        "0.3亿",
        "1.1亿",
        "50000元",
        "-12",
        "１，２３４",
      ].map(value),
      [1234.5, 1234, 3000, 3000, 3000, 11000, 5, -12, 1234]
    );
  });
  it("reads dashes and blanks as empty, error values as errors", () => {
    assert.deepEqual(
      ["—", "-", "/", "无", "－", "——", "", "  ", null].map(value),
      Array(9).fill("empty")
    );
    assert.deepEqual(
      [
        "#N/A",
        "#DIV/0!",
        "#REF!",
        "#VALUE!",
        "#NAME?",
        "#NUM!",
        "#NULL!",
        "#SPILL!",
        "#CALC!",
        "#GETTING_DATA",
      ].map(value),
      Array(10).fill("error")
    );
    assert.deepEqual(
      ["约3千万", "50%", true, Number.NaN, "12a"].map(value),
      Array(5).fill("invalid")
    );
  });
  it("converts by the column unit", () => {
    const yi = parseAmount(2.5, "亿元");
    const yuan = parseAmount(12345, "元");
    assert.deepEqual(
      [yi.kind === "number" && yi.value, yuan.kind === "number" && yuan.value],
      [25000, 1.2345]
    );
  });
  it("keeps a percent sign as a suffix", () => {
    assert.deepEqual(parseNumber("69.13%"), { kind: "number", value: 69.13, suffix: "%" });
  });
});

describe("parse: units, periods, dates, text", () => {
  it("finds units in unit lines and headers (Traditional too)", () => {
    assert.deepEqual(
      ["单位：万元", "金额单位：亿元", "单位:万元、个", "單位：萬元", "填报单位：县发改局"].map(
        unitFromUnitLine
      ),
      ["万元", "亿元", "万元", "万元", null]
    );
    assert.deepEqual(
      [
        "总投资（万元）",
        "總投資（萬元）",
        "总投资(亿元)",
        "当月完成投资（元）",
        "总投资（万美元）",
        "总投资",
      ].map(unitFromHeader),
      ["万元", "万元", "亿元", "元", "万美元", null]
    );
  });
  it("reads the reporting month", () => {
    const months = [
      "1-6月完成投资",
      "1—6月",
      "1~6月",
      "截至5月底累计完成投资",
      "5月末累计",
      "1-6月累計完成投資",
      "截止5月底",
      "年度计划投资",
    ].map((t) => periodFromHeader(t)?.month ?? null);
    assert.deepEqual(months, [6, 6, 6, 5, 5, 6, 5, null]);
    assert.deepEqual(periodFromTitle("2024年1-9月重点项目台账"), { month: 9, year: 2024 });
    assert.deepEqual(periodFromTitle("2024年6月重点项目进展"), { month: 6, year: 2024 });
  });
  it("reads dates as serial numbers and text", () => {
    assert.deepEqual(excelSerialToDate(45366), { year: 2024, month: 3, day: 15 });
    const dates = [
      "2024.3",
      "2024年3月",
      "2024-03-15",
      "2024/3/15",
      "2024.03.15",
      "2024年3月15日",
      2024.3,
      2024.12,
      202403,
    ].map((v) => {
      const d = parseDate(v);
      return d.kind === "date" ? d.date : d.kind;
    });
    assert.deepEqual(dates, [
      { year: 2024, month: 3 },
      { year: 2024, month: 3 },
      { year: 2024, month: 3, day: 15 },
      { year: 2024, month: 3, day: 15 },
      { year: 2024, month: 3, day: 15 },
      { year: 2024, month: 3, day: 15 },
      { year: 2024, month: 3 },
      { year: 2024, month: 12 },
      { year: 2024, month: 3 },
    ]);
    assert.equal(parseDate("明年").kind, "invalid");
    assert.equal(parseDate(2024).kind, "invalid");
  });
  it("normalises full-width, Traditional and spaces", () => {
    assert.equal(compactKey("總投資（萬元）"), "总投资(万元)");
    assert.equal(compactKey(" 合　 计 "), "合计");
    assert.deepEqual([0, 25, 26, 701, 702].map(columnLetter), ["A", "Z", "AA", "ZZ", "AAA"]);
  });
});

describe("reader: header synonyms", () => {
  const field = (leaf: string, group = "") => matchHeader(leaf, group)?.field ?? null;
  it("recognises fields in Simplified, Traditional and English", () => {
    const cases: Array<[string, string | null]> = [
      ["项目代码", "code"],
      ["統一代碼", "code"],
      ["項目名稱", "name"],
      ["Project name", "name"],
      ["项目业主", "owner"],
      ["牵头单位", "responsibleUnit"],
      ["包抓领导", "leader"],
      ["产业类别", "sector"],
      ["建设性质", "category"],
      ["项目级别", "level"],
      ["是否挂牌", "listed"],
      ["所属区域", "county"],
      ["建设规模及内容", "scale"],
      ["建设起止年限", "period"],
      ["计划开工时间", "startDate"],
      ["竣工时间", "endDate"],
      ["建设状态", "status"],
      ["總投資（萬元）", "totalInvestment"],
      ["Total investment", "totalInvestment"],
      ["2024年计划投资", "annualPlan"],
      ["本年计划", "annualPlan"],
      ["1-6月完成投资", "completed"],
      ["截至5月底累计完成投资", "completed"],
      ["年初至报告期累计完成投资", "completed"],
      ["1-6月累計", "completed"],
      ["开工至报告期累计完成投资", "completedSinceStart"],
      ["自开工累计完成投资", "completedSinceStart"],
      ["当月完成投资", "completedThisMonth"],
      ["本月完成", "completedThisMonth"],
      ["占年度计划%", "statedRate"],
      ["投资完成率(%)", "statedRate"],
      ["形象进度", "progress"],
      ["困难问题", "problems"],
      ["备注", "remarks"],
      ["币种", "currency"],
      ["资金来源", null],
      ["1-6月计划投资", null],
    ];
    assert.deepEqual(
      cases.map(([text]) => [text, field(text)]),
      cases
    );
  });
  it("lets the group header decide", () => {
    assert.equal(field("累计完成投资", "开工以来"), "completedSinceStart");
    assert.equal(field("计划投资", "2024年"), "annualPlan");
    assert.equal(field("完成投资", "当月"), "completedThisMonth");
    assert.equal(field("合计", "总投资"), "totalInvestment");
  });
});

describe("reader: row labels", () => {
  it("reads section labels", () => {
    const read = (label: string) => {
      const s = parseSectionLabel(label);
      return s && [s.name, s.depth, s.role, s.statedCount];
    };
    assert.deepEqual(read("一、工业项目（21个）"), ["工业", 1, "sector", 21]);
    assert.deepEqual(read("（二）续建项目"), ["续建", 2, "category", null]);
    assert.deepEqual(read("三、前期预备项目"), ["前期预备", 1, "other", null]);
    assert.deepEqual(read("竣工投产项目（5个）"), ["竣工投产", 1, "category", 5]);
    assert.deepEqual(read("社会事业"), ["社会事业", 1, "sector", null]);
    assert.equal(read("县城污水处理厂"), null);
  });
  it("reads subtotal labels", () => {
    const read = (label: string) => {
      const s = parseSubtotalLabel(label);
      return s && [s.word, s.prefix, s.statedCount];
    };
    assert.deepEqual(
      ["合计", "合  计", "合计（120个）", "小计", "总计", "工业项目小计", "全县合计：", "總計"].map(
        read
      ),
      [
        ["合计", "", null],
        ["合计", "", null],
        ["合计", "", 120],
        ["小计", "", null],
        ["总计", "", null],
        ["小计", "工业", null],
        ["合计", "全县", null],
        ["总计", "", null],
      ]
    );
    assert.equal(read("总计划投资"), null);
  });
});
