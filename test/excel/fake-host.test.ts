import assert from "node:assert/strict";
import { FakeExcelHost } from "../fake-excel/host";

type Ctx = Excel.RequestContext;

describe("fake Excel host", () => {
  function host(excelApi = "1.13"): FakeExcelHost {
    const h = new FakeExcelHost({ excelApi });
    const sheet = h.addSheet("S");
    sheet.setTyped(0, 0, "a");
    sheet.setTyped(1, 1, 2);
    return h;
  }

  /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load -- this test reads too early on purpose */
  it("throws PropertyNotLoaded before load() + sync(), then answers", async () => {
    const h = host();
    await h.run(async (context) => {
      const range = (context as unknown as Ctx).workbook.worksheets.getItem("S").getRange("A1:B2");
      assert.throws(
        () => range.values,
        (e: { code?: string }) => e.code === "PropertyNotLoaded"
      );
      range.load("values");
      assert.throws(
        () => range.values,
        (e: { code?: string }) => e.code === "PropertyNotLoaded"
      );
      await context.sync();
      assert.deepEqual(range.values, [
        ["a", ""],
        ["", 2],
      ]);
    });
  });
  /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */

  it("applies writes at sync, not before", async () => {
    const h = host();
    await h.run(async (context) => {
      (context as unknown as Ctx).workbook.worksheets.getItem("S").getRange("C1").values = [[5]];
      assert.equal(h.sheet("S").getValue(0, 2), undefined);
      await context.sync();
      assert.equal(h.sheet("S").getValue(0, 2), 5);
    });
    assert.equal(h.syncCount, 1);
  });

  it("gives null objects from *OrNullObject and fails getItem at sync", async () => {
    const h = host();
    await h.run(async (context) => {
      const ws = (context as unknown as Ctx).workbook.worksheets;
      const missing = ws.getItemOrNullObject("nope").load("name");
      await context.sync();
      assert.equal(missing.isNullObject, true);
      assert.throws(() => missing.name);
      ws.getItem("nope").load("name");
      await assert.rejects(context.sync(), (e: { code?: string }) => e.code === "ItemNotFound");
    });
  });

  it("rejects requests over 5 MB and reads over 5,000,000 cells", async () => {
    const h = host();
    await h.run(async (context) => {
      const sheet = (context as unknown as Ctx).workbook.worksheets.getItem("S");
      const big = Array.from({ length: 60_000 }, () => ["x".repeat(90)]);
      sheet.getRange("A1:A60000").values = big;
      await assert.rejects(
        context.sync(),
        (e: { code?: string }) => e.code === "RequestPayloadSizeLimitExceeded"
      );
      sheet.getRange("A1:E1000001").load("values");
      await assert.rejects(
        context.sync(),
        (e: { code?: string }) => e.code === "ResponsePayloadSizeLimitExceeded"
      );
    });
    assert.equal(h.sheet("S").getValue(5, 0), undefined, "a rejected request changes nothing");
    assert.ok(h.syncs[0].requestBytes > 5 * 1024 * 1024);
  });

  it("fails members above the host's ExcelApi version with ApiNotFound", async () => {
    const h = host("1.7");
    assert.equal(h.isSetSupported("ExcelApi", "1.7"), true);
    assert.equal(h.isSetSupported("ExcelApi", "1.13"), false);
    await h.run(async (context) => {
      (context as unknown as Ctx).workbook.worksheets
        .getItem("S")
        .getRange("A1:B2")
        .getMergedAreasOrNullObject()
        .load("address");
      await assert.rejects(context.sync(), (e: { code?: string }) => e.code === "ApiNotFound");
    });
  });

  it("stores written strings like typed ones unless apostrophe-prefixed or Text-formatted", async () => {
    const h = host();
    await h.run(async (context) => {
      const sheet = (context as unknown as Ctx).workbook.worksheets.getItem("S");
      sheet.getRange("D1:D2").numberFormat = [["General"], ["@"]];
      sheet.getRange("A3:D3").values = [["=1+1", "'=1+1", "0012", "TRUE"]];
      sheet.getRange("D2").values = [["=X"]];
      await context.sync();
    });
    const s = h.sheet("S");
    assert.equal(s.getFormula(2, 0), "=1+1");
    assert.equal(s.getValue(2, 1), "=1+1");
    assert.equal(s.getFormula(2, 1), undefined);
    assert.equal(s.getValue(2, 2), 12);
    assert.equal(s.getValue(2, 3), true);
    assert.equal(s.getValue(1, 3), "=X");
  });
});
