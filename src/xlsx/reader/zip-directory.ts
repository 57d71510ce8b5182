/**
 * The zip central directory of a package, read from plain bytes (Node Buffers and browser
 * Uint8Arrays alike), and the zip-bomb rules that can be checked on it before anything is
 * inflated: declared sizes, ratios and the total. Shared by the CLI's and the task pane's readers.
 */
import { type ZipLimits, zipBombPart, zipBombTotal } from "../package-problems";

export interface ZipEntryInfo {
  name: string;
  method: number;
  /** General-purpose bit flags (bit 0: the entry is encrypted). */
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** CRC-32 and MS-DOS time and date as recorded (for copying an entry as stored). */
  crc: number;
  modified: { time: number; date: number };
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD64_LOCATOR_SIGNATURE = 0x07064b50;
const EOCD64_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const U32_MAX = 0xffffffff;
export const METHOD_STORED = 0;
export const METHOD_DEFLATE = 8;

const utf8 = new TextDecoder("utf-8");

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The central directory's entries, or null when the bytes have none that can be parsed. */
export function readCentralDirectory(bytes: Uint8Array): ZipEntryInfo[] | null {
  const data = view(bytes);
  const eocd = findEndOfCentralDirectory(data);
  if (eocd < 0) return null;
  let count = data.getUint16(eocd + 10, true);
  let offset = data.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === U32_MAX) {
    const zip64 = readZip64End(data, eocd);
    if (!zip64) return null;
    ({ count, offset } = zip64);
  }
  const entries: ZipEntryInfo[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== CENTRAL_SIGNATURE) return null;
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > bytes.length) return null;
    const entry: ZipEntryInfo = {
      name: utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: data.getUint16(at + 10, true),
      flags: data.getUint16(at + 8, true),
      compressedSize: data.getUint32(at + 20, true),
      uncompressedSize: data.getUint32(at + 24, true),
      localHeaderOffset: data.getUint32(at + 42, true),
      crc: data.getUint32(at + 16, true),
      modified: { time: data.getUint16(at + 12, true), date: data.getUint16(at + 14, true) },
    };
    applyZip64Extra(
      entry,
      bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength)
    );
    entries.push(entry);
    at = end;
  }
  return entries;
}

function findEndOfCentralDirectory(data: DataView): number {
  const lowest = Math.max(0, data.byteLength - EOCD_SIZE - MAX_COMMENT);
  for (let i = data.byteLength - EOCD_SIZE; i >= lowest; i--)
    if (data.getUint32(i, true) === EOCD_SIGNATURE) return i;
  return -1;
}

function readZip64End(data: DataView, eocd: number): { count: number; offset: number } | null {
  const locator = eocd - 20;
  if (locator < 0 || data.getUint32(locator, true) !== EOCD64_LOCATOR_SIGNATURE) return null;
  const record = Number(data.getBigUint64(locator + 8, true));
  if (record + 56 > data.byteLength || data.getUint32(record, true) !== EOCD64_SIGNATURE)
    return null;
  return {
    count: Number(data.getBigUint64(record + 32, true)),
    offset: Number(data.getBigUint64(record + 48, true)),
  };
}

/** ZIP64 extra field (id 1): 8-byte sizes and offset for the fields that hold 0xFFFFFFFF. */
function applyZip64Extra(entry: ZipEntryInfo, extra: Uint8Array): void {
  const data = view(extra);
  for (let at = 0; at + 4 <= extra.length;) {
    const id = data.getUint16(at, true);
    const size = data.getUint16(at + 2, true);
    if (id === 1) {
      let field = at + 4;
      const next = (): number | null => {
        if (field + 8 > at + 4 + size || field + 8 > extra.length) return null;
        const value = Number(data.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === U32_MAX) entry.uncompressedSize = next() ?? U32_MAX;
      if (entry.compressedSize === U32_MAX) entry.compressedSize = next() ?? U32_MAX;
      if (entry.localHeaderOffset === U32_MAX) entry.localHeaderOffset = next() ?? U32_MAX;
      return;
    }
    at += 4 + size;
  }
}

/** The entry's stored (compressed) bytes, located through its local header; null if out of bounds. */
export function entryData(bytes: Uint8Array, entry: ZipEntryInfo): Uint8Array | null {
  const data = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || data.getUint32(at, true) !== LOCAL_SIGNATURE) return null;
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return null;
  return bytes.subarray(start, end);
}

/**
 * Throws a FileProblem naming the file and the part when the directory declares more than the
 * limits allow: one part too big or compressed suspiciously much, or all parts too big together.
 */
export function assertDeclaredSizes(
  file: string,
  entries: readonly ZipEntryInfo[],
  limits: ZipLimits
): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    const tooBig = entry.uncompressedSize > limits.maxEntryBytes;
    const tooDense = entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio;
    if (tooBig || tooDense) throw zipBombPart(file, entry, limits);
  }
  if (total > limits.maxTotalBytes) throw zipBombTotal(file, total, limits);
}
