/**
 * Hand-written .xlsx packages for the reader's golden and hostile tests: the exact XML of each
 * part (what Excel, openpyxl, LibreOffice or a hostile writer put there), zipped as given.
 */
import { zipPackage } from "../hostile/zip-writer";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const STRICT_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_REL_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface RawSheet {
  name: string;
  state?: "visible" | "hidden" | "veryHidden";
  /** The <sheetData> content (rows), or the whole part when `part` is set. */
  rows?: string;
  /** Anything after </sheetData> (mergeCells, dataValidations, …). */
  after?: string;
  /** Anything between <worksheet> and <sheetData> (dimension, …). */
  before?: string;
  /** The whole worksheet part, as written. */
  part?: string;
  /** A chart sheet (no cells). */
  chart?: boolean;
}

export interface RawBook {
  sheets: RawSheet[];
  sharedStrings?: string[] | string;
  /** The whole styles part. */
  styles?: string;
  date1904?: boolean;
  /** Strict OOXML namespaces and relationship types. */
  strict?: boolean;
  /** Relationship targets written absolute ("/xl/worksheets/sheet1.xml"), as openpyxl does. */
  absolute?: boolean;
}

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

export function rawBook(book: RawBook): Buffer {
  const ns = book.strict ? STRICT_NS : MAIN_NS;
  const relNs = book.strict ? STRICT_REL_NS : REL_NS;
  const target = (path: string) => (book.absolute ? `/xl/${path}` : path);
  const parts: { name: string; data: string }[] = [];
  const rels: string[] = [];
  const sheetTags = book.sheets.map((sheet, i) => {
    const id = `rId${i + 1}`;
    const kind = sheet.chart ? "chartsheet" : "worksheet";
    const path = sheet.chart ? `chartsheets/sheet${i + 1}.xml` : `worksheets/sheet${i + 1}.xml`;
    rels.push(`<Relationship Id="${id}" Type="${relNs}/${kind}" Target="${target(path)}"/>`);
    parts.push({
      name: `xl/${path}`,
      data: sheet.chart
        ? `<chartsheet xmlns="${ns}"/>`
        : (sheet.part ??
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns}" xmlns:r="${relNs}">${sheet.before ?? ""}<sheetData>${sheet.rows ?? ""}</sheetData>${sheet.after ?? ""}</worksheet>`),
    });
    const state = sheet.state ? ` state="${sheet.state}"` : "";
    return `<sheet name="${escape(sheet.name)}" sheetId="${i + 1}"${state} r:id="${id}"/>`;
  });
  if (book.sharedStrings !== undefined) {
    const items =
      typeof book.sharedStrings === "string"
        ? book.sharedStrings
        : book.sharedStrings
            .map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`)
            .join("");
    parts.push({ name: "xl/sharedStrings.xml", data: `<sst xmlns="${ns}">${items}</sst>` });
    rels.push(
      `<Relationship Id="rIdS" Type="${relNs}/sharedStrings" Target="${target("sharedStrings.xml")}"/>`
    );
  }
  if (book.styles !== undefined) {
    parts.push({ name: "xl/styles.xml", data: book.styles });
    rels.push(`<Relationship Id="rIdT" Type="${relNs}/styles" Target="${target("styles.xml")}"/>`);
  }
  const workbookPr = book.date1904 ? `<workbookPr date1904="1"/>` : "";
  return zipPackage([
    {
      name: "[Content_Types].xml",
      data: `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    },
    {
      name: "_rels/.rels",
      data: `<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${relNs}/officeDocument" Target="${book.absolute ? "/xl/workbook.xml" : "xl/workbook.xml"}"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data: `<workbook xmlns="${ns}" xmlns:r="${relNs}">${workbookPr}<sheets>${sheetTags.join("")}</sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<Relationships xmlns="${PKG_REL_NS}">${rels.join("")}</Relationships>`,
    },
    ...parts,
  ]);
}

/** A styles part: custom number formats (id → code) and the cellXfs' numFmtIds, in order. */
export function stylesXml(formats: Record<number, string>, cellXfs: number[]): string {
  const numFmts = Object.entries(formats)
    .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escape(code)}"/>`)
    .join("");
  const xfs = cellXfs.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0"/>`);
  return `<styleSheet xmlns="${MAIN_NS}"><numFmts count="1">${numFmts}</numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs></styleSheet>`;
}
