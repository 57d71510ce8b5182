/** The pane's logic without React: mapping editor, rule editor validation, results lists, verdicts, errors. */
import assert from "node:assert/strict";
import { resolve } from "node:path";
import { runCheck } from "../../src/core/check";
import { groupKeyFunction, groupingsOf } from "../../src/app/options";
import { HostError, InputError } from "../../src/core/errors";
import { readLedger } from "../../src/core/reader/index";
import { DEFAULT_RULES } from "../../src/core/rules/presets";
import type { Ledger } from "../../src/core/types";
import { assessLedger } from "../../src/taskpane/state/detect";
import { paneErrorOf } from "../../src/taskpane/state/errors";
import {
  KEY_FIELDS,
  columnOptions,
  mappingProblems,
  mappingRows,
  mergedColumns,
  setColumn,
} from "../../src/taskpane/state/mapping";
import {
  filterProjects,
  listCount,
  projectsOf,
  varianceTone,
  NO_FILTER,
} from "../../src/taskpane/state/results";
import {
  checkForm,
  formOf,
  keywordsOf,
  presetChoice,
  linkSevere,
  presetForm,
  rulesInput,
} from "../../src/taskpane/state/rules-form";
import { readWorkbookGrids } from "../../src/xlsx/read-grid";

let ledger: Ledger;

before(async function () {
  const [grid] = await readWorkbookGrids(resolve(__dirname, "../../samples/county-2024-m10.xlsx"));
  ledger = readLedger(grid);
});

describe("task pane: column mapping editor", function () {
  it("offers the sheet's headed columns with their letters", function () {
    const options = columnOptions(ledger);
    const name = options.find((o) => o.col === ledger.columns.name!.col)!;
    assert.equal(name.letter, "C");
    assert.equal(name.header, "项目名称");
    assert.equal(options[0].letter, "A");
  });

  it("lists the key fields always and other fields when mapped", function () {
    const rows = mappingRows(ledger, {}, false);
    for (const field of KEY_FIELDS)
      assert.ok(
        rows.some((r) => r.field === field),
        field
      );
    assert.equal(rows.find((r) => r.field === "name")!.col, ledger.columns.name!.col);
    assert.equal(rows.find((r) => r.field === "name")!.by, "header");
    assert.ok(mappingRows(ledger, {}, true).length >= 26);
  });

  it("keeps only real changes: choosing what the reader found again drops the change", function () {
    const nameCol = ledger.columns.name!.col;
    const changed = setColumn(ledger, {}, "name", nameCol + 1);
    assert.deepEqual(changed, { name: nameCol + 1 });
    assert.equal(mappingRows(ledger, changed, false).find((r) => r.field === "name")!.by, "draft");
    assert.deepEqual(setColumn(ledger, changed, "name", nameCol), {});
    assert.deepEqual(
      setColumn(ledger, {}, "remarks", null),
      ledger.columns.remarks ? { remarks: null } : {}
    );
  });

  it("refuses one column for two fields, and a missing name column", function () {
    const codeCol = ledger.columns.code!.col;
    const twice = mappingProblems(ledger, { name: codeCol });
    assert.equal(twice.length, 1);
    assert.equal(twice[0]["zh-CN"], "第 B 列同时被设为“项目名称”和“项目编码”，每列只能对应一项。");
    assert.equal(
      twice[0].en,
      'Column B is set as "Project name" and "Project code"; a column can hold one field only.'
    );
    const none = mappingProblems(ledger, { name: null });
    assert.deepEqual(
      none.map((p) => p.en),
      ["Choose the column that holds the project name."]
    );
    assert.deepEqual(mappingProblems(ledger, {}), []);
  });

  it("saves the draft over the saved mapping", function () {
    assert.deepEqual(mergedColumns({ name: 2, sector: 4 }, { sector: null, code: 1 }), {
      name: 2,
      sector: null,
      code: 1,
    });
  });
});

describe("task pane: rule editor validation", function () {
  it("round-trips a preset through the form unchanged", function () {
    const check = checkForm(formOf(DEFAULT_RULES));
    assert.deepEqual(check.errors, {});
    assert.deepEqual(check.rules, DEFAULT_RULES);
  });

  it("puts each problem under its own field, without the JSON key", function () {
    const form = { ...presetForm("municipal-3000"), thresholdCNY: "三千", usdToCny: "0" };
    const check = checkForm(form);
    assert.equal(check.rules, null);
    assert.deepEqual(Object.keys(check.errors).sort(), ["thresholdCNY", "usdToCny"]);
    assert.equal(check.errors.thresholdCNY![0]["zh-CN"], '应为数字，现为 "三千"');
    assert.equal(check.errors.usdToCny![0].en, "must be greater than 0 (got 0)");
  });

  it("reports a reduced threshold above the general one under the field that was changed", function () {
    const lowered = checkForm({ ...presetForm("municipal-3000"), thresholdCNY: "800" });
    assert.equal(lowered.rules, null);
    assert.deepEqual(Object.keys(lowered.errors), ["thresholdCNY"]);
    assert.match(
      lowered.errors.thresholdCNY![0].en,
      /must not be higher than thresholdCNY \(800\)/
    );
    const raised = checkForm({ ...presetForm("municipal-3000"), reducedThresholdCNY: "4000" });
    assert.deepEqual(Object.keys(raised.errors), ["reducedThresholdCNY"]);
  });

  it("checks colour bands: overlapping bands are refused, open-ended last band accepted", function () {
    const form = presetForm("municipal-3000");
    const overlapping = { ...form, bands: [{ ...form.bands[0], max: "40" }, form.bands[1]] };
    assert.ok(checkForm(overlapping).errors.bands);
    // Editing the bands moves the 严重滞后 field with the open-ended last band (linkSevere).
    const check = checkForm(
      linkSevere(form, { bands: [{ min: "5", max: "", fill: "#FFEB9C", font: "#9C5700" }] })
    );
    assert.equal(check.rules!.colourBands.length, 1);
    assert.equal(check.rules!.colourBands[0].maxLagPoints, null);
    assert.equal(check.rules!.colourBands[0].label["zh-CN"], "滞后5个百分点及以上");
  });

  it("the 严重滞后 field and the last band's start are one number (one status rule)", function () {
    const form = presetForm("municipal-3000"); // 10–20 yellow, 20+ red
    const moved = linkSevere(form, { severeBehindPoints: "25" });
    assert.deepEqual(
      moved.bands.map((b) => [b.min, b.max]),
      [
        ["10", "25"],
        ["25", ""],
      ]
    );
    const rules = checkForm(moved).rules!;
    assert.deepEqual(
      rules.colourBands.map((b) => [b.minLagPoints, b.maxLagPoints]),
      [
        [10, 25],
        [25, null],
      ]
    );
    const byBand = linkSevere(form, { bands: [form.bands[0], { ...form.bands[1], min: "30" }] });
    assert.equal(byBand.severeBehindPoints, "30");
  });

  it("saves the preset and every key as JSON parseRuleSet accepts; splits keywords on 、,;", function () {
    assert.deepEqual(keywordsOf("农业、教育, 卫生；文化  体育"), [
      "农业",
      "教育",
      "卫生",
      "文化",
      "体育",
    ]);
    const input = rulesInput({ ...presetForm("provincial-1yi"), severeBehindPoints: "25" });
    assert.equal(input.preset, "provincial-1yi");
    assert.equal(input.severeBehindPoints, 25);
    assert.equal(input.thresholdCNY, 10000);
    assert.equal(presetChoice({ preset: "platform-5000" }), "platform-5000");
    assert.equal(presetChoice(input), "custom");
    assert.equal(presetChoice(undefined), "municipal-3000");
  });
});

describe("task pane: results, verdicts and errors", function () {
  it("lists behind projects by lag, filters by words, group and severity", function () {
    const report = runCheck(ledger, {
      rules: DEFAULT_RULES,
      groupBy: groupingsOf(ledger, ["sector"]),
    });
    const behind = projectsOf(report, "behind");
    assert.equal(behind.length, listCount(report, "behind"));
    assert.equal(behind.length, report.totals.behind);
    for (let i = 1; i < behind.length; i++)
      assert.ok(behind[i - 1].schedule.variancePoints! <= behind[i].schedule.variancePoints!);
    const keyOf = groupKeyFunction(ledger, "sector")!;
    const industry = filterProjects(behind, { ...NO_FILTER, group: "工业" }, keyOf);
    assert.equal(industry.length, report.groups.sector.find((g) => g.key === "工业")!.behind);
    const severe = filterProjects(behind, { ...NO_FILTER, severeOnly: true }, keyOf);
    assert.ok(severe.every((p) => p.schedule.variancePoints! <= -20));
    const named = filterProjects(behind, { ...NO_FILTER, text: behind[0].row.name! }, keyOf);
    assert.equal(named[0], behind[0]);
    assert.deepEqual(groupingsOf(ledger, ["sector"]).slice(0, 3), [
      "sector",
      "category",
      "responsibleUnit",
    ]);
  });

  it("colours variances: ahead good, behind warning, past the severe lag danger", function () {
    assert.equal(varianceTone(0, DEFAULT_RULES), "good");
    assert.equal(varianceTone(-19.99, DEFAULT_RULES), "warning");
    assert.equal(varianceTone(-20, DEFAULT_RULES), "danger");
    assert.equal(varianceTone(null, DEFAULT_RULES), "neutral");
  });

  it("tells a ready ledger from an uncertain one and from no ledger", function () {
    assert.deepEqual(assessLedger(ledger), { verdict: "ready", reasons: [] });
    const noMonth = { ...ledger, reportingMonth: null };
    assert.equal(assessLedger(noMonth).verdict, "ambiguous");
    assert.equal(assessLedger(noMonth, true).verdict, "ready");
    const noPlan = { ...ledger, columns: { ...ledger.columns, annualPlan: undefined } };
    assert.equal(assessLedger(noPlan).reasons[0].en, 'No "Annual plan" column was found.');
    const none = readLedger({ sheetName: "Notes", values: [["hello"], ["world"]] });
    assert.equal(assessLedger(none).verdict, "no-ledger");
  });

  it("turns errors into what happened and what to do next", function () {
    const gone = paneErrorOf(
      new HostError({ "zh-CN": "找不到", en: "gone" }, "excel.sheet-not-found")
    );
    assert.equal(gone.next.en, 'Pick another sheet under "Detect".');
    const rules = paneErrorOf(new InputError({ "zh-CN": "规则", en: "rules" }, "settings.rules"));
    assert.match(rules.next["zh-CN"], /设置/);
    const bug = paneErrorOf(new TypeError("x is undefined"));
    assert.match(
      bug.message.en,
      /^Taizhang hit an internal error \(TypeError: x is undefined\)\. This is not something you did/
    );
    assert.match(
      bug.message["zh-CN"],
      /^台账助手内部出错（TypeError: x is undefined）。这不是您的操作问题/
    );
    assert.equal(bug.code, "unexpected");
  });
});
