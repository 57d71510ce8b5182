/**
 * Opens an .xlsx picked in the task pane (bytes in the browser, no Node) after the checks the CLI
 * makes with package.ts and zip-guard.ts: the file kind by magic bytes, a readable zip holding a
 * workbook, and no zip bomb. Sizes come from JSZip's reading of the central directory, before
 * anything is inflated; then each part is inflated as a stream that stops at its declared size,
 * so a lying directory cannot make exceljs fill the pane's memory. Messages as the CLI's.
 */
import JSZip from "jszip";
import type { FileProblem } from "./errors";
import {
  type ZipLimits,
  corruptPackage,
  notAWorkbook,
  partBeyondDeclaredSize,
  zipBombPart,
  zipBombTotal,
} from "./package-problems";
import { assertXlsxBytes } from "./sniff";

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
  assertXlsxBytes(file, bytes);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes); // reads the directory only
  } catch {
    throw corruptPackage(file);
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
      const { name, uncompressedSize } = part;
      throw zipBombPart(
        file,
        { name, uncompressedSize, compressedSize: part.compressedSize ?? 0 },
        limits
      );
    }
  }
  if (total > limits.maxTotalBytes) throw zipBombTotal(file, total, limits);
}

/** A part that inflates beyond its declared size (or, with no declared size, beyond the limits). */
function partGrew(file: string, part: DeclaredPart, limits: ZipLimits): FileProblem {
  if (part.uncompressedSize === null) return zipBombTotal(file, limits.maxTotalBytes + 1, limits);
  return partBeyondDeclaredSize(file, part.name, part.uncompressedSize);
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
