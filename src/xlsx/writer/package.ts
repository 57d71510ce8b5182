/**
 * The package being written: its parts in zip order, each one copied as stored from the user's
 * file, an XML text still being edited (the index parts), or already deflated (our sheets).
 * Part names compare case-insensitively, as OPC says.
 */
import { deflateChunks, packZip, type PackedPart } from "../zip-writer";
import { readZipEntries, ZipEntryError, type ZipEntry } from "./zip-entries";

type Part =
  | { kind: "copied"; entry: ZipEntry; text?: string }
  | { kind: "text"; name: string; text: string }
  | { kind: "packed"; name: string; part: Promise<PackedPart> };

/** Index parts are small; anything larger is not a part we can edit in memory. */
export const MAX_EDITED_PART_BYTES = 64 * 1024 * 1024;

export class OutputPackage {
  private readonly parts = new Map<string, Part>();

  constructor(copied: ZipEntry[] = []) {
    for (const entry of copied) this.parts.set(key(entry.name), { kind: "copied", entry });
  }

  has(name: string): boolean {
    return this.parts.has(key(name));
  }

  /** The part's name as stored (its case may differ from a relationship target's). */
  storedName(name: string): string | null {
    const part = this.parts.get(key(name));
    if (!part) return null;
    return part.kind === "copied" ? part.entry.name : part.name;
  }

  /** The part as text (a copied part is inflated, up to MAX_EDITED_PART_BYTES); null when absent. */
  text(name: string): string | null {
    const part = this.parts.get(key(name));
    if (!part) return null;
    if (part.kind === "text") return part.text;
    if (part.kind === "copied") return (part.text ??= utf8Text(part.entry));
    throw new Error(`${name} is already packed`);
  }

  /** Sets an edited or new XML part; a replaced part keeps its place in the zip. */
  setText(name: string, text: string): void {
    const existing = this.storedName(name);
    this.parts.set(key(name), { kind: "text", name: existing ?? name, text });
  }

  /** Writes a (large) part from its chunks; it is deflated in the background. */
  write(name: string, chunks: Iterable<string | Buffer>): void {
    const stored = this.storedName(name) ?? name;
    const part = deflateChunks(stored, chunks);
    // Awaited in toBuffer; a failure must not go unhandled before then.
    part.catch(() => undefined);
    this.parts.set(key(name), { kind: "packed", name: stored, part });
  }

  delete(name: string): void {
    this.parts.delete(key(name));
  }

  async toBuffer(): Promise<Buffer> {
    const packed = await Promise.all(
      [...this.parts.values()].map(async (part) =>
        part.kind === "copied"
          ? part.entry
          : part.kind === "packed"
            ? part.part
            : deflateChunks(part.name, [part.text])
      )
    );
    return packZip(packed);
  }
}

/** A part's text; a part in UTF-16 (legal, but never written by Excel) cannot be edited here. */
function utf8Text(entry: ZipEntry): string {
  const bytes = entry.inflate(MAX_EDITED_PART_BYTES);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new ZipEntryError({
      "zh-CN": `${entry.name} 是 UTF-16 编码`,
      en: `${entry.name} is UTF-16 text`,
    });
  return bytes.toString("utf8");
}

function key(name: string): string {
  return name.toLowerCase();
}

/** The package of an .xlsx file's bytes, every entry copied as stored. */
export function packageOf(bytes: Buffer): OutputPackage {
  return new OutputPackage(readZipEntries(bytes));
}
