import assert from "node:assert/strict";
import type { Ledger } from "../../src/core/types";
import {
  TEXT,
  amountUnitText,
  headerRowsText,
  locationText,
  pickLang,
} from "../../src/taskpane/i18n";
import { ledgerPeriodLabel } from "../../src/core/index";

/** Only the fields the wording functions read. */
function ledgerWith(fields: Partial<Ledger>): Ledger {
  return {
    origin: { row: 0, col: 0 },
    header: null,
    amountUnit: "万元",
    amountUnitSource: "default",
    reportingMonth: null,
    reportingYear: null,
    ...fields,
  } as Ledger;
}

describe("task pane wording (i18n)", function () {
  it("speaks Chinese for any zh display language, English otherwise", function () {
    assert.equal(pickLang("zh-CN"), "zh-CN");
    assert.equal(pickLang("zh-TW"), "zh-CN");
    assert.equal(pickLang("ZH-hk"), "zh-CN");
    assert.equal(pickLang("en-US"), "en");
    assert.equal(pickLang("fr-FR"), "en");
    assert.equal(pickLang(undefined), "en");
  });

  it("has every string in both languages, the Chinese one in Chinese", function () {
    for (const [key, text] of Object.entries(TEXT)) {
      assert.match(text["zh-CN"], /\p{Script=Han}/u, key);
      assert.match(text.en, /^[^\p{Script=Han}]+$/u, key);
    }
  });

  it("gives header rows as sheet rows, counting from the grid's origin", function () {
    const twoRows = ledgerWith({ origin: { row: 4, col: 1 }, header: { first: 2, last: 3 } });
    assert.equal(headerRowsText(twoRows, "zh-CN"), "第7—8行");
    assert.equal(headerRowsText(twoRows, "en"), "rows 7–8");
    const oneRow = ledgerWith({ header: { first: 0, last: 0 } });
    assert.equal(headerRowsText(oneRow, "zh-CN"), "第1行");
    assert.equal(headerRowsText(oneRow, "en"), "row 1");
    assert.equal(headerRowsText(ledgerWith({}), "en"), "not found");
  });

  it("words the ledger's reporting month as the sheets do, with or without a year", function () {
    assert.equal(
      ledgerPeriodLabel(ledgerWith({ reportingMonth: 6, reportingYear: 2024 }), "zh-CN"),
      "2024年1-6月"
    );
    assert.equal(
      ledgerPeriodLabel(ledgerWith({ reportingMonth: 6, reportingYear: 2024 }), "en"),
      "Jan–Jun 2024"
    );
    assert.equal(ledgerPeriodLabel(ledgerWith({ reportingMonth: 9 }), "zh-CN"), "1-9月");
    assert.equal(ledgerPeriodLabel(ledgerWith({}), "zh-CN"), null);
  });

  it("names the amount unit and where it came from", function () {
    const yi = ledgerWith({ amountUnit: "亿元", amountUnitSource: "unit-line" });
    assert.equal(amountUnitText(yi, "zh-CN"), "亿元（据单位行）");
    assert.equal(amountUnitText(yi, "en"), "亿元 (CNY 100 million), from the unit line");
    const usd = ledgerWith({ amountUnit: "万美元", amountUnitSource: "header" });
    assert.equal(amountUnitText(usd, "en"), "万美元 (USD 10,000), from the header");
  });

  it("locates findings as Sheet!F12, Sheet!F, Sheet!12 or the sheet", function () {
    assert.equal(locationText("9月", "F", 12), "9月!F12");
    assert.equal(locationText("9月", "F", null), "9月!F");
    assert.equal(locationText("9月", null, 12), "9月!12");
    assert.equal(locationText("9月", null, null), "9月");
  });
});
