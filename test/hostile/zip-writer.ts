/**
 * A minimal zip writer for hostile packages the libraries refuse to make: parts whose declared
 * sizes lie, deflate streams built from repeated blocks (zip bombs), raw worksheet XML.
 */
import { constants, deflateRawSync } from "node:zlib";
import { deflatePart, packZip } from "../../src/xlsx/zip-writer";

export interface ZipPart {
  name: string;
  /** Content to store deflated. */
  data?: Buffer | string;
  /** A ready raw-deflate stream (with `declaredSize`), for bombs. */
  deflated?: Buffer;
  /** Uncompressed size written in the headers; default the real one. */
  declaredSize?: number;
}

export function zipPackage(parts: ZipPart[]): Buffer {
  return packZip(
    parts.map((part) => {
      const data = part.data === undefined ? Buffer.alloc(0) : Buffer.from(part.data);
      const packed = deflatePart(part.name, data);
      return part.deflated
        ? { ...packed, deflated: part.deflated, size: part.declaredSize ?? 0, crc: 0 }
        : { ...packed, size: part.declaredSize ?? packed.size };
    })
  );
}

/**
 * A raw-deflate stream of `block` repeated `times` times, built without inflating it: one
 * fully flushed (byte-aligned, self-contained) deflate block repeated, then a final empty block.
 */
export function repeatedDeflate(block: string, times: number): { deflated: Buffer; size: number } {
  const piece = deflateRawSync(Buffer.from(block), {
    level: 9,
    finishFlush: constants.Z_FULL_FLUSH,
  });
  const final = deflateRawSync(Buffer.alloc(0));
  return {
    deflated: Buffer.concat([...new Array<Buffer>(times).fill(piece), final]),
    size: Buffer.byteLength(block) * times,
  };
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

function workbookXml(sheetName: string, date1904: boolean): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${date1904 ? '<workbookPr date1904="1"/>' : ""}<sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
}

export const SHEET_OPEN = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
export const SHEET_CLOSE = `</sheetData></worksheet>`;

/** A one-sheet .xlsx from raw worksheet parts (no styles, inline strings). */
export function rawWorkbook(
  sheet: Omit<ZipPart, "name">,
  options: { sheetName?: string; date1904?: boolean } = {}
): Buffer {
  return zipPackage([
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "_rels/.rels", data: ROOT_RELS },
    { name: "xl/workbook.xml", data: workbookXml(options.sheetName ?? "台账", !!options.date1904) },
    { name: "xl/_rels/workbook.xml.rels", data: WORKBOOK_RELS },
    { name: "xl/worksheets/sheet1.xml", ...sheet },
  ]);
}
