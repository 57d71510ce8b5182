/**
 * Tells what kind of file some bytes hold by their first bytes (never by its name), so that an
 * .xls goes to the .xls reader and an encrypted workbook or another kind of file is refused with
 * a message saying why, instead of a zip error. Works on plain
 * Uint8Arrays (a Node Buffer is one), so the CLI and the task pane share it.
 */
import { type FileProblem, fileProblem } from "./errors";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Encrypted OOXML is an OLE container with a stream named "EncryptedPackage" (UTF-16LE in the directory). */
const ENCRYPTED_PACKAGE = utf16le("EncryptedPackage");

export type FileKind = "zip" | "xls" | "encrypted-xlsx" | "other";

export function sniffFileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) return "zip";
  if (startsWith(bytes, OLE_MAGIC))
    return contains(bytes, ENCRYPTED_PACKAGE) ? "encrypted-xlsx" : "xls";
  return "other";
}

/**
 * Throws a FileProblem naming the file unless the bytes hold a workbook the reader can open: an
 * .xlsx-family zip package or an Excel 97-2003 .xls; says which.
 */
export function assertWorkbookBytes(file: string, bytes: Uint8Array): "zip" | "xls" {
  if (bytes.length === 0)
    throw fileProblem(file, "文件是空的（0 字节）。", "the file is empty (0 bytes).");
  const kind = sniffFileKind(bytes);
  if (kind === "zip" || kind === "xls") return kind;
  if (kind === "encrypted-xlsx") throw encryptedWorkbook(file);
  throw fileProblem(
    file,
    "不是 Excel 工作簿（.xlsx 或 .xls）。请选择 Excel 文件。",
    "this is not an Excel workbook (.xlsx or .xls). Choose an Excel file."
  );
}

/** Throws a FileProblem naming the file unless the bytes look like an .xlsx package (for editing). */
export function assertXlsxBytes(file: string, bytes: Uint8Array): void {
  if (assertWorkbookBytes(file, bytes) === "xls")
    throw fileProblem(
      file,
      "这是旧版 Excel 97-2003 工作簿（.xls），可以读取，但不能在其中添加工作表。请在 Excel 中另存为 .xlsx 后再试，或改用 --out 另存报告。",
      "this is an old Excel 97-2003 workbook (.xls): it can be read, but sheets cannot be added to it. Save it as .xlsx in Excel and try again, or use --out to write a separate report."
    );
}

/** A workbook with a password to open (an encrypted .xlsx, or an .xls with a FILEPASS record). */
export function encryptedWorkbook(file: string): FileProblem {
  return fileProblem(
    file,
    "工作簿设有打开密码（已加密），无法读取。请在 Excel 中取消密码后另存一份再试。",
    "the workbook is password-protected (encrypted) and cannot be read. Remove the password in Excel, save a copy and try again."
  );
}

/** An OLE file that SheetJS cannot read as a workbook. */
export function xlsUnreadable(file: string): FileProblem {
  return fileProblem(
    file,
    "这是旧版 Excel 97-2003 工作簿（.xls），但文件已损坏或不是工作簿，无法读取。请在 Excel 中打开并另存为 .xlsx 后再试。",
    "this is an old Excel 97-2003 workbook (.xls) that cannot be read (it is damaged or not a workbook). Save it as .xlsx in Excel and try again."
  );
}

function utf16le(text: string): number[] {
  return Array.from(text).flatMap((ch) => {
    const code = ch.charCodeAt(0);
    return [code & 0xff, code >> 8];
  });
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

function contains(bytes: Uint8Array, pattern: number[]): boolean {
  const last = bytes.length - pattern.length;
  for (
    let at = bytes.indexOf(pattern[0]);
    at >= 0 && at <= last;
    at = bytes.indexOf(pattern[0], at + 1)
  )
    if (pattern.every((b, i) => bytes[at + i] === b)) return true;
  return false;
}
