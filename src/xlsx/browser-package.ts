/**
 * Opens an .xlsx picked in the task pane (bytes in the browser, no Node) after the checks the CLI
 * makes with package.ts and zip-guard.ts: the file kind by magic bytes, a readable zip holding a
 * workbook, and no zip bomb. Sizes come from JSZip's reading of the central directory, before
 * anything is inflated; then each part is inflated as a stream that stops at its declared size,
 * so a lying directory cannot make exceljs fill the pane's memory. Messages as the CLI's.
 */
import JSZip from "jszip";
import { type FileProblem, fileProblem } from "./errors";
import { assertXlsxKind } from "./file-kind";
import type { ZipLimits } from "./zip-guard";

const MiB = 1024 * 1024;

/**
 * A task pane lives in a webview with far less memory than the CLI has: a quarter of the CLI's
 * limits (a real ledger's sheet XML is a few MB), with the same ratio rule.
 */
export const PANE_ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 128 * MiB,
  maxTotalBytes: 256 * MiB,
  maxRatio: 200,
  ratioFloorBytes: 8 * MiB,
};

interface DeclaredPart {
  name: string;
  entry: JSZip.JSZipObject;
  /** From the central directory; null when JSZip does not expose it. */
  compressedSize: number | null;
  uncompressedSize: number | null;
}

export async function openXlsxInBrowser(
  file: string,
  bytes: Uint8Array,
  limits: ZipLimits = PANE_ZIP_LIMITS
): Promise<JSZip> {
  assertXlsxKind(file, bytes);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes); // reads the directory only
  } catch {
    throw corruptXlsx(file);
  }
  const parts = declaredParts(zip);
  assertDeclaredSizes(file, parts, limits);
  if (!zip.file("xl/workbook.xml")) throw notAWorkbook(file, zip);
  let total = 0;
  for (const part of parts) {
    const cap = Math.min(
      part.uncompressedSize ?? limits.maxEntryBytes,
      limits.maxTotalBytes - total
    );
    const inflated = await inflatedSizeUpTo(part.entry, cap);
    if (inflated === "over") throw partGrew(file, part, limits);
    total += inflated;
  }
  return zip;
}

export function corruptXlsx(file: string): FileProblem {
  return fileProblem(
    file,
    "文件已损坏（压缩包无法解开），请在 Excel 中打开并重新保存后再试。",
    "the file is corrupt (the zip package cannot be read). Open it in Excel, save it again and retry."
  );
}

function declaredParts(zip: JSZip): DeclaredPart[] {
  return Object.values(zip.files)
    .filter((entry) => !entry.dir)
    .map((entry) => {
      // JSZip keeps the directory's sizes on the entry's (undocumented) compressed object.
      const data = (entry as unknown as { _data?: Record<string, unknown> })._data;
      return {
        name: entry.name,
        entry,
        compressedSize: declaredSize(data?.compressedSize),
        uncompressedSize: declaredSize(data?.uncompressedSize),
      };
    });
}

/** JSZip reads the 4-byte sizes as signed numbers: 2 GB and more come back negative. */
function declaredSize(value: unknown): number | null {
  if (typeof value !== "number" || !Number.isFinite(value)) return null;
  return value < 0 ? value + 2 ** 32 : value;
}

function assertDeclaredSizes(file: string, parts: DeclaredPart[], limits: ZipLimits): void {
  let total = 0;
  for (const part of parts) {
    if (part.uncompressedSize === null) continue;
    total += part.uncompressedSize;
    const ratio = part.uncompressedSize / Math.max(1, part.compressedSize ?? 0);
    const tooBig = part.uncompressedSize > limits.maxEntryBytes;
    const tooDense = part.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio;
    if (tooBig || tooDense) {
      const times = Math.round(ratio);
      throw fileProblem(
        file,
        `其中的 ${part.name} 解压后达 ${size(part.uncompressedSize)}（压缩后仅 ${size(part.compressedSize ?? 0)}，约 ${times} 倍），超过可安全读取的上限（单个部件 ${size(limits.maxEntryBytes)}、压缩比 ${limits.maxRatio} 倍），疑似“压缩炸弹”，已拒绝读取。`,
        `its part ${part.name} would inflate to ${size(part.uncompressedSize)} (from ${size(part.compressedSize ?? 0)}, about ${times} times), beyond what can safely be read (${size(limits.maxEntryBytes)} per part, ratio ${limits.maxRatio}); it looks like a zip bomb and was refused.`
      );
    }
  }
  if (total > limits.maxTotalBytes) throw tooMuchInAll(file, total, limits);
}

function tooMuchInAll(file: string, total: number, limits: ZipLimits): FileProblem {
  return fileProblem(
    file,
    `解压后共 ${size(total)}，超过可安全读取的上限（${size(limits.maxTotalBytes)}），疑似“压缩炸弹”，已拒绝读取。`,
    `it would inflate to ${size(total)} in all, more than can safely be read (${size(limits.maxTotalBytes)}); it looks like a zip bomb and was refused.`
  );
}

function notAWorkbook(file: string, zip: JSZip): FileProblem {
  const isOtherOffice = zip.file("word/document.xml") || zip.file("ppt/presentation.xml");
  return fileProblem(
    file,
    isOtherOffice
      ? "这是 Word 或 PowerPoint 文件，不是 Excel 工作簿（.xlsx）。"
      : "压缩包中没有 Excel 工作簿内容，不是有效的 .xlsx 文件。",
    isOtherOffice
      ? "this is a Word or PowerPoint file, not an Excel workbook (.xlsx)."
      : "the zip holds no Excel workbook; it is not a valid .xlsx file."
  );
}

/** A part that inflates beyond its declared size (or, with no declared size, beyond the limits). */
function partGrew(file: string, part: DeclaredPart, limits: ZipLimits): FileProblem {
  if (part.uncompressedSize === null) return tooMuchInAll(file, limits.maxTotalBytes + 1, limits);
  return fileProblem(
    file,
    `其中的 ${part.name} 解压后超过了它声明的大小（${size(part.uncompressedSize)}），文件已损坏或被篡改（疑似“压缩炸弹”），已拒绝读取。`,
    `its part ${part.name} inflates to more than its declared size (${size(part.uncompressedSize)}); the file is corrupt or tampered with (it looks like a zip bomb) and was refused.`
  );
}

interface ChunkStream {
  on(event: "data", callback: (chunk: Uint8Array) => void): ChunkStream;
  on(event: "end" | "error", callback: () => void): ChunkStream;
  resume(): ChunkStream;
  pause(): ChunkStream;
}

/**
 * Inflates a part chunk by chunk (JSZip feeds 16 KB of compressed data at a time), keeping
 * nothing; "over" as soon as it exceeds `cap`. A part that fails to inflate is left to exceljs,
 * which then reports the file as corrupt.
 */
function inflatedSizeUpTo(entry: JSZip.JSZipObject, cap: number): Promise<number | "over"> {
  return new Promise((resolve) => {
    let total = 0;
    const stream = (
      entry as unknown as { internalStream(type: "uint8array"): ChunkStream }
    ).internalStream("uint8array");
    stream
      .on("data", (chunk) => {
        total += chunk.length;
        if (total > cap) {
          stream.pause();
          resolve("over");
        }
      })
      .on("error", () => resolve(total))
      .on("end", () => resolve(total))
      .resume();
  });
}

function size(bytes: number): string {
  if (bytes >= 1024 * MiB) return `${(bytes / (1024 * MiB)).toFixed(1)} GB`;
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}
