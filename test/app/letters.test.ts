import assert from "node:assert/strict";
import { letterDownload, paneLetters } from "../../src/app/letters";
import { parseWorkbookOptions } from "../../src/app/settings";
import type { ReminderLetter } from "../../src/core/index";
import { makeReport, SAMPLE } from "../core/summaries/report-builder";

describe("app: the 督导函 from a pane", () => {
  const report = makeReport(SAMPLE);

  it("keeps the saved 文号 pattern, first number and date, and names every bad one", () => {
    const good = parseWorkbookOptions({
      issuer: "县重点办",
      letterNumber: "县重点办督〔{year}〕{n}号",
      firstLetterNumber: 12,
      letterDate: "2024-10-15",
    });
    assert.deepEqual(good.problems, []);
    assert.equal(good.options.letterNumber, "县重点办督〔{year}〕{n}号");
    const bad = parseWorkbookOptions({
      letterNumber: "督〔{year}〕号",
      firstLetterNumber: 0,
      letterDate: "2024-02-30",
    });
    assert.deepEqual(bad.options, {});
    assert.deepEqual(
      bad.problems.map((p) => p["zh-CN"]),
      ["letterNumber", "firstLetterNumber", "letterDate"].map(
        (key) => `工作簿中保存的设置“${key}”取值有误，已忽略。`
      )
    );
  });

  it("dates the letters with the saved date, else the day the view gives", () => {
    const saved = {
      issuer: "县重点办",
      letterNumber: "县重点办督〔{year}〕{n}号",
      firstLetterNumber: 12,
    };
    const today = paneLetters(report, saved, "zh-CN", "2024-11-03");
    assert.deepEqual(
      today.map((l) => [l.documentNumber, l.date, l.issuer]),
      [
        ["县重点办督〔2024〕12号", "2024年11月3日", "县重点办"],
        ["县重点办督〔2024〕13号", "2024年11月3日", "县重点办"],
        ["县重点办督〔2024〕14号", "2024年11月3日", "县重点办"],
      ]
    );
    const fixed = paneLetters(
      report,
      { ...saved, letterDate: "2024-10-15" },
      "zh-CN",
      "2024-11-03"
    );
    assert.ok(fixed.every((l) => l.date === "2024年10月15日"));
  });

  it("packs every letter into one download named after the period, none without letters", async () => {
    let packed: readonly ReminderLetter[] = [];
    const pack = async (letters: readonly ReminderLetter[]) => {
      packed = letters;
      return new Uint8Array([1, 2, 3]);
    };
    const download = await letterDownload(report, {}, "zh-CN", "2024-10-15", pack);
    assert.deepEqual(download, {
      fileName: "督导函-2024年1-9月.zip",
      bytes: new Uint8Array([1, 2, 3]),
      count: 3,
    });
    assert.deepEqual(
      packed.map((l) => l.unit),
      ["县工信局", "县交通局", "县教育局"]
    );
    const en = await letterDownload(report, {}, "en", "2024-10-15", pack);
    assert.equal(en?.fileName, "Reminder letters-Jan–Sep 2024.zip");
    const allAhead = makeReport([
      { name: "甲", responsibleUnit: "县发改局", total: 5000, plan: 100, done: 100 },
    ]);
    assert.equal(await letterDownload(allAhead, {}, "zh-CN", "2024-10-15", pack), null);
  });
});
