/**
 * What can be wrong with an .xlsx package, worded once for both readers: the CLI's (Node,
 * package.ts and zip-guard.ts) and the task pane's (browser, browser-package.ts).
 */
import { type FileProblem, fileProblem } from "./errors";

/** Limits on what a package may inflate to (see ZIP_LIMITS / PANE_ZIP_LIMITS). */
export interface ZipLimits {
  /** Largest uncompressed size of one part. */
  maxEntryBytes: number;
  /** Largest uncompressed size of all parts together. */
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio of a part bigger than ratioFloorBytes. */
  maxRatio: number;
  ratioFloorBytes: number;
}

const MiB = 1024 * 1024;

export function corruptPackage(file: string): FileProblem {
  return fileProblem(
    file,
    "文件已损坏（压缩包无法解开），请在 Excel 中打开并重新保存后再试。",
    "the file is corrupt (the zip package cannot be read). Open it in Excel, save it again and retry."
  );
}

/** A zip without xl/workbook.xml (JSZip or anything that looks parts up by name). */
export function notAWorkbook(file: string, zip: { file(path: string): unknown }): FileProblem {
  // A Word or PowerPoint package picked by mistake gets told what it is.
  const otherOffice = Boolean(zip.file("word/document.xml") || zip.file("ppt/presentation.xml"));
  return fileProblem(
    file,
    otherOffice
      ? "这是 Word 或 PowerPoint 文件，不是 Excel 工作簿（.xlsx）。"
      : "压缩包中没有 Excel 工作簿内容，不是有效的 .xlsx 文件。",
    otherOffice
      ? "this is a Word or PowerPoint file, not an Excel workbook (.xlsx)."
      : "the zip holds no Excel workbook; it is not a valid .xlsx file."
  );
}

/** One part declares more than the limits allow (too big, or compressed suspiciously much). */
export function zipBombPart(
  file: string,
  part: { name: string; uncompressedSize: number; compressedSize: number },
  limits: ZipLimits
): FileProblem {
  const times = Math.round(part.uncompressedSize / Math.max(1, part.compressedSize));
  return fileProblem(
    file,
    `其中的 ${part.name} 解压后达 ${size(part.uncompressedSize)}（压缩后仅 ${size(part.compressedSize)}，约 ${times} 倍），超过可安全读取的上限（单个部件 ${size(limits.maxEntryBytes)}、压缩比 ${limits.maxRatio} 倍），疑似“压缩炸弹”，已拒绝读取。`,
    `its part ${part.name} would inflate to ${size(part.uncompressedSize)} (from ${size(part.compressedSize)}, about ${times} times), beyond what can safely be read (${size(limits.maxEntryBytes)} per part, ratio ${limits.maxRatio}); it looks like a zip bomb and was refused.`
  );
}

/** All parts together declare more than the limits allow. */
export function zipBombTotal(file: string, total: number, limits: ZipLimits): FileProblem {
  return fileProblem(
    file,
    `解压后共 ${size(total)}，超过可安全读取的上限（${size(limits.maxTotalBytes)}），疑似“压缩炸弹”，已拒绝读取。`,
    `it would inflate to ${size(total)} in all, more than can safely be read (${size(limits.maxTotalBytes)}); it looks like a zip bomb and was refused.`
  );
}

/** A part inflates beyond the size its directory entry declares. */
export function partBeyondDeclaredSize(file: string, name: string, declared: number): FileProblem {
  return fileProblem(
    file,
    `其中的 ${name} 解压后超过了它声明的大小（${size(declared)}），文件已损坏或被篡改（疑似“压缩炸弹”），已拒绝读取。`,
    `its part ${name} inflates to more than its declared size (${size(declared)}); the file is corrupt or tampered with (it looks like a zip bomb) and was refused.`
  );
}

function size(bytes: number): string {
  if (bytes >= 1024 * MiB) return `${(bytes / (1024 * MiB)).toFixed(1)} GB`;
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}
