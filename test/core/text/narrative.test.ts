import assert from "node:assert/strict";
import { figuresOf } from "../../../src/core/groups/figures";
import { runCheck } from "../../../src/core/check";
import { DEFAULT_RULES } from "../../../src/core/rules/presets";
import {
  areaOf,
  buildNarrative,
  groupSentence,
  narrativeInputOf,
  totalsSentence,
  type NarrativeInput,
} from "../../../src/core/text/narrative";
import { compareText, joinNames } from "../../../src/core/text/phrases";
import { BLANK_GROUP_KEY } from "../../../src/core/groups/fields";
import { makeLedger, type ProjectSeed } from "../../helpers/ledger-builder";
import { projectResults } from "../check/project-results";

const context = { hasCompletion: true, timeProgress: 0.5 };

function group(key: string, seeds: ProjectSeed[]) {
  const projects = projectResults(makeLedger(seeds), 0.5);
  return { figures: figuresOf(key, projects, context), projects };
}

describe("report phrases", () => {
  it("compares with the time schedule on the displayed value", () => {
    assert.equal(compareText(3.2, "zh-CN"), "高于时间进度3.20个百分点");
    assert.equal(compareText(-7.8626, "zh-CN"), "低于时间进度7.86个百分点");
    assert.equal(compareText(-0.004, "zh-CN"), "与时间进度持平");
    assert.equal(compareText(0.005, "zh-CN"), "高于时间进度0.01个百分点");
    assert.equal(compareText(null, "zh-CN"), "");
    assert.equal(compareText(-18.29, "en"), "18.29 percentage points behind the time schedule");
    assert.equal(compareText(0, "en"), "in line with the time schedule");
  });

  it("joins names in each language", () => {
    assert.equal(joinNames(["甲", "乙", "丙"], "zh-CN"), "甲、乙、丙");
    assert.equal(joinNames(["A", "B", "C"], "en"), "A, B and C");
    assert.equal(joinNames(["A"], "en"), "A");
  });

  it("finds the area word in the title", () => {
    assert.equal(areaOf("2024年全市重点项目建设进度台账"), "全市");
    assert.equal(areaOf("平昌县2021年市县重点项目台账"), "全县");
    assert.equal(areaOf("某某区重点项目"), "全区");
    assert.equal(areaOf("重点项目台账"), "全市");
    assert.equal(areaOf(null), "全市");
  });
});

describe("group sentences", () => {
  const seeds: ProjectSeed[] = [
    { name: "慢一", plan: 100, done: 40 }, // −10
    { name: "快一", plan: 100, done: 60 }, // +10
    { name: "慢二", plan: 100, done: 10 }, // −40
    { name: "快二", plan: 100, done: 90 }, // +40
    { name: "快三", plan: 100, done: 55 }, // +5
    { name: "未开工", plan: 100, done: 0, started: false },
  ];

  it("cites the projects most ahead and most behind first, up to the limit", () => {
    const text = groupSentence(group("交通", seeds), 2, "zh-CN", 2);
    assert.equal(
      text,
      "2、交通项目，完成投资0.03亿元，占年度计划的42.50%，低于时间进度7.50个百分点。" +
        "其中5个项目开工在建，快二、快一等3个项目超时间进度，慢二、慢一等2个项目进度较慢。未开工尚未开工。"
    );
  });

  it("names a single project without 等1个项目", () => {
    const text = groupSentence(
      group("工业项目", [{ name: "唯一", plan: 100, done: 70 }]),
      1,
      "zh-CN"
    );
    assert.equal(
      text,
      "1、工业项目，完成投资0.01亿元，占年度计划的70.00%，高于时间进度20.00个百分点。其中1个项目开工在建，唯一超时间进度。"
    );
  });

  it("keeps a blank key as （未填） and names unnamed projects by row", () => {
    const text = groupSentence(
      group(BLANK_GROUP_KEY, [{ name: "", sheetRow: 12, plan: 100, done: 10 }]),
      3,
      "zh-CN"
    );
    assert.ok(text.startsWith("3、（未填），完成投资"));
    assert.ok(text.includes("第12行项目进度较慢"));
    assert.ok(
      groupSentence(
        group(BLANK_GROUP_KEY, [{ name: "", sheetRow: 12, plan: 100, done: 10 }]),
        3,
        "en"
      ).startsWith("3. (blank): completed investment")
    );
  });

  it("in English, lists all names after a colon when all are cited", () => {
    const text = groupSentence(group("交通", seeds), 2, "en", 3);
    assert.equal(
      text,
      "2. 交通: completed investment 0.003 billion yuan, 42.50% of the annual plan, 7.50 percentage points behind the time schedule. " +
        "5 projects have started construction; 3 are ahead of schedule: 快二, 快一 and 快三; 2 are behind: 慢二 and 慢一. 1 project has not started: 未开工."
    );
  });
});

describe("totals sentence", () => {
  it("omits the started clause when the ledger does not tell who started", () => {
    const projects = projectResults(
      makeLedger([{ name: "甲", plan: 100, done: 0, started: null }]),
      0.5
    );
    const input: NarrativeInput = {
      area: "全市",
      totals: figuresOf("合计", projects, context),
      projects,
      groups: [],
    };
    assert.equal(
      totalsSentence(input, "zh-CN"),
      "全市共实施重点项目1个，总投资0.00亿元，年度计划投资0.01亿元。其中，完成投资0.00亿元，占年度计划的0.00%，低于时间进度50.00个百分点。"
    );
    assert.equal(buildNarrative(input, "zh-CN"), totalsSentence(input, "zh-CN"));
  });

  it("says 持平 exactly on schedule, in both languages", () => {
    const projects = projectResults(makeLedger([{ name: "甲", plan: 10000, done: 5000 }]), 0.5);
    const input: NarrativeInput = {
      area: "全区",
      totals: figuresOf("合计", projects, context),
      projects,
      groups: [],
    };
    assert.ok(
      totalsSentence(input, "zh-CN").endsWith(
        "完成投资0.50亿元，占年度计划的50.00%，与时间进度持平。"
      )
    );
    assert.ok(
      totalsSentence(input, "en").startsWith("Across the district, 1 key project is under way")
    );
    assert.ok(
      totalsSentence(input, "en").endsWith(
        "Completed investment reached 0.050 billion yuan, 50.00% of the annual plan, in line with the time schedule."
      )
    );
  });
});

describe("narrative of a report", () => {
  it("can be regrouped after the check, by any field", () => {
    const ledger = makeLedger([
      { name: "甲", sector: "工业", level: "市级", plan: 100, done: 60 },
      { name: "乙", sector: "交通", level: "县级", plan: 100, done: 20 },
    ]);
    const report = runCheck(ledger, { rules: DEFAULT_RULES });
    assert.deepEqual(Object.keys(report.groups), ["sector"]);
    const byLevel = buildNarrative(
      narrativeInputOf(report, { groupBy: "级别", area: "全区" }),
      "zh-CN"
    ).split("\n");
    assert.ok(byLevel[0].startsWith("全区共实施重点项目2个"));
    assert.equal(
      byLevel[1],
      "1、市级项目，完成投资0.01亿元，占年度计划的60.00%，高于时间进度10.00个百分点。其中1个项目开工在建，甲超时间进度。"
    );
    assert.equal(
      byLevel[2],
      "2、县级项目，完成投资0.00亿元，占年度计划的20.00%，低于时间进度30.00个百分点。其中1个项目开工在建，乙进度较慢。"
    );
  });
});
