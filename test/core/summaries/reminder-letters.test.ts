import assert from "node:assert/strict";
import { buildReminderLetters } from "../../../src/core/summaries";
import { layoutSheet } from "../../../src/core/sheet-spec";
import { makeReport, SAMPLE } from "./report-builder";

describe("reminder letters", () => {
  const report = makeReport(SAMPLE);
  const letters = buildReminderLetters(report, {
    lang: "zh-CN",
    issuer: "县重点项目建设推进办公室",
  });

  it("writes one letter per unit with lagging or not-started projects, none for the others", () => {
    // 县发改局 has only projects ahead of schedule.
    assert.deepEqual(
      letters.map((l) => l.key),
      ["letter:县工信局", "letter:县交通局", "letter:县教育局"]
    );
    assert.deepEqual(
      letters.map((l) => l.name),
      ["督导函-县工信局", "督导函-县交通局", "督导函-县教育局"]
    );
  });

  it("addresses the unit and states its counts and figures in official style", () => {
    const traffic = letters[1];
    assert.equal(traffic.title, "关于加快推进重点项目建设进度的督导函");
    assert.deepEqual(traffic.leadParagraphs, [
      "县交通局：",
      "\u3000\u3000截至2024年9月底，你单位牵头负责的重点项目共2个，总投资10.00亿元，年度计划投资3.80亿元，累计完成投资1.16亿元，占年度计划的30.53%，低于时间进度44.47个百分点。其中，进度滞后项目2个（其中严重滞后1个），具体情况见下表。",
    ]);
    assert.deepEqual(
      traffic.paragraphs?.[1],
      "\u3000\u3000请于5个工作日内将整改措施及推进情况书面报送县重点项目建设推进办公室。"
    );
    assert.deepEqual(traffic.signatureLines, ["县重点项目建设推进办公室", "2024年10月X日"]);
  });

  it("lists the unit's lagging projects with their figures, worst first", () => {
    const traffic = letters[1];
    assert.deepEqual(
      traffic.rows.map((r) => r.values),
      [
        [1, "方山至坡头道路改建工程", 80000, 30000, 6000, 0.2, (0.2 - 0.75) * 100, "严重滞后"],
        [2, "济源大道拓宽改建项目", 20000, 8000, 5600, 0.7, (0.7 - 0.75) * 100, "滞后"],
      ]
    );
    assert.deepEqual(
      traffic.rows.map((r) => r.ledgerRow),
      [6, 7]
    );
    assert.deepEqual(
      traffic.headerRows[1].map((h) => h.text),
      ["计划投资（万元）", "1-9月完成投资（万元）", "占年度计划%"]
    );
  });

  it("asks units with projects not started to start them", () => {
    const education = letters[2];
    assert.match(education.leadParagraphs![1], /其中，未开工项目1个，具体情况见下表。$/);
    assert.match(education.paragraphs![0], /未开工项目要加快办理前期手续/);
    assert.doesNotMatch(letters[1].paragraphs![0], /未开工项目/);
  });

  it("lays the letter out top to bottom: addressee, body, table, closing, sender", () => {
    const layout = layoutSheet(letters[1]);
    const column = layout.values.map((row) => row[0]);
    assert.equal(column[0], "关于加快推进重点项目建设进度的督导函");
    assert.equal(column[1], "县交通局：");
    assert.equal(column[3], "序号");
    assert.equal(column.at(-2), "县重点项目建设推进办公室");
    assert.equal(column.at(-1), "2024年10月X日");
    assert.deepEqual(layout.freeze, { rows: 0, columns: 0 });
    const right = layout.styles.filter(
      (s) => s.style.hAlign === "right" && s.range.top >= layout.values.length - 2
    );
    assert.equal(right.length, 2);
  });

  it("dates a December letter in January of the next year, and has an English variant", () => {
    const december = buildReminderLetters(makeReport(SAMPLE, { month: 12 }), { lang: "zh-CN" });
    assert.equal(december[0].signatureLines?.[1], "2025年1月X日");
    const en = buildReminderLetters(report, { lang: "en" });
    assert.equal(en[0].leadParagraphs?.[0], "To 县工信局:");
    assert.equal(en[0].name, "Letter-县工信局");
    assert.match(
      en[0].leadParagraphs![1],
      /^As of end of Sep 2024, your unit leads 1 key project with/
    );
  });
});

describe("reminder letters: the unit's people from the ledger", () => {
  it("names the responsible unit's 责任人, 联络人 and 电话 under the addressee", () => {
    const report = makeReport(SAMPLE);
    const traffic = report.projects.filter((p) => p.row.responsibleUnit === "县交通局");
    traffic[0].row.responsibleContact = {
      person: "叶景林",
      contact: "庄毅斌",
      phone: "0596-1234567",
    };
    const letters = buildReminderLetters(report, { lang: "zh-CN" });
    const letter = letters.find((l) => l.key === "letter:县交通局")!;
    assert.deepEqual(letter.leadParagraphs?.slice(0, 2), [
      "县交通局：",
      "（责任人：叶景林；联络人：庄毅斌；电话：0596-1234567）",
    ]);
    const other = letters.find((l) => l.key === "letter:县工信局")!;
    assert.equal(other.leadParagraphs?.length, 2);
  });
});
