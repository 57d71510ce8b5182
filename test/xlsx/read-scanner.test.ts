/**
 * The sheet scanner's fast paths against its general ones: plain cells (<c r s t><v>…</v></c>)
 * read without substrings must give exactly what the general cell reader gives for the same cell
 * written so that it takes that path (a line break between attributes); plainNumber must equal
 * Number.parseFloat; parts decoded in chunks (cut anywhere, inside multi-byte characters,
 * invalid UTF-8, a byte order mark, U+FEFF in text) must read as when decoded whole; shared
 * strings read item by item keep rich runs, phonetic guides, prefixes, CDATA and entities.
 */
import assert from "node:assert/strict";
import { parseSharedStrings } from "../../src/xlsx/reader/shared-strings-xml";
import { buildGrid } from "../../src/xlsx/reader/grid-build";
import { holdsCell } from "../../src/xlsx/reader/sheet-cells";
import { type SheetContext, plainNumber, scanSheet } from "../../src/xlsx/reader/sheet-xml";
import type { CellStyles } from "../../src/xlsx/reader/styles-xml";
import { XmlError, type XmlHandler, scanXmlBytes } from "../../src/xlsx/reader/xml-scan";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const utf8 = (text: string) => new TextEncoder().encode(text);
const styles: CellStyles = {
  format: (i) => (i === 2 ? "0.00" : i === 3 ? "yyyy-mm-dd" : "General"),
};
const context: SheetContext = {
  sharedStrings: ["项目", "", "B&C", "x"],
  styles,
  date1904: false,
};
const sheet = (rows: string) =>
  utf8(`<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`);
const cellsOf = (rows: string, chunkBytes?: number) => {
  const cells = scanSheet(sheet(rows), "S", "visible", context, chunkBytes);
  return { ...cells };
};

/** Cells the plain path reads, each with its attributes as written. */
const PLAIN_CELLS = [
  `<c r="A1" t="s"><v>0</v></c>`,
  `<c r="B1" t="s"><v>1</v></c>`, // empty shared string: nothing
  `<c r="C1" t="s"><v>007</v></c>`, // out of range: nothing
  `<c r="D1" t="s"><v>1.5</v></c>`, // not an index as written: parseInt's reading
  `<c r="E1" t="s"><v>2</v></c>`,
  `<c r="F1" t="s"><v></v></c>`,
  `<c r="G1"><v>3000</v></c>`,
  `<c r="H1" s="2"><v>-134.81</v></c>`,
  `<c r="I1"><v>.5</v></c>`,
  `<c r="J1"><v>5.</v></c>`,
  `<c r="K1"><v>-0</v></c>`,
  `<c r="L1"><v>1.2345678901234567</v></c>`,
  `<c r="M1"><v>1e5</v></c>`,
  `<c r="N1"><v>&#49;2</v></c>`,
  `<c r="O1"><v>12abc</v></c>`,
  `<c r="P1" t="n"><v>7</v></c>`,
  `<c r="Q1" t="b"><v>1</v></c>`,
  `<c r="R1" t="e"><v>#N/A</v></c>`,
  `<c r="S1" t="str"><v>A&amp;B_x000D_</v></c>`,
  `<c r="T1" t="d" s="3"><v>2024-03-01</v></c>`,
  `<c r="U1" t="inlineStr"><v>not inline</v></c>`,
  `<c r='V1' s='2' t='s'><v>0</v></c>`,
  `<c t="s" s="2" r="W1"><v>2</v></c>`,
  `<c r="X1" r="A9" s="2" s="3"><v>1</v></c>`, // the first of each counts
  `<c r="Y1" x:s="2" xmlns:x="urn:x"><v>2</v></c>`,
  `<c r="Z1" :s="2"><v>2</v></c>`,
  `<c r="AA1" s=""><v>2</v></c>`,
  `<c r="AB1" s="x"><v>2</v></c>`,
  `<c r="AC1" ss="2" tt="s" rr="A5"><v>2</v></c>`,
  `<c r="AD1" s="2"/>`,
  `<c r="AE1" s="2"></c>`,
  `<c s="2"><v>9</v></c>`, // no r: after the previous cell
  `<c><v>10</v></c>`,
];

/** The same cell for the general path: a line break before its first attribute. */
const general = (xml: string) => xml.replace(/<c /g, "<c\n");

describe("xlsx reader: scanner fast paths", () => {
  it("plain cells read exactly as the general cell reader reads them", () => {
    const row = (cells: string[]) => `<row r="1">${cells.join("")}</row>`;
    const fast = cellsOf(row(PLAIN_CELLS));
    const slow = cellsOf(row(PLAIN_CELLS.map(general)));
    assert.deepEqual(fast, slow);
    // And what that is, for a few of them.
    const at = (col: number) => {
      const run = fast.runs.find(
        (r) => col >= r.start && col - r.start < r.values.length && holdsCell(r, col - r.start)
      );
      return run?.values[col - run.start];
    };
    assert.equal(at(1), "项目");
    assert.equal(at(2), undefined);
    assert.equal(at(4), undefined); // "1.5" reads as index 1 (parseInt), the empty string
    assert.equal(at(5), "B&C");
    assert.equal(at(7), 3000);
    assert.equal(at(8), -134.81);
    assert.ok(Object.is(at(11), -0));
    assert.equal(at(14), 12);
    assert.equal(at(19), "A&B\r");
  });

  it("each plain cell alone, too (first cell of a row, end of the sheet)", () => {
    for (const cell of PLAIN_CELLS) {
      const rows = `<row r="3">${cell}</row><row>${cell}</row>`;
      assert.deepEqual(cellsOf(rows), cellsOf(general(rows)), cell);
    }
  });

  it("row tags read by the plain path as the general reader reads them", () => {
    const cell = `<c t="s"><v>0</v></c>`;
    const rowTags = [
      `<row r="3" spans="1:2" hidden="1">`,
      `<row r="4" hidden="0" x14ac:dyDescent="0.25">`,
      `<row r="5" hidden="true">`, // general path: "true" is not written as 0/1
      `<row hidden="1">`, // no number: the one after the last
      `<row>`,
      `<row r='11' hidden='1'>`,
      `<row x:r="12" customHeight="1">`,
      `<row r="13" r="14">`, // the first one counts
      `<row  r="15"  spans="3:4">`,
      `<row r="016">`,
    ];
    const rows = rowTags.map((tag) => `${tag}${cell}</row>`).join("") + `<row r="20"/>${cell}`;
    const plain = cellsOf(rows);
    assert.deepEqual(plain, cellsOf(rows.replace(/<row /g, "<row\n")));
    assert.deepEqual(plain.hiddenRows, [3, 5, 6, 11]);
    assert.deepEqual(
      plain.runs.map((r) => r.row),
      [3, 4, 5, 6, 7, 11, 12, 13, 15, 16, 20]
    );
    for (const bad of [`<row r="0">`, `<row r="1048577">`, `<row r="x">`])
      assert.throws(() => cellsOf(`${bad}${cell}</row>`), XmlError, bad);
  });

  it("rows with the same formats share one array, which a merge never empties for another row", () => {
    const row = (r: number) =>
      `<row r="${r}"><c r="A${r}" s="2"><v>1</v></c><c r="B${r}" s="2"><v>2</v></c><c r="C${r}" s="2"><v>3</v></c></row>`;
    const xml = utf8(
      `<worksheet xmlns="${MAIN}"><sheetData>${row(1)}${row(2)}${row(3)}</sheetData>` +
        `<mergeCells count="1"><mergeCell ref="B2:C2"/></mergeCells></worksheet>`
    );
    const cells = scanSheet(xml, "S", "visible", context);
    assert.equal(cells.runs[0].formats, cells.runs[1].formats, "one array for rows 1 and 2");
    const grid = buildGrid(cells, "f.xlsx");
    assert.deepEqual(grid.numberFormats, [
      ["0.00", "0.00", "0.00"],
      ["0.00", "0.00", null], // C2 lies under the merge
      ["0.00", "0.00", "0.00"],
    ]);
    assert.deepEqual(grid.values, [
      [1, 2, 3],
      [1, 2, null],
      [1, 2, 3],
    ]);
  });

  it("a bad reference or a cut cell stays an error on the plain path", () => {
    for (const rows of [`<row r="1"><c r="A0"><v>1</v></c></row>`, `<row r="1"><c r="A1"><v>1</v>`])
      assert.throws(() => cellsOf(rows), XmlError, rows);
  });

  it("plainNumber is Number.parseFloat on plain decimals, NaN where it cannot tell", () => {
    const texts = ["0", "-0", "1", "007", ".5", "5.", "-.25", "123456789012345", "0.1", "0.3"];
    for (let i = 0; i < 2000; i++) {
      const digits = String(Math.floor(Math.random() * 10 ** (1 + (i % 15))));
      const point = Math.floor(Math.random() * (digits.length + 1));
      texts.push(`${i % 3 ? "" : "-"}${digits.slice(0, point)}.${digits.slice(point)}`);
    }
    for (const text of texts) {
      const value = plainNumber(new TextEncoder().encode(`<v>${text}</v>`), 3, 3 + text.length);
      assert.ok(Object.is(value, Number.parseFloat(text)), text);
    }
    for (const text of ["", "-", ".", "1e5", "1.2.3", "+1", " 1", "1234567890123456", "&#49;"])
      assert.ok(Number.isNaN(plainNumber(new TextEncoder().encode(text), 0, text.length)), text);
  });

  it("a sheet decoded in small chunks reads as when decoded whole", () => {
    const rows =
      `<row r="1">${PLAIN_CELLS.join("")}</row>` +
      `<row r="2"><c r="A2" t="inlineStr"><is><r><t>富文本</t></r><r><t xml:space="preserve"> 名称 </t></r></is></c>` +
      `<c r="B2"><f>SUM(1,2)</f><v>3</v></c><c r="C2" t="str"><v>中文&amp;\uFEFF</v></c></row>`;
    const whole = cellsOf(rows);
    for (const chunk of [1, 2, 3, 5, 7, 16, 61, 200])
      assert.deepEqual(cellsOf(rows, chunk), whole, `${chunk}`);
  });

  it("chunked decoding: byte order mark, characters cut at a chunk end, invalid UTF-8", () => {
    const texts: string[] = [];
    const handler = (): XmlHandler => ({
      wantsText: true,
      open: () => {},
      close: () => {},
      text: (t) => void texts.push(t),
    });
    const read = (bytes: Uint8Array, chunk?: number) => {
      texts.length = 0;
      scanXmlBytes(bytes, handler(), chunk);
      return texts.join("");
    };
    const body = utf8(`<a>项目\uFEFF😀<b x="é"/>&amp;&#x4E2D;<![CDATA[<中>]]>尾</a>`);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...body]);
    const invalid = new Uint8Array([
      ...utf8("<a>x"),
      0xff,
      0xe4,
      0xb8,
      ...utf8("<b/>"),
      0x80,
      ...utf8("y</a>"),
    ]);
    for (const bytes of [body, withBom, invalid]) {
      const whole = read(bytes);
      for (let chunk = 1; chunk <= bytes.length; chunk++)
        assert.equal(read(bytes, chunk), whole, `${chunk}`);
    }
    assert.equal(read(withBom, 4), "项目\uFEFF😀&中<中>尾");
  });

  it("shared strings item by item: plain, rich runs, phonetic guides, prefixes, CDATA, empty items", () => {
    const sst = (items: string, prefix = "") =>
      utf8(
        `<?xml version="1.0"?><${prefix}sst xmlns${prefix ? `:${prefix.slice(0, -1)}` : ""}="${MAIN}"><!-- <si><t>no</t></si> -->${items}</${prefix}sst>`
      );
    const items =
      `<si><t>项目</t></si><si/><si><t/></si>` +
      `<si><r><rPr><b/></rPr><t>富</t></r><r><t xml:space="preserve">文本 </t></r><rPh sb="0" eb="1"><t>フ</t></rPh><phoneticPr fontId="1"/></si>` +
      `<si><t>a&lt;b&#x4E2D;_x000D_<![CDATA[<1>]]></t></si>` +
      `<si><tab/><t>t</t></si>`;
    const expected = ["项目", "", "", "富文本 ", "a<b中\r<1>", "t"];
    assert.deepEqual(parseSharedStrings(sst(items)), expected);
    const prefixed = items.replace(/<(\/?)([a-zA-Z])/g, "<$1x:$2");
    assert.deepEqual(parseSharedStrings(sst(prefixed, "x:")), expected);
    assert.throws(() => parseSharedStrings(utf8(`<sst><si><t>cut`)), XmlError);
  });
});
