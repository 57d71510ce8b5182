/**
 * The hostile-input corpus: broken, odd and malicious workbooks, generated at test time into a
 * temp folder (nothing big is committed). Each case says what a user must see: refused with a
 * message (exit 2), or read (exit 0) with a message about the odd part where there is one.
 *   npx tsx test/hostile/corpus.ts OUT_DIR      writes the files for a look in Excel
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { AMPLIFICATION } from "./amplification";
import { rawWorkbook, repeatedDeflate, SHEET_CLOSE, SHEET_OPEN, zipPackage } from "./zip-writer";

/** Text that must never become a formula, a link or markup in any output. */
export const FORMULA_LIKE = [
  "=1+1",
  "+86 10 1234 5678",
  "-5号地块项目",
  "@SUM(A1:A9)",
  '=HYPERLINK("http://x","y")',
  "=cmd|' /C calc'!A0",
];
export const MARKUP = [
  '<script>alert("x")</script>项目',
  "<img src=x onerror=alert(1)>",
  "]]>&amp;<!--",
];
/** Emoji (with ZWJ and skin tone), combining marks, right-to-left text, a BOM-like mark. */
export const UNICODE_NAMES = [
  "🏗️智慧园区👷🏽‍♀️项目",
  "Cafe\u0301 e\u0308\u0323 项目",
  "مشروع الطريق 项目",
  "\u202Eevil\u202C 项目",
];

export interface CorpusCase {
  /** File name (ASCII, unique). */
  file: string;
  what: string;
  make: () => Promise<Buffer> | Buffer;
  /** Refused: exit 2 and these substrings (zh-CN) on stderr. Read: exit 0. */
  expect:
    | { refused: string[] }
    | {
        read: true;
        /** Substrings that must appear in some zh-CN finding message of the JSON report. */
        findings?: string[];
        /** Project count the reader finds. */
        projects?: number;
        /** Strings that must appear, as text, in the written report workbook. */
        texts?: string[];
      };
  /** --append is tried only where the input is a readable workbook. */
  append?: boolean;
  /** Fake-host path: skipped for files the .xlsx reader cannot load. Default: when read. */
  fakeHost?: boolean;
  /** Extra CLI options. */
  options?: string[];
  /** The add-in's annotate refuses with this (zh-CN) text instead of marking the ledger. */
  annotateRefused?: string;
}

type Row = ExcelJS.CellValue[];

const HEADER: Row = [
  "序号",
  "项目编码",
  "项目名称",
  "所属行业",
  "责任单位",
  "总投资",
  "年度计划投资",
  "1-6月累计完成投资",
  "存在问题",
];

/** Six plain projects: two sectors, the last three behind schedule (T = 50%). */
export function plainProjects(names: string[] = []): Row[] {
  const base = ["产业园一期", "物流中心", "污水处理厂", "学校扩建", "道路改造", "医院综合楼"];
  return base.map((fallback, i) => [
    i + 1,
    `XM${String(i + 1).padStart(4, "0")}`,
    names[i] ?? fallback,
    i % 2 === 0 ? "工业" : "社会事业",
    `责任单位${i % 3}`,
    30000 + i * 1000,
    10000,
    i < 3 ? 6000 : 1000,
    i === 5 ? "征地拆迁滞后" : null,
  ]);
}

interface LedgerLayout {
  sheetName?: string;
  title?: string | null;
  header?: Row;
  projects?: Row[];
  /** Extra rows after the projects. */
  after?: Row[];
  /** Column offset (0 = column A). */
  left?: number;
  /** First row (1-based). */
  top?: number;
}

/** Writes a ledger block (title, unit line, header, rows) on a worksheet; returns the next free row. */
export function writeLedger(ws: ExcelJS.Worksheet, layout: LedgerLayout = {}): number {
  const left = layout.left ?? 0;
  let row = layout.top ?? 1;
  const put = (values: Row) => {
    values.forEach((v, c) => {
      if (v !== null && v !== undefined) ws.getCell(row, left + c + 1).value = v;
    });
    row++;
  };
  const header = layout.header ?? HEADER;
  if (layout.title !== null) {
    put([layout.title ?? "2024年县重点项目建设进度台账"]);
    put([...new Array<null>(header.length - 1).fill(null), "单位：万元"]);
  }
  put(header);
  for (const p of layout.projects ?? plainProjects()) put(p);
  for (const extra of layout.after ?? []) put(extra);
  return row;
}

async function workbook(
  build: (wb: ExcelJS.Workbook) => void,
  tweak?: (wb: ExcelJS.Workbook) => void
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  tweak?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const ledgerBook = (layout: LedgerLayout = {}, extra?: (ws: ExcelJS.Worksheet) => void) =>
  workbook((wb) => {
    const ws = wb.addWorksheet(layout.sheetName ?? "台账");
    writeLedger(ws, layout);
    extra?.(ws);
  });

const ERROR_VALUES = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
];

const LONG_TEXT = "长".repeat(32_767);

/** A worksheet XML part of `rows` identical rows: the payload of the zip bombs. */
function bombRows(gigabytes: number): { deflated: Buffer; size: number } {
  const row = `<row><c t="inlineStr"><is><t>${"台账".repeat(20)}</t></is></c></row>`;
  const block = row.repeat(Math.floor((4 * 1024 * 1024) / row.length));
  const times = Math.ceil((gigabytes * 1024 ** 3) / Buffer.byteLength(block));
  const body = repeatedDeflate(block, times);
  const open = Buffer.from(SHEET_OPEN);
  return { deflated: body.deflated, size: body.size + open.length };
}

/** Wraps a raw-deflated body between the worksheet's opening and closing tags. */
function bombSheet(gigabytes: number, declared?: number): Buffer {
  const { deflated, size } = bombRows(gigabytes);
  const head = repeatedDeflate(SHEET_OPEN, 1).deflated;
  const tail = repeatedDeflate(SHEET_CLOSE, 1).deflated;
  // Both helpers end with a final empty block: keep only the last one.
  const strip = (b: Buffer) => b.subarray(0, b.length - 2);
  const stream = Buffer.concat([strip(head), strip(deflated), tail]);
  return rawWorkbook({
    deflated: stream,
    declaredSize: declared ?? size + SHEET_CLOSE.length,
  });
}

const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
);
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
  "hex"
);
/** An OLE compound file header (as .xls and encrypted .xlsx files start). */
function oleFile(withEncryptedPackage: boolean): Buffer {
  const header = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  Buffer.from(withEncryptedPackage ? "EncryptedPackage" : "Workbook", "utf16le").copy(header, 1024);
  return header;
}

export const CORPUS: CorpusCase[] = [
  // ───────────── not workbooks / broken packages ─────────────
  {
    file: "empty-file.xlsx",
    what: "an empty file (0 bytes)",
    make: () => Buffer.alloc(0),
    expect: { refused: ["empty-file.xlsx", "文件是空的"] },
  },
  {
    file: "pdf-renamed.xlsx",
    what: "a PDF renamed .xlsx",
    make: () => PDF,
    expect: { refused: ["pdf-renamed.xlsx", "不是 Excel 工作簿"] },
  },
  {
    file: "png-renamed.xlsx",
    what: "a PNG renamed .xlsx",
    make: () => PNG,
    expect: { refused: ["png-renamed.xlsx", "不是 Excel 工作簿"] },
  },
  {
    file: "text-renamed.xlsx",
    what: "a CSV text file renamed .xlsx",
    make: () => Buffer.from("项目名称,总投资\n产业园,30000\n=cmd|' /C calc'!A0,1\n"),
    expect: { refused: ["text-renamed.xlsx", "不是 Excel 工作簿"] },
  },
  {
    file: "old-format.xls",
    what: "an Excel 97-2003 .xls (OLE container)",
    make: () => oleFile(false),
    expect: { refused: ["old-format.xls", "Excel 97-2003", "另存为 .xlsx"] },
  },
  {
    file: "password.xlsx",
    what: "a password-protected (encrypted) .xlsx",
    make: () => oleFile(true),
    expect: { refused: ["password.xlsx", "设有打开密码"] },
  },
  {
    file: "zip-not-workbook.xlsx",
    what: "a zip holding no workbook",
    make: () => zipPackage([{ name: "readme.txt", data: "hello" }]),
    expect: { refused: ["zip-not-workbook.xlsx", "没有 Excel 工作簿内容"] },
  },
  {
    file: "word-renamed.xlsx",
    what: "a Word document renamed .xlsx",
    make: () =>
      zipPackage([
        { name: "[Content_Types].xml", data: "<Types/>" },
        { name: "word/document.xml", data: "<document/>" },
      ]),
    expect: { refused: ["word-renamed.xlsx", "Word 或 PowerPoint"] },
  },
  {
    file: "zip-magic-garbage.xlsx",
    what: "zip magic bytes followed by garbage",
    make: () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(4000, 0x5a)]),
    expect: { refused: ["zip-magic-garbage.xlsx", "文件已损坏"] },
  },
  {
    file: "truncated-half.xlsx",
    what: "a valid ledger cut in half",
    make: async () => {
      const bytes = await ledgerBook();
      return bytes.subarray(0, Math.floor(bytes.length / 2));
    },
    expect: { refused: ["truncated-half.xlsx", "文件已损坏"] },
  },
  {
    file: "truncated-tail.xlsx",
    what: "a valid ledger missing its last 10 bytes (end of the zip directory)",
    make: async () => {
      const bytes = await ledgerBook();
      return bytes.subarray(0, bytes.length - 10);
    },
    expect: { refused: ["truncated-tail.xlsx", "文件已损坏"] },
  },
  {
    file: "corrupt-sheet-xml.xlsx",
    what: "a package whose worksheet XML is not XML",
    make: () => rawWorkbook({ data: "<worksheet><sheetData><row><c t=" }),
    expect: { refused: ["corrupt-sheet-xml.xlsx", "文件已损坏"] },
  },
  {
    file: "zip-bomb.xlsx",
    what: "a 2 MB .xlsx whose sheet XML declares (and inflates to) 2 GB",
    make: () => bombSheet(2),
    expect: { refused: ["zip-bomb.xlsx", "xl/worksheets/sheet1.xml", "压缩炸弹", "已拒绝读取"] },
  },
  {
    file: "zip-bomb-lying.xlsx",
    what: "a zip bomb whose directory claims its sheet is 64 KB",
    make: () => bombSheet(1, 64 * 1024),
    expect: {
      refused: ["zip-bomb-lying.xlsx", "xl/worksheets/sheet1.xml", "超过了它声明的大小"],
    },
  },
  // ───────────── workbooks that are not ledgers ─────────────
  {
    file: "empty-workbook.xlsx",
    what: "a workbook whose only sheet has no cells",
    make: () => workbook((wb) => void wb.addWorksheet("Sheet1")),
    expect: { refused: ["empty-workbook.xlsx", "工作簿是空的"] },
  },
  {
    file: "no-ledger.xlsx",
    what: "a workbook of notes, no ledger header",
    make: () =>
      workbook((wb) => {
        const ws = wb.addWorksheet("说明");
        ws.getCell("A1").value = "本表用于记录会议纪要";
        ws.getCell("A2").value = "=cmd|' /C calc'!A0";
      }),
    expect: { refused: ["no-ledger.xlsx", "“说明”", "不像项目台账"] },
  },
  {
    file: "header-only.xlsx",
    what: "a ledger with a header and no rows",
    make: () => ledgerBook({ projects: [] }),
    // No project rows: nothing to check, said plainly (never a report of 0 projects).
    expect: { refused: ["header-only.xlsx", "有台账表头，但表头下没有项目行"] },
  },
  {
    file: "only-subtotals.xlsx",
    what: "a sheet with only 合计/小计 rows",
    make: () =>
      ledgerBook({
        projects: [
          [null, null, "合计", null, null, 90000, 30000, 9000, null],
          [null, null, "其中：工业小计", null, null, 60000, 20000, 6000, null],
          [null, null, "小计", null, null, 30000, 10000, 3000, null],
        ],
      }),
    expect: { refused: ["only-subtotals.xlsx", "只有合计/分类行，没有项目行"] },
  },
  // ───────────── extremes of size ─────────────
  {
    file: "sparse-a1-a1048576.xlsx",
    what: "a sheet holding only A1 and A1048576 (the last row)",
    make: () =>
      workbook((wb) => {
        const ws = wb.addWorksheet("台账");
        ws.getCell("A1").value = "项目名称";
        ws.getCell("A1048576").value = "最后一行";
      }),
    expect: { refused: ["sparse-a1-a1048576.xlsx", "不像项目台账"] },
  },
  {
    file: "ledger-last-row.xlsx",
    what: "a ledger with a stray note in row 1,048,576",
    make: () => ledgerBook({}, (ws) => (ws.getCell("C1048576").value = "注：最后一行")),
    expect: { read: true, projects: 6 },
  },
  {
    file: "ledger-xfd.xlsx",
    what: "a ledger with a note in column XFD (16,384 columns)",
    make: () => ledgerBook({}, (ws) => (ws.getCell("XFD3").value = "备用列")),
    expect: { read: true, projects: 6 },
    annotateRefused: "已用到最后一列（XFD 列）",
  },
  {
    file: "long-cells.xlsx",
    what: "cells of 32,767 characters (name, unit, problems)",
    make: () =>
      ledgerBook({
        projects: plainProjects().map((row, i) =>
          i === 4
            ? [row[0], row[1], LONG_TEXT, row[3], LONG_TEXT, ...row.slice(5, 8), LONG_TEXT]
            : row
        ),
      }),
    expect: { read: true, projects: 6 },
    append: true,
  },
  // ───────────── odd values ─────────────
  {
    file: "error-values.xlsx",
    what: "every Excel error value in the amount cells",
    make: () =>
      ledgerBook({
        projects: ERROR_VALUES.map((error, i) => [
          i + 1,
          `XM${i}`,
          `错误值项目${i}`,
          "工业",
          "县工信局",
          { error } as ExcelJS.CellErrorValue,
          10000,
          { error } as ExcelJS.CellErrorValue,
          null,
        ]),
      }),
    expect: {
      read: true,
      projects: ERROR_VALUES.length,
      findings: ["#DIV/0!", "#SPILL!", "第4行"],
    },
    append: true,
  },
  {
    file: "huge-number-strings.xlsx",
    what: "amounts typed as enormous digit strings",
    make: () =>
      ledgerBook({
        projects: plainProjects().map((row, i) =>
          i < 3
            ? [
                ...row.slice(0, 5),
                "9".repeat(400),
                ["1e309", "-1e400", "1".padEnd(60, "0")][i],
                row[7],
                row[8],
              ]
            : row
        ),
      }),
    expect: { read: true, projects: 6 },
    append: true,
  },
  {
    file: "dates-out-of-range.xlsx",
    what: "start dates far out of range (serial −1, 2 958 466, 1e10, 9999年13月)",
    make: () =>
      ledgerBook({
        header: [...HEADER.slice(0, 8), "开工时间"],
        projects: plainProjects().map((row, i) => [
          ...row.slice(0, 8),
          [-1, 2_958_466, 1e10, "9999年13月", "0000.0", "2024年2月30日"][i],
        ]),
      }),
    expect: { read: true, projects: 6 },
    append: true,
  },
  {
    file: "negative-zero.xlsx",
    what: "negative zero in the amounts",
    make: () =>
      ledgerBook({
        projects: plainProjects().map((row, i) =>
          i === 0 ? [...row.slice(0, 5), -0, -0, -0, null] : row
        ),
      }),
    expect: { read: true, projects: 6 },
    append: true,
  },
  {
    file: "date-1904.xlsx",
    what: "a workbook in the 1904 date system with a date column",
    make: () =>
      workbook(
        (wb) => {
          const ws = wb.addWorksheet("台账");
          writeLedger(ws, {
            header: [...HEADER.slice(0, 8), "开工时间"],
            projects: plainProjects().map((row, i) => [
              ...row.slice(0, 8),
              new Date(Date.UTC(2023 + (i % 2), i, 15)),
            ]),
          });
        },
        (wb) => (wb.properties.date1904 = true)
      ),
    expect: { read: true, projects: 6 },
    append: true,
  },
  // ───────────── formulas ─────────────
  {
    file: "formulas-cached.xlsx",
    what: "every amount a formula with its cached result",
    make: () =>
      ledgerBook({
        projects: plainProjects().map((row, i) => [
          ...row.slice(0, 5),
          { formula: `G${i + 4}*3`, result: 30000 },
          { formula: "5000+5000", result: 10000 },
          { formula: `G${i + 4}*0.3`, result: 3000 },
          row[8],
        ]),
      }),
    expect: { read: true, projects: 6 },
    append: true,
  },
  {
    file: "formulas-uncached.xlsx",
    what: "every amount a formula WITHOUT a cached result (never calculated)",
    make: () =>
      ledgerBook({
        projects: plainProjects().map((row, i) => [
          ...row.slice(0, 5),
          { formula: `G${i + 4}*3` } as ExcelJS.CellFormulaValue,
          { formula: "5000+5000" } as ExcelJS.CellFormulaValue,
          { formula: `G${i + 4}*0.3` } as ExcelJS.CellFormulaValue,
          row[8],
        ]),
      }),
    expect: { read: true, projects: 6 },
    append: true,
  },
  // ───────────── hostile text ─────────────
  {
    file: "formula-like-text.xlsx",
    what: "names, units and problems that look like formulas (=, +, -, @, HYPERLINK, DDE)",
    make: () =>
      ledgerBook({
        projects: plainProjects(FORMULA_LIKE).map((row, i) => [
          ...row.slice(0, 4),
          FORMULA_LIKE[(i + 1) % FORMULA_LIKE.length],
          ...row.slice(5, 8),
          FORMULA_LIKE[(i + 2) % FORMULA_LIKE.length],
        ]),
      }),
    expect: { read: true, projects: 6, texts: FORMULA_LIKE },
    append: true,
    options: ["--group-by", "sector,responsibleUnit"],
  },
  {
    file: "markup-text.xlsx",
    what: "HTML and script in names and units",
    make: () =>
      ledgerBook({
        projects: plainProjects([...MARKUP, ...MARKUP]).map((row, i) => [
          ...row.slice(0, 4),
          MARKUP[i % MARKUP.length],
          ...row.slice(5),
        ]),
      }),
    expect: { read: true, projects: 6, texts: MARKUP },
    append: true,
    options: ["--group-by", "responsibleUnit"],
  },
  {
    file: "unicode-names.xlsx",
    what: "emoji, combining characters and right-to-left text in names and the sheet name",
    make: () =>
      ledgerBook({
        sheetName: "台账🏗️ مشروع",
        projects: plainProjects(UNICODE_NAMES).map((row, i) => [
          ...row.slice(0, 4),
          UNICODE_NAMES[i % UNICODE_NAMES.length],
          ...row.slice(5),
        ]),
      }),
    expect: { read: true, projects: 6, texts: UNICODE_NAMES.slice(3) },
    append: true,
    options: ["--group-by", "responsibleUnit"],
  },
  {
    file: "hostile-sheet-name.xlsx",
    what: "a sheet name with a quote and a formula look (=SUM(1)'s 台账)",
    make: () => ledgerBook({ sheetName: "=SUM(1)'s 台账" }),
    expect: { read: true, projects: 6 },
    append: true,
  },
  {
    file: "entity-sheet-name.xlsx",
    what: "a sheet name holding XML entity text (台账&amp;&lt;1&gt;)",
    make: () => ledgerBook({ sheetName: "台账&amp;&lt;1&gt;" }),
    expect: { read: true, projects: 6 },
    append: true,
  },
  // ───────────── odd layouts ─────────────
  {
    file: "merged-header.xlsx",
    what: "the title and a header cell merged across the whole header",
    make: () =>
      ledgerBook({}, (ws) => {
        ws.mergeCells("A1:I1");
        ws.mergeCells("I2:I3"); // the unit line merged down into the header row
      }),
    expect: { read: true, projects: 6 },
    append: true,
  },
  {
    file: "duplicate-headers.xlsx",
    what: "two 项目名称 and two 总投资 columns",
    make: () =>
      ledgerBook({
        header: [...HEADER, "项目名称", "总投资"],
        projects: plainProjects().map((row) => [...row, `别名${String(row[0])}`, 1]),
      }),
    expect: {
      read: true,
      projects: 6,
      findings: ["有多列表头都像“项目名称”", "J列", "有多列表头都像“总投资”"],
    },
    append: true,
  },
  {
    file: "two-ledgers-side-by-side.xlsx",
    what: "two ledgers side by side on one sheet (A–I and K–S)",
    make: () =>
      ledgerBook({}, (ws) =>
        writeLedger(ws, {
          left: 10,
          title: "2024年第二批重点项目台账",
          projects: plainProjects(["第二批甲", "第二批乙", "第二批丙", "第二批丁"]).slice(0, 4),
        })
      ),
    expect: { read: true, projects: 6, findings: ["另有一个表格", "K列"] },
    append: true,
  },
  {
    file: "two-ledgers-stacked.xlsx",
    what: "two ledgers one below the other",
    make: () =>
      ledgerBook({}, (ws) =>
        writeLedger(ws, {
          top: 13,
          title: "2024年第二批重点项目台账",
          projects: plainProjects(["第二批甲", "第二批乙", "第二批丙", "第二批丁"]).slice(0, 4),
        })
      ),
    expect: { read: true, projects: 6, findings: ["另有一个表格", "第13行"] },
    append: true,
  },
  // ───────────── XML amplification (declared ranges, merges, entities) ─────────────
  ...AMPLIFICATION,
];

/** Writes every corpus file into `dir`; returns name → path. */
export async function writeCorpus(dir: string): Promise<Map<string, string>> {
  mkdirSync(dir, { recursive: true });
  const paths = new Map<string, string>();
  for (const c of CORPUS) {
    const path = join(dir, c.file);
    writeFileSync(path, await c.make());
    paths.set(c.file, path);
  }
  return paths;
}

if (require.main === module) {
  const out = process.argv[2];
  if (!out) throw new Error("usage: tsx test/hostile/corpus.ts OUT_DIR");
  void writeCorpus(out).then((paths) => console.log(`${paths.size} files in ${out}`));
}
