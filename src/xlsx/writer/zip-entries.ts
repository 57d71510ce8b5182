/**
 * The entries of a user's zip package as they are stored (compressed bytes, method, CRC), so
 * --append copies each one byte for byte without inflating it. Only the few index parts the edit
 * must change are inflated, each with a hard size cap. What cannot be copied faithfully
 * (encrypted entries, unknown compression, entries beyond a plain zip's 4 GB, two entries of one
 * name) is refused. The directory itself is read by the reader's zip-directory.ts.
 */
import { inflateRawSync } from "node:zlib";
import type { LocalText } from "../../core/index";
import {
  entryData,
  METHOD_DEFLATE,
  METHOD_STORED,
  readCentralDirectory,
  type ZipEntryInfo,
} from "../reader/zip-directory";
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

const ENCRYPTED_FLAG = 0x0001;
const U32_MAX = 0xffffffff;

export function readZipEntries(bytes: Buffer): ZipEntry[] {
  const directory = readCentralDirectory(bytes);
  if (!directory)
    throw new ZipEntryError({ "zh-CN": "压缩包目录已损坏", en: "a broken zip directory" });
  const seen = new Set<string>();
  return directory.map((info) => {
    const { name } = info;
    assertCopyable(info);
    if (seen.has(name.toLowerCase()))
      throw new ZipEntryError({
        "zh-CN": `有两个名为 ${name} 的部件`,
        en: `two entries named ${name}`,
      });
    seen.add(name.toLowerCase());
    const stored = entryData(bytes, info);
    if (!stored)
      throw new ZipEntryError({ "zh-CN": `${name} 不完整`, en: `a truncated entry (${name})` });
    const data = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
    return {
      name,
      deflated: data,
      method: info.method,
      size: info.uncompressedSize,
      crc: info.crc,
      modified: info.modified,
      inflate: (maxBytes: number) => inflateEntry(info, data, maxBytes),
    };
  });
}

function assertCopyable({
  name,
  flags,
  method,
  compressedSize,
  uncompressedSize,
}: ZipEntryInfo): void {
  if (flags & ENCRYPTED_FLAG)
    throw new ZipEntryError({ "zh-CN": `${name} 已加密`, en: `an encrypted entry (${name})` });
  if (method !== METHOD_STORED && method !== METHOD_DEFLATE)
    throw new ZipEntryError({
      "zh-CN": `${name} 使用了不支持的压缩方式 ${method}`,
      en: `an entry compressed with method ${method} (${name})`,
    });
  if (compressedSize >= U32_MAX || uncompressedSize >= U32_MAX)
    throw new ZipEntryError({
      "zh-CN": `${name} 超过 4 GB`,
      en: `${name} is larger than 4 GB`,
    });
}

function inflateEntry(info: ZipEntryInfo, data: Buffer, maxBytes: number): Buffer {
  const { name } = info;
  if (info.uncompressedSize > maxBytes)
    throw new ZipEntryError({
      "zh-CN": `${name} 大于 ${maxBytes} 字节`,
      en: `${name} is larger than ${maxBytes} bytes`,
    });
  if (info.method === METHOD_STORED) return data;
  try {
    // The cap holds even when the directory lies about the size.
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch {
    throw new ZipEntryError({ "zh-CN": `${name} 无法解压`, en: `${name} cannot be inflated` });
  }
}
