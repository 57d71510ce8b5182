/**
 * The entries of a user's zip package as they are stored (compressed bytes, method, CRC), so
 * --append copies each one byte for byte without inflating it. Only the few index parts the edit
 * must change are inflated, each with a hard size cap. What cannot be copied faithfully
 * (encrypted entries, ZIP64, unknown compression, two entries of one name) is refused.
 */
import { inflateRawSync } from "node:zlib";
import type { LocalText } from "../../core/types";
import type { PackedPart } from "../zip-writer";

export interface ZipEntry extends PackedPart {
  /** Uncompressed bytes; throws ZipEntryError beyond `maxBytes`. */
  inflate(maxBytes: number): Buffer;
}

export class ZipEntryError extends Error {
  constructor(readonly reason: LocalText) {
    super(reason.en);
  }
}

const ZIP64: LocalText = { "zh-CN": "使用了 ZIP64 格式", en: "it uses ZIP64" };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const STORED = 0;
const DEFLATE = 8;
const ENCRYPTED_FLAG = 0x0001;
const UTF8_FLAG = 0x0800;

export function readZipEntries(bytes: Buffer): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(bytes);
  const count = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const offset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff || size === 0xffffffff)
    throw new ZipEntryError(ZIP64);
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE)
      throw new ZipEntryError({ "zh-CN": "压缩包目录已损坏", en: "a broken central directory" });
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const crc = bytes.readUInt32LE(at + 16);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const uncompressed = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localOffset = bytes.readUInt32LE(at + 42);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    // A name not flagged UTF-8 is CP437; OOXML part names are ASCII, where the two agree.
    const name = nameBytes.toString(flags & UTF8_FLAG ? "utf8" : "latin1");
    if (flags & ENCRYPTED_FLAG)
      throw new ZipEntryError({ "zh-CN": `${name} 已加密`, en: `an encrypted entry (${name})` });
    if (method !== STORED && method !== DEFLATE)
      throw new ZipEntryError({
        "zh-CN": `${name} 使用了不支持的压缩方式 ${method}`,
        en: `an entry compressed with method ${method} (${name})`,
      });
    if (compressedSize === 0xffffffff || uncompressed === 0xffffffff || localOffset === 0xffffffff)
      throw new ZipEntryError(ZIP64);
    if (seen.has(name.toLowerCase()))
      throw new ZipEntryError({
        "zh-CN": `有两个名为 ${name} 的部件`,
        en: `two entries named ${name}`,
      });
    seen.add(name.toLowerCase());
    const data = localData(bytes, localOffset, compressedSize, name);
    entries.push({
      name,
      deflated: data,
      method,
      size: uncompressed,
      crc,
      modified: { time: bytes.readUInt16LE(at + 12), date: bytes.readUInt16LE(at + 14) },
      inflate: (maxBytes) => inflateEntry(name, method, data, uncompressed, maxBytes),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--)
    if (bytes.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  throw new ZipEntryError({ "zh-CN": "找不到压缩包目录", en: "no zip directory" });
}

function localData(bytes: Buffer, offset: number, compressedSize: number, name: string): Buffer {
  if (offset + 30 > bytes.length || bytes.readUInt32LE(offset) !== LOCAL_SIGNATURE)
    throw new ZipEntryError({ "zh-CN": `${name} 已损坏`, en: `a broken entry (${name})` });
  const start = offset + 30 + bytes.readUInt16LE(offset + 26) + bytes.readUInt16LE(offset + 28);
  if (start + compressedSize > bytes.length)
    throw new ZipEntryError({ "zh-CN": `${name} 不完整`, en: `a truncated entry (${name})` });
  return bytes.subarray(start, start + compressedSize);
}

function inflateEntry(
  name: string,
  method: number,
  data: Buffer,
  declared: number,
  maxBytes: number
): Buffer {
  if (declared > maxBytes)
    throw new ZipEntryError({
      "zh-CN": `${name} 大于 ${maxBytes} 字节`,
      en: `${name} is larger than ${maxBytes} bytes`,
    });
  if (method === STORED) return data;
  try {
    // The cap holds even when the directory lies about the size.
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch {
    throw new ZipEntryError({ "zh-CN": `${name} 无法解压`, en: `${name} cannot be inflated` });
  }
}
