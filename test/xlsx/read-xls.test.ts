/**
 * Excel 97-2003 workbooks (.xls): the fixture workbooks converted by LibreOffice read into the
 * same grids as the .xlsx they came from (values and their types, dates as serial numbers,
 * cached formula results, merges, hidden rows, hidden and very hidden sheets); the file kind is
 * told by the bytes, not the name; an encrypted .xls is refused like an encrypted .xlsx. The
 * LibreOffice part is skipped, saying so, only where soffice is not installed (CI has it).
 *
 * Accepted differences between the .xls and the .xlsx reading: number formats (BIFF names
 * built-in formats by id and SheetJS spells them its own way, "m/d/yy" for id 14) and formula
 * texts (decompiled from BIFF tokens) are compared as "a date format or not" and "a formula or
 * not", which is what the core asks of them; merges as a set (BIFF lists them in its own order).
 * LibreOffice itself writes TRUE/FALSE and error constants as formulas (=TRUE(), =#N/A), and
 * has no very hidden sheets (it saves them hidden); very hidden .xls sheets are tested on a
 * file SheetJS writes.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CFB, utils, write } from "@e965/xlsx";
import ExcelJS from "exceljs";
import { isDateFormat } from "../../src/core/parse/date";
import { FileProblem } from "../../src/xlsx/errors";
import { readWorkbookSheetsFromBuffer } from "../../src/xlsx/read-grid";
import type { SheetGrid } from "../../src/xlsx/reader/read-workbook";
import { badFileBytes, writeFixtures } from "../fixtures/workbooks/generate";
import { convertToXls } from "../fixtures/real-families/xlsx";

function hasSoffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

async function problemOf(bytes: Buffer, file: string): Promise<FileProblem> {
  try {
    await readWorkbookSheetsFromBuffer(bytes, file);
  } catch (error) {
    assert.ok(error instanceof FileProblem, String(error));
    return error;
  }
  assert.fail(`${file} was read`);
}

/** An .xls with a FILEPASS record after its BOF: what Excel writes for a password to open. */
function encryptedXls(): Buffer {
  const wb = utils.book_new();
  utils.book_append_sheet(wb, utils.aoa_to_sheet([["项目名称", "总投资"]]), "台账");
  const cfb = CFB.read(write(wb, { bookType: "xls", type: "buffer" }), { type: "buffer" });
  const entry = CFB.find(cfb, "Workbook");
  const stream = Buffer.from(entry.content as Uint8Array);
  const bof = 4 + stream.readUInt16LE(2);
  // FILEPASS (0x002F), XOR obfuscation with a key and verifier no default password matches.
  const filepass = Buffer.from([0x2f, 0x00, 0x06, 0x00, 0x00, 0x00, 0x34, 0x12, 0x78, 0x56]);
  entry.content = Buffer.concat([stream.subarray(0, bof), filepass, stream.subarray(bof)]);
  return Buffer.from(CFB.write(cfb, { type: "buffer" }) as Uint8Array);
}

/** A workbook of every value kind, merges, a hidden row, hidden and very hidden sheets. */
async function featureBook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("台账");
  ws.getCell("B2").value = "2024年重点项目台账";
  ws.mergeCells("B2:E2");
  ws.getCell("B3").value = "项目名称";
  ws.getCell("C3").value = "总投资";
  ws.getCell("D3").value = "开工日期";
  ws.getCell("E3").value = "是否开工";
  ws.getCell("B4").value = "产业园";
  ws.getCell("C4").value = 30000.5;
  ws.getCell("D4").value = new Date(Date.UTC(2024, 2, 15));
  ws.getCell("D4").numFmt = "yyyy-mm-dd";
  ws.getCell("E4").value = true;
  ws.getCell("B5").value = "物流中心";
  ws.getCell("C5").value = { formula: "C4*2", result: 60001 };
  ws.getCell("D5").value = { error: "#N/A" };
  ws.getCell("E5").value = false;
  ws.getRow(5).hidden = true;
  ws.getCell("B6").value = "合计";
  ws.getCell("C6").value = { formula: "C4-C4", result: 0 };
  ws.mergeCells("B7:C8");
  ws.getCell("B7").value = "注";
  wb.addWorksheet("隐藏", { state: "hidden" }).getCell("A1").value = "hidden";
  wb.addWorksheet("数据", { state: "veryHidden" }).getCell("A1").value = 7;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const isErrorValue = (value: unknown) =>
  typeof value === "string" && /^#[A-Z/0!?_]+[!?A]?$/.test(value);

/** A grid with formats and formulas reduced to what the core asks of them, merges as a set. */
function comparable(grids: SheetGrid[]) {
  return grids.map((g) => ({
    ...g,
    merges: [...(g.merges ?? [])].sort((a, b) => a.top - b.top || a.left - b.left),
    numberFormats: g.numberFormats?.map((row) =>
      row.map((f) => (f === null ? null : isDateFormat(f)))
    ),
    // LibreOffice writes TRUE/FALSE and error constants as formulas (=TRUE(), =#N/A): for
    // those cells only the value is compared.
    formulas: g.values.map((row, r) =>
      row.map((value, c) =>
        typeof value === "boolean" || isErrorValue(value)
          ? "constant or formula"
          : (g.formulas?.[r]?.[c] ?? null) !== null
      )
    ),
  }));
}

describe("xls reader", function () {
  this.timeout(300_000);
  const dir = mkdtempSync(join(tmpdir(), "tz-xls-"));

  it("refuses an encrypted .xls with the encrypted .xlsx message", async () => {
    const xls = await problemOf(encryptedXls(), "secret.xls");
    const xlsx = await problemOf(badFileBytes().encrypted, "secret.xls");
    assert.deepEqual(xls.text, xlsx.text);
    assert.match(xls.text["zh-CN"], /^secret\.xls：工作簿设有打开密码/);
  });

  it("tells the kind by the bytes: an .xls named .xlsx is read, an .xlsx named .xls too", async () => {
    const wb = utils.book_new();
    utils.book_append_sheet(wb, utils.aoa_to_sheet([["项目名称", 1]]), "台账");
    const xls = write(wb, { bookType: "xls", type: "buffer" }) as Buffer;
    const [a] = await readWorkbookSheetsFromBuffer(xls, "renamed.xlsx");
    assert.deepEqual(a.values, [["项目名称", 1]]);
    const [b] = await readWorkbookSheetsFromBuffer(await featureBook(), "renamed.xls");
    assert.equal(b.values[0][0], "2024年重点项目台账");
    const broken = await problemOf(badFileBytes().xls, "broken.xls");
    assert.match(
      broken.text["zh-CN"],
      /^broken\.xls：这是旧版 Excel 97-2003 工作簿（\.xls），但文件已损坏/
    );
  });

  it("keeps the visibility of each sheet: visible, hidden, very hidden", async () => {
    const wb = utils.book_new();
    for (const name of ["可见", "隐藏", "数据"])
      utils.book_append_sheet(wb, utils.aoa_to_sheet([[name]]), name);
    wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }, { Hidden: 2 }] };
    const sheets = await readWorkbookSheetsFromBuffer(
      write(wb, { bookType: "xls", type: "buffer" }) as Buffer,
      "states.xls"
    );
    assert.deepEqual(
      sheets.map((g) => [g.sheetName, g.state ?? "visible"]),
      [
        ["可见", "visible"],
        ["隐藏", "hidden"],
        ["数据", "veryHidden"],
      ]
    );
  });

  describe("converted by LibreOffice", () => {
    let soffice = true;
    const xlsOf = new Map<string, string>();

    before(async function () {
      soffice = hasSoffice();
      if (!soffice) return;
      const fixtures = await writeFixtures(join(dir, "xlsx"));
      const feature = join(dir, "xlsx", "features.xlsx");
      writeFileSync(feature, await featureBook());
      const sources = [
        ...Object.values(fixtures).filter((f) => !f.endsWith("empty.xlsx")),
        feature,
      ];
      const converted = await convertToXls(sources, join(dir, "xls"));
      sources.forEach((source, i) => xlsOf.set(source, converted[i]));
    });

    beforeEach(function () {
      if (!soffice) {
        console.log("      (skipped: LibreOffice's soffice is not installed)");
        this.skip();
      }
    });

    it("every value kind, merges, hidden rows and sheet states (golden)", async () => {
      const xls = [...xlsOf.entries()].find(([source]) => source.endsWith("features.xlsx"))![1];
      const [ledger, hidden, veryHidden] = await readWorkbookSheetsFromBuffer(
        readFileSync(xls),
        "f.xls"
      );
      assert.deepEqual(ledger.origin, { row: 1, col: 1 });
      assert.deepEqual(ledger.values, [
        ["2024年重点项目台账", null, null, null],
        ["项目名称", "总投资", "开工日期", "是否开工"],
        ["产业园", 30000.5, 45366, true],
        ["物流中心", 60001, "#N/A", false],
        ["合计", 0, null, null],
        ["注", null, null, null],
        [null, null, null, null],
      ]);
      assert.deepEqual(ledger.merges, [
        { top: 0, left: 0, bottom: 0, right: 3 },
        { top: 5, left: 0, bottom: 6, right: 1 },
      ]);
      assert.deepEqual(ledger.hiddenRows, [3]);
      assert.equal(isDateFormat(ledger.numberFormats?.[2][2] ?? null), true);
      assert.deepEqual(
        ledger.formulas?.map((row) => row[1] !== null),
        [false, false, false, true, true, false, false]
      );
      // LibreOffice knows no very hidden sheets: it saves 数据 hidden.
      assert.deepEqual(
        [hidden, veryHidden].map((g) => [g.sheetName, g.state, g.values]),
        [
          ["隐藏", "hidden", [["hidden"]]],
          ["数据", "hidden", [[7]]],
        ]
      );
    });

    it("the .xls of each fixture reads as the .xlsx it came from", async () => {
      assert.ok(xlsOf.size >= 9, `${xlsOf.size} files`);
      for (const [source, xls] of xlsOf) {
        if (source.endsWith("features.xlsx")) continue; // its very hidden sheet: see above
        const fromXlsx = await readWorkbookSheetsFromBuffer(readFileSync(source), "x");
        const fromXls = await readWorkbookSheetsFromBuffer(readFileSync(xls), "x");
        assert.deepEqual(comparable(fromXls), comparable(fromXlsx), source);
      }
    });
  });
});
