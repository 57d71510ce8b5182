/** The zip-bomb guard of the .xlsx reader: declared sizes and ratios are checked before inflating. */
import assert from "node:assert/strict";
import { FileProblem } from "../../src/xlsx/errors";
import { openXlsxPackage } from "../../src/xlsx/open-package";
import { readWorkbookGridsFromBuffer } from "../../src/xlsx/read-grid";
import { ZIP_LIMITS, assertNoZipBomb, readCentralDirectory } from "../../src/xlsx/zip-guard";
import { addGridSheet } from "../fake-excel/grid-fill";
import { generateLedgerGrid } from "../fake-excel/generate-ledger";
import { FakeExcelHost } from "../fake-excel/host";
import { saveHostAsXlsx } from "../fake-excel/save-xlsx";
import { CORPUS } from "./corpus";
import { rawWorkbook, repeatedDeflate } from "./zip-writer";

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof FileProblem, String(error));
    return error.text["zh-CN"];
  }
  return "";
}

describe("xlsx zip-bomb guard", function () {
  this.timeout(120_000);

  it("refuses the 2 GB bomb from its directory in milliseconds, without inflating it", async () => {
    const bytes = await CORPUS.find((c) => c.file === "zip-bomb.xlsx")!.make();
    const entries = readCentralDirectory(bytes)!;
    const sheet = entries.find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    assert.ok(sheet.uncompressedSize > 2 * 1024 ** 3 - 1, `${sheet.uncompressedSize} declared`);
    const rss = process.memoryUsage().rss;
    const started = Date.now();
    await assert.rejects(openXlsxPackage("bomb.xlsx", bytes), (error: unknown) => {
      assert.ok(error instanceof FileProblem);
      assert.match(
        error.text["zh-CN"],
        /^bomb\.xlsx：其中的 xl\/worksheets\/sheet1\.xml 解压后达 2\.0 GB/
      );
      assert.match(error.text.en, /looks like a zip bomb and was refused/);
      return true;
    });
    assert.ok(Date.now() - started < 1000, "refused at once");
    assert.ok(process.memoryUsage().rss - rss < 256 * 1024 ** 2, "nothing was inflated");
  });

  it("refuses a part that inflates past its declared size, stopping at the declared size", () => {
    const body = repeatedDeflate("<row/>".repeat(100_000), 200); // 120 MB when inflated
    const bytes = rawWorkbook({ deflated: body.deflated, declaredSize: 1000 });
    assert.match(
      refusal(() => assertNoZipBomb("liar.xlsx", bytes)),
      /超过了它声明的大小（1000 B）/
    );
  });

  it("the reader, inflating the sheet in the thread pool, stops a liar at its declared size and tells corrupt data", async () => {
    const refusedBy = async (bytes: Buffer) => {
      try {
        await readWorkbookGridsFromBuffer(bytes, "liar.xlsx");
      } catch (error) {
        assert.ok(error instanceof FileProblem, String(error));
        return error.text["zh-CN"];
      }
      return "";
    };
    const body = repeatedDeflate("<row/>".repeat(100_000), 200); // 120 MB when inflated
    const liar = rawWorkbook({ deflated: body.deflated, declaredSize: 1000 });
    assert.match(await refusedBy(liar), /超过了它声明的大小（1000 B）/);
    const small = repeatedDeflate("<row/>".repeat(1000), 2); // 12 KB, under the ratio floor
    const garbage = Buffer.from(small.deflated);
    garbage.fill(0xff, 0, 16); // an invalid deflate block
    const corrupt = rawWorkbook({ deflated: garbage, declaredSize: small.size });
    assert.match(await refusedBy(corrupt), /文件已损坏/);
  });

  it("limits: the ratio rule applies above its floor, the total rule to all parts together", () => {
    const body = repeatedDeflate(" ".repeat(1 << 20), 4); // 4 MB of spaces, ratio ~1000
    const bytes = rawWorkbook({ deflated: body.deflated, declaredSize: body.size });
    assert.doesNotThrow(
      () => assertNoZipBomb("small.xlsx", bytes),
      "4 MB is under the ratio floor"
    );
    const strict = { ...ZIP_LIMITS, ratioFloorBytes: 1 << 20 };
    assert.match(
      refusal(() => assertNoZipBomb("dense.xlsx", bytes, strict)),
      /约 \d+ 倍/
    );
    const tight = { ...ZIP_LIMITS, maxTotalBytes: 1 << 20 };
    assert.match(
      refusal(() => assertNoZipBomb("total.xlsx", bytes, tight)),
      /解压后共 4\.0 MB/
    );
  });

  it("lets a legitimate 50,000-row workbook through, with a wide margin", async () => {
    const host = new FakeExcelHost();
    addGridSheet(host, generateLedgerGrid(50_000));
    const bytes = await saveHostAsXlsx(host);
    const entries = readCentralDirectory(bytes)!;
    const sheet = entries.find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    const ratio = sheet.uncompressedSize / sheet.compressedSize;
    assert.ok(ratio < ZIP_LIMITS.maxRatio / 4, `sheet ratio ${ratio.toFixed(1)}`);
    assert.ok(sheet.uncompressedSize < ZIP_LIMITS.maxEntryBytes / 4);
    const started = Date.now();
    assert.doesNotThrow(() => assertNoZipBomb("big.xlsx", bytes));
    assert.ok(Date.now() - started < 2000, `the guard took ${Date.now() - started} ms`);
  });
});
