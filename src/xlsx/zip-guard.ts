/**
 * Refuses zip bombs BEFORE the workbook is inflated for reading: an .xlsx whose parts declare
 * (in the zip's central directory) more bytes than can safely be read, or an absurd compression
 * ratio, is rejected; so is a part that inflates to more than it declares (a lying directory),
 * found by inflating each part with a hard output cap of its declared size.
 */
import { inflateRawSync } from "node:zlib";
import {
  type ZipLimits,
  partBeyondDeclaredSize,
  zipBombPart,
  zipBombTotal,
} from "./package-problems";

export type { ZipLimits } from "./package-problems";

const MiB = 1024 * 1024;

/**
 * exceljs holds every inflated part in memory and V8 strings stop near 512 MiB, so bigger parts
 * could not be read anyway. Real worksheet XML compresses 5–30 times; deflate's ceiling is
 * about 1000 times, which only runs of identical bytes (bombs) reach.
 */
export const ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 512 * MiB,
  maxTotalBytes: 1024 * MiB,
  maxRatio: 200,
  ratioFloorBytes: 8 * MiB,
};

export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD64_LOCATOR_SIGNATURE = 0x07064b50;
const EOCD64_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const U32_MAX = 0xffffffff;
const METHOD_DEFLATE = 8;

/** The central directory's entries, or null when the bytes have none that can be parsed. */
export function readCentralDirectory(bytes: Buffer): ZipEntryInfo[] | null {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) return null;
  let count = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === U32_MAX) {
    const zip64 = readZip64End(bytes, eocd);
    if (!zip64) return null;
    ({ count, offset } = zip64);
  }
  const entries: ZipEntryInfo[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > bytes.length) return null;
    const entry: ZipEntryInfo = {
      name: bytes.toString("utf8", at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
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

function findEndOfCentralDirectory(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let i = bytes.length - EOCD_SIZE; i >= lowest; i--)
    if (bytes.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  return -1;
}

function readZip64End(bytes: Buffer, eocd: number): { count: number; offset: number } | null {
  const locator = eocd - 20;
  if (locator < 0 || bytes.readUInt32LE(locator) !== EOCD64_LOCATOR_SIGNATURE) return null;
  const record = Number(bytes.readBigUInt64LE(locator + 8));
  if (record + 56 > bytes.length || bytes.readUInt32LE(record) !== EOCD64_SIGNATURE) return null;
  return {
    count: Number(bytes.readBigUInt64LE(record + 32)),
    offset: Number(bytes.readBigUInt64LE(record + 48)),
  };
}

/** ZIP64 extra field (id 1): 8-byte sizes and offset for the fields that hold 0xFFFFFFFF. */
function applyZip64Extra(entry: ZipEntryInfo, extra: Buffer): void {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === 1) {
      let field = at + 4;
      const next = (): number | null => {
        if (field + 8 > at + 4 + size || field + 8 > extra.length) return null;
        const value = Number(extra.readBigUInt64LE(field));
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

/** Packages already verified (the CLI opens the same bytes more than once). */
const verified = new WeakSet<Buffer>();

/**
 * Throws a FileProblem naming the file and the part when the package would inflate to more than
 * the limits allow. Packages without a readable directory are left to the zip reader (corrupt).
 */
export function assertNoZipBomb(file: string, bytes: Buffer, limits: ZipLimits = ZIP_LIMITS): void {
  const cacheable = limits === ZIP_LIMITS;
  if (cacheable && verified.has(bytes)) return;
  const entries = readCentralDirectory(bytes);
  if (!entries) return;
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    const tooBig = entry.uncompressedSize > limits.maxEntryBytes;
    const tooDense = entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio;
    if (tooBig || tooDense) throw zipBombPart(file, entry, limits);
  }
  if (total > limits.maxTotalBytes) throw zipBombTotal(file, total, limits);
  for (const entry of entries) assertDeclaredSize(file, bytes, entry);
  if (cacheable) verified.add(bytes);
}

/** Inflates one part with its declared size as a hard cap: a part that holds more is refused. */
function assertDeclaredSize(file: string, bytes: Buffer, entry: ZipEntryInfo): void {
  if (entry.method !== METHOD_DEFLATE) return; // stored parts cannot grow; others fail as corrupt
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_SIGNATURE) return;
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  try {
    inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ERR_BUFFER_TOO_LARGE") return; // corrupt: the reader says so
    throw partBeyondDeclaredSize(file, entry.name, entry.uncompressedSize);
  }
}
