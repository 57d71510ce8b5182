/** From a grid as a host reads it, through the public barrel, to figures and text. */
import assert from "node:assert/strict";
import { DEFAULT_RULES, readLedger, runCheck, type Grid } from "../../../src/core/index";

const grid: Grid = {
  sheetName: "台账",
  values: [
    ["2024年全县重点项目建设进度台账", null, null, null, null, null],
    ["单位：万元", null, null, null, null, null],
    ["序号", "项目名称", "总投资", "2024年计划投资", "1-6月完成投资", "建设性质"],
    ["一、工业项目", null, null, null, null, null],
    [1, "甲厂扩建", 50000, 10000, 6000, "续建"],
    [2, "乙园区", 30000, 10000, 2000, "续建"],
    ["二、农业项目", null, null, null, null, null],
    [3, "丙灌区", 5000, 2000, 0, "前期"],
  ],
};

describe("end to end through the core barrel", () => {
  it("reads, checks and words a small ledger", () => {
    const ledger = readLedger(grid);
    const report = runCheck(ledger, { rules: DEFAULT_RULES });
    assert.equal(report.period.month, 6);
    assert.equal(report.period.timeProgress, 0.5);
    assert.deepEqual(
      report.projects.map((p) => p.schedule.status),
      ["ahead", "severely-behind", "not-started"]
    );
    assert.deepEqual(
      report.groups.sector?.map((g) => [g.key, g.projects]),
      [
        ["工业", 2],
        ["农业", 1],
      ]
    );
    assert.equal(
      report.narrative["zh-CN"].split("\n")[0],
      "全县共实施重点项目3个，总投资8.50亿元，年度计划投资2.20亿元。其中，开工建设2个，完成投资0.80亿元，占年度计划的36.36%，低于时间进度13.64个百分点。"
    );
    assert.equal(
      report.narrative["zh-CN"].split("\n")[1],
      "1、工业项目，完成投资0.80亿元，占年度计划的40.00%，低于时间进度10.00个百分点。其中2个项目开工在建，甲厂扩建超时间进度，乙园区进度较慢。"
    );
  });
});
