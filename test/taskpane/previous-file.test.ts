/** Last month's ledger from a picked file (the pane's state, without React or a browser). */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import { findLedgerSheet } from "../../src/core/reader/index";
import { paneErrorOf } from "../../src/taskpane/state/errors";
import { TEXT } from "../../src/taskpane/i18n";
import {
  MAX_PREVIOUS_FILE_BYTES,
  type PickedFile,
  readPreviousLedgerFile,
} from "../../src/taskpane/state/previous-file";
import { FileProblem } from "../../src/xlsx/errors";
import { readWorkbookGridsFromBuffer, readXlsInNode } from "../../src/xlsx/read-grid";
import { readWorkbookGridsInBrowser } from "../../src/xlsx/read-grid-browser";

/**
 * The pane imports the reader lazily (a webpack chunk); here it is loaded already, with SheetJS
 * required as in Node (its chunk's import() finds no .ts file here).
 */
const reader = {
  readWorkbookGridsInBrowser: (bytes: Uint8Array, file: string) =>
    readWorkbookGridsInBrowser(bytes, file, readXlsInNode),
};
const read = (file: PickedFile) => readPreviousLedgerFile(file, async () => reader);

const SAMPLE = resolve(__dirname, "..", "..", "samples", "county-2024-m09.xlsx");

function picked(name: string, bytes: Buffer): PickedFile & { reads: number } {
  const file = {
    name,
    size: bytes.length,
    reads: 0,
    arrayBuffer: async () => {
      file.reads++;
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
    },
  };
  return file;
}

async function problem(file: PickedFile): Promise<FileProblem> {
  try {
    await read(file);
  } catch (error) {
    assert.ok(error instanceof FileProblem, String(error));
    return error;
  }
  assert.fail("the file was read");
}

async function book(sheets: [name: string, rows: (string | number)[][]][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of sheets) wb.addWorksheet(name).addRows(rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("taskpane: last month's ledger from a picked .xlsx", function () {
  this.timeout(30_000);

  it("reads the first sheet that is a ledger, labelled with the file's name", async () => {
    const bytes = readFileSync(SAMPLE);
    const ledger = await read(picked("九月台账.xlsx", bytes));
    const cli = findLedgerSheet(await readWorkbookGridsFromBuffer(bytes, "x.xlsx"));
    assert.ok(cli);
    assert.equal(ledger.sheetName, "[九月台账.xlsx]9月");
    assert.equal(ledger.projects.length, cli.ledger.projects.length);
    assert.equal(ledger.projects.length, 120);
    assert.deepEqual({ ...ledger, sheetName: cli.ledger.sheetName }, cli.ledger);
  });

  it("skips sheets that are not ledgers; names every sheet tried when none is", async () => {
    const header = ["序号", "项目名称", "总投资（万元）", "年度计划投资", "1-9月累计完成投资"];
    const withLedger = await book([
      ["说明", [["填报说明：本表按月报送。"]]],
      ["台账", [header, [1, "产业园项目", 30000, 12000, 9000]]],
    ]);
    const ledger = await read(picked("two.xlsx", withLedger));
    assert.equal(ledger.sheetName, "[two.xlsx]台账");
    assert.deepEqual(
      ledger.projects.map((p) => p.name),
      ["产业园项目"]
    );

    const notes = await book([
      ["说明", [["填报说明"]]],
      ["附表", [["联系人", "电话"]]],
    ]);
    const refused = await problem(picked("notes.xlsx", notes));
    assert.equal(
      refused.text["zh-CN"],
      "notes.xlsx：工作表 “说明”、“附表” 都不是可以检查的项目台账（每行一个项目，有项目名称和金额列）；工作表“说明”不像项目台账：前1行中找不到表头（如“项目名称”“总投资”）；工作表“附表”不像项目台账：前1行中找不到表头（如“项目名称”“总投资”）。请选择上月的台账文件。"
    );
    assert.match(
      refused.text.en,
      /^notes\.xlsx: no sheet reads as a project ledger to check \(one project per row, with project names and amounts; tried "说明", "附表"\)/
    );
  });

  it("refuses a file too big to be a ledger without reading it", async () => {
    const file = { ...picked("huge.xlsx", Buffer.alloc(10)), size: MAX_PREVIOUS_FILE_BYTES + 1 };
    const refused = await problem(file);
    assert.match(refused.text["zh-CN"], /^huge\.xlsx：文件太大（50 MB）/);
    assert.equal(file.reads, 0);
  });

  it("an unreadable file becomes a pane error with its message and what to do", async () => {
    const xls = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(xls);
    const error = paneErrorOf(await problem(picked("旧台账.xls", xls)));
    assert.equal(error.code, "file");
    assert.match(error.message["zh-CN"], /^旧台账\.xls：这是旧版 Excel 97-2003 工作簿（\.xls）/);
    assert.deepEqual(error.next, TEXT.errorFile);
  });
});
