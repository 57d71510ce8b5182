import assert from "node:assert/strict";
import { insertSheets } from "../../src/excel";
import { OWN_SHEETS_SETTING } from "../../src/excel/own-sheets";
import { FORMATS, layoutSheet, type SheetSpec } from "../../src/core/sheet-spec";
import { standardColourBands } from "../../src/core/rules/presets";
import { FakeExcelHost } from "../fake-excel/host";
import { syncsOf, usingHost } from "./helpers";

function summarySpec(rows = 3, name = "汇总-行业"): SheetSpec {
  const names = ['=HYPERLINK("http://x","工业")', "0012", "TRUE", "+86 123", "交通"];
  return {
    key: "summary:sector",
    name,
    title: "2024年重点项目分行业汇总",
    infoLines: ["单位：亿元、个"],
    columns: [
      { width: 16, format: FORMATS.text, align: "left" },
      { width: 10, format: FORMATS.amount2, align: "right" },
      { width: 10, format: FORMATS.percent2, align: "right" },
      { width: 10, format: FORMATS.points2, align: "right" },
      { width: 10, format: FORMATS.general, align: "left" },
    ],
    headerRows: [
      [
        { text: "行业" },
        { text: "计划" },
        { text: "完成率" },
        { text: "与时序进度比" },
        { text: "备注" },
      ],
    ],
    rows: [
      { values: ["合计", 100, 0.45, -5, null], kind: "total" },
      ...Array.from({ length: rows - 1 }, (_, i) => ({
        values: [names[i % names.length], 10 + i, 0.3, -12 - (i % 40), names[i % names.length]],
        kind: "data" as const,
        band: i % 40 < 18 ? 0 : 1,
      })),
    ],
    footnotes: ["注：完成率 = 累计完成投资 ÷ 年度计划投资。"],
    freezeColumns: 1,
    varianceColumn: 3,
    bands: standardColourBands(),
    chart: {
      title: "完成率",
      categoryColumn: 0,
      valueColumn: 2,
      valueName: "完成率",
      lineValue: 0.5,
      lineName: "时序进度",
      skipFirstRow: true,
    },
  };
}

function hostWithUserSheets(): FakeExcelHost {
  const host = new FakeExcelHost({ excelApi: "1.7" });
  host.addSheet("台账").setTyped(0, 0, "项目名称");
  return host;
}

describe("excel adapter: writing output sheets", () => {
  it("renders a layout in 3 syncs: values as typed text, merges, whole-range formats, bands, freeze, chart", async () => {
    const host = hostWithUserSheets();
    const written = await usingHost(host, () => insertSheets([summarySpec(5)]));
    assert.equal(host.syncCount, 3);
    assert.deepEqual(
      written.map((w) => w.name),
      ["汇总-行业"]
    );
    const sheet = host.sheet("汇总-行业");
    // Row 0 title, 1 info, 2 header, 3 合计, 4.. data.
    for (let r = 4; r <= 7; r++)
      for (const c of [0, 4])
        assert.equal(sheet.getFormula(r, c), undefined, `no formula at ${r},${c}`);
    assert.equal(sheet.getValue(4, 0), '=HYPERLINK("http://x","工业")');
    assert.equal(
      sheet.getValue(4, 4),
      '=HYPERLINK("http://x","工业")',
      "General cells keep formula-looking text via the apostrophe"
    );
    assert.equal(sheet.getValue(5, 4), "0012");
    assert.equal(sheet.getValue(6, 4), "TRUE");
    assert.equal(sheet.getValue(7, 4), "+86 123");
    assert.equal(sheet.getValue(3, 1), 100);
    assert.equal(sheet.getNumberFormat(3, 2), "0.00%");
    assert.deepEqual(sheet.merges[0], { top: 0, left: 0, bottom: 0, right: 4 });
    assert.deepEqual(sheet.freeze, { rows: 3, columns: 1 });
    assert.equal(sheet.conditionalFormats.length, 2);
    // One status rule: yellow 10–20, red (严重滞后) from 20.
    assert.equal(
      sheet.conditionalFormats[0].formula,
      "=AND(ISNUMBER(D4),-ROUND(D4,2)>=10,-ROUND(D4,2)<20)"
    );
    assert.equal(sheet.conditionalFormats[1].formula, "=AND(ISNUMBER(D4),-ROUND(D4,2)>=20)");
    assert.equal(sheet.charts.length, 1);
    const chart = sheet.charts[0];
    assert.equal(chart.type, "ColumnClustered");
    assert.deepEqual(
      chart.series.map((s) => [s.name, s.chartType, s.xValues]),
      [
        ["完成率", null, "A5:A8"],
        ["时序进度", "Line", "A5:A8"],
      ]
    );
    assert.equal(sheet.getValue(4, 5), 0.5, "the time-progress helper column");
    assert.ok(
      !sheet.formatWrites.some(
        (w) => w.property === "fill.color" && w.area.left === 3 && w.area.right === 3
      ),
      "static band fills replaced by live formats"
    );
    // The layout's width (its longest text, '=HYPERLINK("http://x","工业")', on one line) in points.
    const width = layoutSheet(summarySpec(5)).columnWidths[0];
    assert.ok(width > 16);
    assert.equal(sheet.columnWidths.get(0), (width * 7 + 5) * 0.75);
    assert.ok(sheet.hiddenColumns.has(5), "the helper column hidden, as in the CLI's sheet");
  });

  it("formats whole ranges: the number of format writes does not grow with rows", async () => {
    const small = hostWithUserSheets();
    await usingHost(small, () => insertSheets([summarySpec(10)]));
    const large = hostWithUserSheets();
    await usingHost(large, () => insertSheets([summarySpec(5000)]));
    // Same structure, same band runs pattern aside: at most a few more writes for band runs.
    const a = small.sheet("汇总-行业").formatWrites.length;
    const b = large.sheet("汇总-行业").formatWrites.length;
    assert.equal(a, b);
    assert.equal(large.syncCount, 3);
  });

  it("spreads a very large sheet over as many syncs as the request budget needs, each under it", async () => {
    const host = hostWithUserSheets();
    await usingHost(host, () => insertSheets([summarySpec(20_000)], { payloadBudget: 400_000 }));
    const writes = host.syncs.slice(1, -1);
    assert.ok(writes.length >= 3, `writes took ${writes.length} syncs`);
    assert.ok(host.maxRequestBytes < 400_000 * 1.05, `largest request ${host.maxRequestBytes}`);
    assert.equal(host.sheet("汇总-行业").getValue(20_002, 1), 10 + 19_998);
  });

  it("re-running replaces its own sheets (by id) and never piles up", async () => {
    const host = hostWithUserSheets();
    await usingHost(host, () => insertSheets([summarySpec(3)]));
    const firstId = host.sheet("汇总-行业").id;
    host.sheet("汇总-行业").name = "我改了名字"; // the user renames our sheet: still ours by id
    await usingHost(host, () => insertSheets([summarySpec(4)]));
    await usingHost(host, () => insertSheets([summarySpec(5)]));
    assert.deepEqual(host.sheetNames, ["台账", "汇总-行业"]);
    assert.notEqual(host.sheet("汇总-行业").id, firstId);
    assert.deepEqual(host.state.settings.get(OWN_SHEETS_SETTING), [
      { id: host.sheet("汇总-行业").id, key: "summary:sector" },
    ]);
  });

  it("leaves a user's sheet with the same name untouched and picks another name", async () => {
    const host = hostWithUserSheets();
    const user = host.addSheet("汇总-行业");
    user.setTyped(0, 0, "我的笔记");
    const before = host.snapshot("汇总-行业");
    const written = await usingHost(host, () => insertSheets([summarySpec(3)]));
    await usingHost(host, () => insertSheets([summarySpec(3)]));
    assert.deepEqual(
      written.map((w) => w.name),
      ["汇总-行业 (2)"]
    );
    assert.deepEqual(host.sheetNames, ["台账", "汇总-行业", "汇总-行业 (2)"]);
    assert.deepEqual(host.snapshot("汇总-行业"), before);
    assert.equal(host.sheet("汇总-行业").id, user.id);
  });

  it("on a failed write deletes the partial new sheets and keeps the old ones", async () => {
    const host = hostWithUserSheets();
    await usingHost(host, () => insertSheets([summarySpec(3)]));
    const oldId = host.sheet("汇总-行业").id;
    host.requestLimitBytes = 3_000; // the write batch is now too big for Excel
    await usingHost(host, () =>
      assert.rejects(
        insertSheets([
          summarySpec(50),
          { ...summarySpec(3, "汇总-类别"), key: "summary:category" },
        ]),
        (e: { code?: string }) => e.code === "excel.RequestPayloadSizeLimitExceeded"
      )
    );
    assert.deepEqual(host.sheetNames, ["台账", "汇总-行业"]);
    assert.equal(host.sheet("汇总-行业").id, oldId);
  });

  it("explains a protected workbook before writing anything", async () => {
    const host = hostWithUserSheets();
    host.state.protected = true;
    const syncs = await syncsOf(host, () =>
      usingHost(host, () =>
        assert.rejects(
          insertSheets([summarySpec(3)]),
          (e: { code?: string; text?: { "zh-CN": string } }) =>
            e.code === "excel.workbook-protected" && /保护/.test(e.text?.["zh-CN"] ?? "")
        )
      )
    );
    assert.equal(syncs, 1);
    assert.deepEqual(host.sheetNames, ["台账"]);
  });
});
