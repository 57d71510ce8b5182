import assert from "node:assert/strict";
import { runCheck } from "../../../src/core/check";
import { DEFAULT_RULES } from "../../../src/core/rules/presets";
import { layoutSheet } from "../../../src/core/sheet-spec";
import { buildOutputSheets } from "../../../src/core/summaries";
import { makeLedger } from "../../helpers/ledger-builder";
import { SAMPLE } from "./report-builder";

describe("output sheets from runCheck", () => {
  const ledger = makeLedger(SAMPLE, { reportingMonth: 9, reportingYear: 2024 });
  ledger.title = "2024年全县重点项目建设进度台账";
  const report = runCheck(ledger, { rules: DEFAULT_RULES, groupBy: ["sector", "responsibleUnit"] });
  const sheets = buildOutputSheets(report, { lang: "zh-CN" });
  const byKey = new Map(sheets.map((s) => [s.key, s]));

  it("builds the summary with the engine's figures, 合计 first", () => {
    const summary = byKey.get("summary:sector")!;
    assert.equal(summary.title, "2024年1-9月全县重点项目建设进度汇总表（按行业）");
    assert.deepEqual(
      summary.rows.map((r) => r.values[1]),
      ["合计", "工业", "交通", "社会事业"]
    );
    assert.deepEqual(summary.rows[0].values.slice(2, 6), [6, 18.4, 7, 3.54]);
    assert.equal(summary.rows[0].values[6], 35400 / 70000);
    assert.ok(
      Math.abs((summary.rows[0].values[7] as number) - (35400 / 70000 - 0.75) * 100) < 1e-9
    );
  });

  it("lists and letters agree with the engine's statuses", () => {
    assert.deepEqual(
      byKey.get("list:behind")!.rows.map((r) => r.ledgerRow),
      [6, 5, 7]
    );
    assert.deepEqual(
      byKey.get("list:not-started")!.rows.map((r) => r.ledgerRow),
      [8]
    );
    assert.deepEqual(
      byKey.get("letters")!.rows.map((r) => r.values[1]),
      ["县工信局", "县交通局", "县教育局"]
    );
  });

  it("lays out every sheet", () => {
    for (const sheet of sheets) {
      const layout = layoutSheet(sheet);
      assert.ok(layout.values.length > 2, sheet.key);
      assert.ok(layout.name.length <= 31 && !/[[\]:*?/\\]/.test(layout.name), layout.name);
    }
  });
});
