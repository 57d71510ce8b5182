/**
 * XML amplification: tiny workbooks whose XML declares huge ranges (a merge, the dimension, a
 * data validation, conditional formats), piles of overlapping merges, a cell at the far corner of
 * the sheet, entity definitions that would expand to gigabytes. Nothing proportional to what they
 * declare may be allocated: each must be read right or refused with a message, in seconds.
 * Part of the hostile corpus (corpus.ts).
 */
import type { CorpusCase } from "./corpus";
import { rawWorkbook } from "./zip-writer";

const inline = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const number = (ref: string, value: number) => `<c r="${ref}"><v>${value}</v></c>`;

/** A small ledger in A1:E6 (title, unit line, header, three projects), as inline strings. */
export function ledgerRows(extraCells: Record<number, string> = {}): string {
  const header = ["序号", "项目名称", "总投资", "年度计划投资", "1-6月累计完成投资"];
  const rows = [
    `<row r="1">${inline("A1", "2024年县重点项目台账")}${extraCells[1] ?? ""}</row>`,
    `<row r="2">${inline("E2", "单位：万元")}${extraCells[2] ?? ""}</row>`,
    `<row r="3">${header.map((h, i) => inline(`${"ABCDE"[i]}3`, h)).join("")}</row>`,
  ];
  ["产业园一期", "物流中心", "污水处理厂"].forEach((name, i) => {
    const r = i + 4;
    rows.push(
      `<row r="${r}">${number(`A${r}`, i + 1)}${inline(`B${r}`, name)}${number(`C${r}`, 30000)}${number(`D${r}`, 10000)}${number(`E${r}`, 4000)}${extraCells[r] ?? ""}</row>`
    );
  });
  return rows.join("");
}

/** A one-sheet workbook: `before` goes between <worksheet> and <sheetData>, `after` after it. */
export function ledgerSheet(parts: {
  before?: string;
  rows?: string;
  after?: string;
  doctype?: string;
}): Buffer {
  const ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${parts.doctype ?? ""}` +
    `<worksheet xmlns="${ns}">${parts.before ?? ""}<sheetData>${parts.rows ?? ledgerRows()}</sheetData>` +
    `${parts.after ?? ""}</worksheet>`;
  return rawWorkbook({ data: xml });
}

const LAUGHS =
  `<!DOCTYPE worksheet [<!ENTITY lol "lol">` +
  Array.from(
    { length: 9 },
    (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`
  ).join("") +
  `]>`;

export const AMPLIFICATION: CorpusCase[] = [
  {
    file: "amp-merge-to-xfd1048576.xlsx",
    what: "a 3 KB workbook merging K1:XFD1048576 from a filled anchor (17 billion cells declared)",
    make: () =>
      ledgerSheet({
        rows: ledgerRows({ 1: inline("K1", "备注") }),
        after: `<mergeCells count="1"><mergeCell ref="K1:XFD1048576"/></mergeCells>`,
      }),
    expect: { read: true, projects: 3 },
    append: true,
  },
  {
    file: "amp-dimension.xlsx",
    what: "a dimension of A1:XFD1048576 over a six-row ledger",
    make: () => ledgerSheet({ before: `<dimension ref="A1:XFD1048576"/>` }),
    expect: { read: true, projects: 3 },
    append: true,
  },
  {
    file: "amp-validation-conditional.xlsx",
    what: "a list validation over A3:M1048576 and conditional formats over whole columns",
    make: () =>
      ledgerSheet({
        after:
          `<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>` +
          `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A3:M1048576 N1:XFD1048576"><formula1>"是,否"</formula1></dataValidation></dataValidations>`,
      }),
    expect: { read: true, projects: 3 },
    append: true,
  },
  {
    file: "amp-overlapping-merges.xlsx",
    what: "100,000 overlapping merges over the whole sheet beside the ledger",
    make: () =>
      ledgerSheet({
        after: `<mergeCells count="100000">${'<mergeCell ref="G1:XFD1048576"/>'.repeat(100_000)}</mergeCells>`,
      }),
    expect: { read: true, projects: 3 },
  },
  {
    file: "amp-far-corner.xlsx",
    what: "a ledger with a stray cell in XFD1048576 (a 17-billion-cell grid)",
    make: () =>
      ledgerSheet({ rows: ledgerRows() + `<row r="1048576">${number("XFD1048576", 1)}</row>` }),
    expect: { refused: ["amp-far-corner.xlsx", "A1:XFD1048576", "超过可读取的上限"] },
  },
  {
    file: "amp-covered-only.xlsx",
    what: "a sheet whose only cell lies under a merge with an empty anchor (ran out of memory before)",
    make: () =>
      ledgerSheet({
        rows: `<row r="1">${number("B1", 5)}</row>`,
        after: `<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>`,
      }),
    expect: { refused: ["amp-covered-only.xlsx", "工作簿是空的"] },
  },
  {
    file: "amp-entity-laughs.xlsx",
    what: "a DOCTYPE defining 'billion laughs' entities, one used in a cell",
    make: () =>
      ledgerSheet({
        doctype: LAUGHS,
        rows: ledgerRows({ 1: inline("G1", "&lol9;") }),
      }),
    expect: { read: true, projects: 3 },
    append: true,
  },
];
