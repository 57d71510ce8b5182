/**
 * Opens an .xlsx file as a JSZip package (read-only) after checking it is one, so the exceljs
 * loader fails with the same clear messages as the reader. Its own module: reading never
 * loads JSZip.
 */
import JSZip from "jszip";
import { corruptPackage, notAWorkbook } from "./package-problems";
import { assertXlsxBytes } from "./sniff";
import { assertNoZipBomb } from "./zip-guard";

/** Checks magic bytes, the zip directory and the declared sizes; returns the package for inspection. */
export async function openXlsxPackage(file: string, bytes: Buffer): Promise<JSZip> {
  assertXlsxBytes(file, bytes);
  // Before anything is inflated (JSZip.loadAsync reads only the directory; exceljs inflates all).
  assertNoZipBomb(file, bytes);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw corruptPackage(file);
  }
  if (!zip.file("xl/workbook.xml")) throw notAWorkbook(file, zip);
  return zip;
}
