/**
 * Packs a zip with Node's native deflate (JSZip's pure-JS deflate was the slowest step of
 * writing a large report). Plain zip: no ZIP64, UTF-8 names, one fixed timestamp.
 */
import { promisify } from "node:util";
import { crc32, deflateRaw, deflateRawSync } from "node:zlib";

export interface PackedPart {
  name: string;
  /** Raw-deflate data. */
  deflated: Buffer;
  /** Uncompressed size and CRC-32 as recorded in the headers. */
  size: number;
  crc: number;
}

/** 2024-01-01 00:00 in MS-DOS format (zip timestamps; Excel ignores them). */
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;

export function deflatePart(name: string, data: Buffer, level = 6): PackedPart {
  return packedPart(name, data, deflateRawSync(data, { level }));
}

const deflateRawAsync = promisify(deflateRaw);

/** As deflatePart, on libuv's thread pool: the parts of a package deflate side by side. */
export async function deflatePartAsync(name: string, data: Buffer, level = 6): Promise<PackedPart> {
  return packedPart(name, data, await deflateRawAsync(data, { level }));
}

function packedPart(name: string, data: Buffer, deflated: Buffer): PackedPart {
  return { name, deflated, size: data.length, crc: crc32(data) };
}

/** The fields local and central headers share, in the same order, from `at`. */
function writeCommonFields(header: Buffer, at: number, part: PackedPart, nameLength: number): void {
  header.writeUInt16LE(UTF8_NAMES, at);
  header.writeUInt16LE(DEFLATE, at + 2);
  header.writeUInt16LE(DOS_DATE, at + 6);
  header.writeUInt32LE(part.crc >>> 0, at + 8);
  header.writeUInt32LE(part.deflated.length, at + 12);
  header.writeUInt32LE(part.size, at + 16);
  header.writeUInt16LE(nameLength, at + 20);
}

export function packZip(parts: PackedPart[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    writeCommonFields(local, 6, part, name.length);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // version made by
    entry.writeUInt16LE(20, 6); // version needed
    writeCommonFields(entry, 8, part, name.length);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, part.deflated);
    central.push(entry, name);
    offset += local.length + name.length + part.deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}
