/**
 * Opens an .xlsx file as a zip package (read-only) after checking it is one, so every reader
 * fails with the same clear messages.
 */
import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import { fileProblem, FileProblem } from "./errors";
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
  if (!zip.file("xl/workbook.xml")) {
    const isOtherOffice = zip.file("word/document.xml") || zip.file("ppt/presentation.xml");
    throw fileProblem(
      file,
      isOtherOffice
        ? "这是 Word 或 PowerPoint 文件，不是 Excel 工作簿（.xlsx）。"
        : "压缩包中没有 Excel 工作簿内容，不是有效的 .xlsx 文件。",
      isOtherOffice
        ? "this is a Word or PowerPoint file, not an Excel workbook (.xlsx)."
        : "the zip holds no Excel workbook; it is not a valid .xlsx file."
    );
  }
  return zip;
}

export function corruptPackage(file: string): FileProblem {
  return fileProblem(
    file,
    "文件已损坏（压缩包无法解开），请在 Excel 中打开并重新保存后再试。",
    "the file is corrupt (the zip package cannot be read). Open it in Excel, save it again and retry."
  );
}
