import assert from "node:assert/strict";
import { buildSummarySheet } from "../../../src/core/summaries";
import { colourName } from "../../../src/core/summaries/footnotes";
import { FORMATS, layoutSheet } from "../../../src/core/sheet-spec";
import { makeReport, SAMPLE } from "./report-builder";

const T = 0.75;
const points = (done: number, plan: number) => (done / plan - T) * 100;

describe("summary sheet", () => {
  const report = makeReport(SAMPLE, { title: "2024年全县重点项目建设进度台账" });
  const sheet = buildSummarySheet(report, "sector", { lang: "zh-CN" });

  it("puts 合计 first and gives exact raw values in 亿元, fractions and points", () => {
    assert.deepEqual(
      sheet.rows.map((r) => r.values),
      [
        [null, "合计", 6, 18.4, 7, 3.54, 35400 / 70000, points(35400, 70000), 5, 5 / 6],
        [1, "工业", 3, 8.2, 3.1, 2.38, 23800 / 31000, points(23800, 31000), 3, 1],
        [2, "交通", 2, 10, 3.8, 1.16, 11600 / 38000, points(11600, 38000), 2, 1],
        [3, "社会事业", 1, 0.2, 0.1, 0, 0, -75, 0, 0],
      ]
    );
    assert.deepEqual(
      sheet.rows.map((r) => r.kind),
      ["total", "data", "data", "data"]
    );
  });

  it("writes title, unit line, time progress and footnotes in report style", () => {
    assert.equal(sheet.title, "2024年1-9月全县重点项目建设进度汇总表（按行业）");
    assert.deepEqual(sheet.infoLines, ["单位：亿元、个", "时序进度：75.00%（1-9月）"]);
    assert.equal(sheet.key, "summary:sector");
    assert.equal(sheet.name, "汇总-行业");
    assert.equal(sheet.freezeColumns, 2);
    assert.match(sheet.footnotes[0], /^注：1\.占年度计划%为累计完成投资\/年度计划投资；/);
    assert.ok(sheet.footnotes.includes("2.时序进度按月计算，为9/12=75.00%。"));
    assert.ok(sheet.footnotes.some((n) => n.includes("入库标准及规则：市级重大项目")));
    assert.ok(
      sheet.footnotes.includes(
        "4.与时序进度比按滞后程度着色：滞后10至20个百分点标黄色，滞后20个百分点及以上标红色。"
      )
    );
  });

  it("uses number formats for amounts, percentages and signed points", () => {
    assert.deepEqual(
      sheet.columns.map((c) => c.format),
      [
        FORMATS.integer,
        FORMATS.text,
        FORMATS.integer,
        FORMATS.amount2,
        FORMATS.amount2,
        FORMATS.amount2,
        FORMATS.percent2,
        FORMATS.points2,
        FORMATS.integer,
        FORMATS.percent2,
      ]
    );
  });

  it("lays out two header rows with 2024年 spanning plan, completed and rate", () => {
    const layout = layoutSheet(sheet);
    // title, 2 info lines, then headers at rows 3 and 4
    assert.deepEqual(layout.values[3], [
      "序号",
      "行业",
      "项目数\n（个）",
      "总投资",
      "2024年",
      null,
      null,
      "与时序进度比\n（±个百分点）",
      "开工数\n（个）",
      "开工率",
    ]);
    assert.deepEqual(layout.values[4], [
      null,
      null,
      null,
      null,
      "计划投资",
      // broken at the word boundary after the period, never inside a word ("1-9月完成投\n资")
      "1-9月\n完成投资",
      "占年度计划%",
      null,
      null,
      null,
    ]);
    const merges = layout.merges.filter((m) => m.top === 3);
    assert.deepEqual(
      merges.map((m) => [m.left, m.right, m.bottom]),
      [
        [0, 0, 4],
        [1, 1, 4],
        [2, 2, 4],
        [3, 3, 4],
        [4, 6, 3],
        [7, 7, 4],
        [8, 8, 4],
        [9, 9, 4],
      ]
    );
    assert.deepEqual(layout.freeze, { rows: 5, columns: 2 });
    assert.deepEqual(layout.values[5].slice(0, 2), [null, "合计"]);
  });

  it("bands the variance column by the rule set's colour bands", () => {
    // 合计 −24.43 → band 1 (red from 20, as 严重滞后); 工业 +1.77 → none; 交通 −44.47 and 社会事业 −75 → band 1
    assert.deepEqual(
      sheet.rows.map((r) => r.band),
      [1, null, 1, 1]
    );
    assert.equal(sheet.varianceColumn, 7);
    assert.equal(sheet.bands, report.rules.colourBands);
    const layout = layoutSheet(sheet);
    const red = report.rules.colourBands[1].fill;
    assert.ok(
      layout.styles.some(
        (s) =>
          s.style.fill === red && s.range.top === 7 && s.range.bottom === 8 && s.range.left === 7
      )
    );
  });

  it("charts completion rate by group against time progress, without 合计", () => {
    assert.deepEqual(sheet.chart, {
      title: "各行业投资完成率与时序进度对比",
      categoryColumn: 1,
      valueColumn: 6,
      valueName: "占年度计划%",
      lineValue: T,
      lineName: "时序进度",
      skipFirstRow: true,
      rowCount: 3,
    });
    const layout = layoutSheet(sheet);
    assert.deepEqual(layout.chart?.categories, { top: 6, left: 1, bottom: 8, right: 1 });
  });

  it("scales to 万元 when asked", () => {
    const wan = buildSummarySheet(report, "sector", { lang: "zh-CN", amountScale: "万元" });
    assert.deepEqual(wan.rows[0].values.slice(3, 6), [184000, 70000, 35400]);
    assert.equal(wan.infoLines[0], "单位：万元、个");
  });

  it("drops the completion columns and the chart without completion data", () => {
    const plain = buildSummarySheet(makeReport(SAMPLE, { completion: false }), "sector", {
      lang: "zh-CN",
    });
    assert.deepEqual(plain.headerRows, [
      [
        { text: "序号" },
        { text: "行业" },
        { text: "项目数\n（个）" },
        { text: "总投资" },
        { text: "2024年计划投资" },
        { text: "开工数\n（个）" },
        { text: "开工率" },
      ],
    ]);
    assert.deepEqual(plain.rows[0].values, [null, "合计", 6, 18.4, 7, 5, 5 / 6]);
    assert.equal(plain.chart, undefined);
    assert.equal(plain.varianceColumn, undefined);
    assert.ok(!plain.footnotes.some((n) => n.includes("占年度计划%为")));
  });

  it("keeps the rate but drops variance and chart without a reporting month", () => {
    const noMonth = buildSummarySheet(makeReport(SAMPLE, { month: null }), "sector", {
      lang: "zh-CN",
    });
    assert.equal(noMonth.columns.length, 9);
    assert.equal(noMonth.chart, undefined);
    assert.deepEqual(noMonth.infoLines, ["单位：亿元、个"]);
    assert.equal(noMonth.title, "2024年全市重点项目建设进度汇总表（按行业）");
  });

  it("notes the USD rate only when USD projects were converted", () => {
    assert.ok(!sheet.footnotes.some((n) => n.includes("美元项目")));
    const usd = makeReport([
      ...SAMPLE,
      { name: "外资光伏项目", sector: "工业", currency: "USD", total: 1000, plan: 100, done: 10 },
    ]);
    const withUsd = buildSummarySheet(usd, "sector", { lang: "zh-CN" });
    assert.ok(withUsd.footnotes.includes("6.美元项目按1美元=7.1元人民币折算。"));
    assert.equal(withUsd.rows[0].values[3], (184000 + 7100) / 10000);
  });

  it("has an English variant", () => {
    const en = buildSummarySheet(report, "sector", { lang: "en" });
    assert.equal(en.title, "Key project progress by sector, Jan–Sep 2024");
    assert.equal(en.name, "Summary-Sector");
    assert.deepEqual(en.infoLines, [
      "Unit: CNY 100 million; projects",
      "Time progress: 75.00% (Jan–Sep)",
    ]);
    assert.equal(en.rows[0].values[1], "Total");
  });

  it("says which groupings exist when asked for a missing one", () => {
    assert.throws(
      () => buildSummarySheet(report, "county", { lang: "zh-CN" }),
      /groupings available: sector/
    );
  });

  it("words day-mode time progress with the as-of date", () => {
    const dayReport = makeReport(SAMPLE);
    dayReport.period = { ...dayReport.period, mode: "day", asOf: "2024-09-15", timeProgress: 0.7 };
    const day = buildSummarySheet(dayReport, "sector", { lang: "zh-CN" });
    assert.equal(day.infoLines[1], "时序进度：70.00%（截至2024年9月15日）");
    assert.ok(
      day.footnotes.includes("2.时序进度按日计算，为截至2024年9月15日已过天数/全年天数=70.00%。")
    );
    const en = buildSummarySheet(dayReport, "sector", { lang: "en" });
    assert.equal(en.infoLines[1], "Time progress: 70.00% (as of 15 Sep 2024)");
  });
});

describe("colour names", () => {
  it("names band fills by hue", () => {
    assert.deepEqual(
      ["#FFEB9C", "#FFC7CE", "#C6EFCE", "#F4B084", "#BDD7EE", "#D9D9D9"].map(
        (h) => colourName(h)["zh-CN"]
      ),
      ["黄色", "红色", "绿色", "橙色", "蓝色", "灰色"]
    );
  });
});
