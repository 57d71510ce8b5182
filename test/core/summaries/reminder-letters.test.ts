import assert from "node:assert/strict";
import {
  DEFAULT_LETTER_NUMBER,
  buildLetterListSheet,
  buildReminderLetters,
  letterNumberProblem,
  uniqueFileNames,
} from "../../../src/core/summaries";
import { isInputError } from "../../../src/core/errors";
import { layoutSheet } from "../../../src/core/sheet-spec";
import { makeReport, SAMPLE } from "./report-builder";

const DATE = "2024-10-15";

describe("reminder letters as data", () => {
  const report = makeReport(SAMPLE);
  const letters = buildReminderLetters(report, {
    lang: "zh-CN",
    issuer: "县重点项目建设推进办公室",
    date: DATE,
  });

  it("writes one letter per unit with lagging or not-started projects, none for the others", () => {
    // 县发改局 has only projects ahead of schedule.
    assert.deepEqual(
      letters.map((l) => [l.key, l.unit, l.fileName]),
      [
        ["letter:县工信局", "县工信局", "督导函-县工信局"],
        ["letter:县交通局", "县交通局", "督导函-县交通局"],
        ["letter:县教育局", "县教育局", "督导函-县教育局"],
      ]
    );
  });

  it("numbers the letters (文号) and dates them with a real date", () => {
    assert.deepEqual(
      letters.map((l) => l.documentNumber),
      ["重点办督〔2024〕1号", "重点办督〔2024〕2号", "重点办督〔2024〕3号"]
    );
    assert.ok(letters.every((l) => l.date === "2024年10月15日"));
    assert.ok(letters.every((l) => !/X日|X月/.test(JSON.stringify(l))));
    const numbered = buildReminderLetters(report, {
      lang: "zh-CN",
      date: "2025-01-06",
      letterNumber: "县重点办〔{year}〕{n}号",
      firstLetterNumber: 41,
    });
    assert.deepEqual(
      numbered.map((l) => l.documentNumber),
      ["县重点办〔2025〕41号", "县重点办〔2025〕42号", "县重点办〔2025〕43号"]
    );
    assert.equal(numbered[0].date, "2025年1月6日");
    assert.equal(numbered[0].issuer, "重点项目建设推进办公室");
  });

  it("addresses the unit and states its figures against 时序进度, as the tables word it", () => {
    const traffic = letters[1];
    assert.equal(traffic.title, "关于加快推进重点项目建设进度的督导函");
    assert.equal(traffic.addressee, "县交通局：");
    assert.equal(
      traffic.body[0],
      "截至2024年9月底，你单位牵头负责的重点项目共2个，总投资10.00亿元，年度计划投资3.80亿元，累计完成投资1.16亿元，占年度计划的30.53%，低于时序进度44.47个百分点。其中，进度滞后项目2个（其中严重滞后1个），具体情况如下："
    );
    const text = letters.flatMap((l) => [l.title, ...l.body]).join("");
    assert.doesNotMatch(text, /时间进度/);
    assert.equal(traffic.issuer, "县重点项目建设推进办公室");
    assert.equal(
      traffic.body.at(-1),
      "请于5个工作日内将整改措施及推进情况书面报送县重点项目建设推进办公室。"
    );
  });

  it("names each project with its figures, worst lag first, in 万元 with separators", () => {
    const traffic = letters[1];
    assert.deepEqual(traffic.body.slice(1, 3), [
      "1.方山至坡头道路改建工程：年度计划投资30,000万元，1-9月完成投资6,000万元，占年度计划的20.00%，低于时序进度55.00个百分点，严重滞后。",
      "2.济源大道拓宽改建项目：年度计划投资8,000万元，1-9月完成投资5,600万元，占年度计划的70.00%，低于时序进度5.00个百分点。",
    ]);
    // The ledger's 存在问题 goes with the project.
    assert.match(letters[0].body[1], /^1\.天昱太阳能玻璃项目：.*。存在问题：资金缺口。$/);
  });

  it("asks units with projects not started to start them", () => {
    const education = letters[2];
    assert.match(education.body[0], /其中，未开工项目1个，具体情况如下：$/);
    assert.match(education.body[1], /：年度计划投资[\d,]+万元，尚未开工。$/);
    assert.match(education.body.at(-2)!, /未开工项目要加快办理前期手续/);
    assert.doesNotMatch(letters[1].body.at(-2)!, /未开工项目/);
  });

  it("has an English variant", () => {
    const en = buildReminderLetters(report, { lang: "en", date: DATE });
    assert.equal(en[0].addressee, "To 县工信局:");
    assert.equal(en[0].fileName, "Letter-县工信局");
    assert.equal(en[0].date, "15 October 2024");
    assert.match(en[0].body[0], /^As of end of Sep 2024, your unit leads 1 key project with/);
    assert.match(en[1].body[1], /percentage points behind the time schedule, severely behind\.$/);
  });

  it("refuses a date that does not exist and a 文号 pattern without its number", () => {
    for (const date of ["2024-02-30", "2024-13-01", "15/10/2024", ""]) {
      assert.throws(
        () => buildReminderLetters(report, { lang: "zh-CN", date }),
        (e: unknown) =>
          isInputError(e) && e.code === "input.letter-date" && e.text["zh-CN"].includes(date),
        date
      );
    }
    assert.throws(
      () =>
        buildReminderLetters(report, { lang: "zh-CN", date: DATE, letterNumber: "督〔{year}〕号" }),
      (e: unknown) => isInputError(e) && e.code === "input.letter-number"
    );
    assert.equal(letterNumberProblem(DEFAULT_LETTER_NUMBER), null);
    assert.match(letterNumberProblem("督〔{年}〕{n}号")!["zh-CN"], /\{年\} 无法识别/);
    assert.match(letterNumberProblem("")!.en, /1 to 60 characters/);
  });
});

describe("reminder letters: the unit's people from the ledger", () => {
  it("gives the responsible unit's 责任人, 联络人 and 电话 when the ledger has them", () => {
    const report = makeReport(SAMPLE);
    const traffic = report.projects.filter((p) => p.row.responsibleUnit === "县交通局");
    traffic[1].row.responsibleContact = {
      person: "叶景林",
      contact: "庄毅斌",
      phone: "0596-1234567",
    };
    const letters = buildReminderLetters(report, { lang: "zh-CN", date: DATE });
    const letter = letters.find((l) => l.key === "letter:县交通局")!;
    assert.equal(letter.contact, "（责任人：叶景林；联络人：庄毅斌；电话：0596-1234567）");
    // Units whose rows name nobody get no contact block.
    assert.equal(letters.find((l) => l.key === "letter:县工信局")!.contact, null);
  });

  it("leaves out the fields the ledger leaves blank", () => {
    const report = makeReport(SAMPLE);
    report.projects[2].row.responsibleContact = {
      person: null,
      contact: " ",
      phone: "13800000000",
    };
    const letter = buildReminderLetters(report, { lang: "en", date: DATE })[1];
    assert.equal(letter.contact, "(Phone: 13800000000)");
    report.projects[2].row.responsibleContact = { person: "A", contact: null, phone: "1" };
    const both = buildReminderLetters(report, { lang: "en", date: DATE })[1];
    assert.equal(both.contact, "(In charge: A; phone: 1)");
  });
});

describe("reminder letters: file names", () => {
  it("replaces characters no disk allows and keeps names unique without case", () => {
    const long = "城东新区管理委员会经济发展局重点项目建设推进办公室综合".repeat(4);
    assert.deepEqual(
      uniqueFileNames([
        "督导函-县住建局/城投",
        "督导函-县住建局:城投",
        "Letter-A",
        "letter-a",
        " .督导函-\u0001x. ",
        long,
        `${long}二科`,
      ]),
      [
        "督导函-县住建局_城投",
        "督导函-县住建局_城投 (2)",
        "Letter-A",
        "letter-a (2)",
        "督导函-_x",
        long.slice(0, 80),
        `${long.slice(0, 80)} (2)`,
      ]
    );
  });
});

describe("the letter sheet: one sheet listing every unit", () => {
  const report = makeReport(SAMPLE);
  report.projects[2].row.responsibleContact = { person: "叶景林", contact: null, phone: "0596-1" };
  const sheet = buildLetterListSheet(report, { lang: "zh-CN" })!;

  it("has one row per unit written to, with counts, projects, figures and contacts", () => {
    assert.equal(sheet.key, "letters");
    assert.equal(sheet.name, "督导函");
    assert.equal(sheet.title, "2024年1-9月全市重点项目督导函发送清单");
    assert.deepEqual(
      sheet.headerRows[0].map((h) => h.text),
      [
        "序号",
        "责任单位",
        "滞后项目（个）",
        "其中严重滞后（个）",
        "未开工项目（个）",
        "督导项目",
        "年度计划投资",
        "1-9月完成投资",
        "占年度计划%",
        "与时序进度比\n（±个百分点）",
        "责任人",
        "电话",
      ]
    );
    assert.deepEqual(
      sheet.rows.map((r) => r.values.slice(0, 6)),
      [
        // 天昱 is 25 points behind: severe or not by the default bands.
        [
          1,
          "县工信局",
          1,
          Number(report.projects[1].schedule.status === "severely-behind"),
          0,
          "天昱太阳能玻璃项目",
        ],
        [2, "县交通局", 2, 1, 0, "方山至坡头道路改建工程、济源大道拓宽改建项目"],
        [3, "县教育局", 0, 0, 1, sheet.rows[2].values[5]],
      ]
    );
    const traffic = sheet.rows[1].values;
    assert.deepEqual(traffic.slice(6, 8), [38000, 11600]);
    assert.ok(Math.abs((traffic[9] as number) - (11600 / 38000 - 0.75) * 100) < 1e-9);
    assert.deepEqual(traffic.slice(10), ["叶景林", "0596-1"]);
    assert.deepEqual(sheet.rows[0].values.slice(10), ["", ""]);
    assert.equal(sheet.varianceColumn, 9);
    assert.match(sheet.footnotes.join(""), /--letters/);
    const layout = layoutSheet(sheet);
    assert.ok(layout.values.every((row) => row.length === sheet.columns.length));
  });

  it("has no contact columns when the ledger names nobody, and no sheet without letters", () => {
    const plain = buildLetterListSheet(makeReport(SAMPLE), { lang: "en" })!;
    assert.equal(plain.name, "Reminder letters");
    assert.equal(plain.headerRows[0].length, 10);
    const allAhead = makeReport([
      { name: "甲", responsibleUnit: "县发改局", total: 5000, plan: 100, done: 100 },
    ]);
    assert.equal(buildLetterListSheet(allAhead, { lang: "zh-CN" }), null);
    assert.deepEqual(buildReminderLetters(allAhead, { lang: "zh-CN", date: DATE }), []);
  });
});
