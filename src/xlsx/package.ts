/**
 * Opens an .xlsx file as a zip package (read-only) after checking it is one, so every reader
 * fails with the same clear messages.
 */
import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import { fileProblem } from "./errors";
import { corruptPackage, notAWorkbook } from "./package-problems";
import { assertXlsxBytes } from "./sniff";
import { assertNoZipBomb } from "./zip-guard";

/** Reads the whole file without ever opening it for writing. */
export async function readInputBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw fileProblem(file, "文件不存在。", "file not found.");
    if (code === "EISDIR")
      throw fileProblem(file, "这是一个文件夹，不是文件。", "this is a folder, not a file.");
    if (code === "EACCES" || code === "EPERM")
      throw fileProblem(file, "没有读取权限。", "permission denied.");
    throw fileProblem(file, `无法读取：${String(error)}`, `cannot be read: ${String(error)}`);
  }
}

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

export { corruptPackage } from "./package-problems";
