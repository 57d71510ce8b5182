/**
 * An .xlsx zip package, read-only: its directory checked against the zip-bomb limits before any
 * part is inflated, then each part inflated on demand with its declared size as a hard cap.
 * Part names are looked up as OPC says (case-insensitively, percent-encoding undone).
 */
import { type ZipLimits, corruptPackage, partBeyondDeclaredSize } from "../package-problems";
import type { InflateRaw, InflateRawAsync } from "./inflate";
import {
  METHOD_DEFLATE,
  METHOD_STORED,
  type ZipEntryInfo,
  assertDeclaredSizes,
  entryData,
  readCentralDirectory,
} from "./zip-directory";

/**
 * What the environment gives the package reader: its inflater (and one off the main thread, if
 * it has one) and its memory limits.
 */
export interface PackageEnv {
  inflate: InflateRaw;
  inflateAsync?: InflateRawAsync;
  limits: ZipLimits;
}

export class OpcPackage {
  private readonly byName = new Map<string, ZipEntryInfo>();
  private readonly byFoldedName = new Map<string, ZipEntryInfo>();

  private constructor(
    private readonly fileName: string,
    private readonly bytes: Uint8Array,
    entries: ZipEntryInfo[],
    private readonly env: PackageEnv
  ) {
    for (const entry of entries) {
      if (entry.name.endsWith("/")) continue;
      this.byName.set(entry.name, entry);
      const folded = entry.name.toLowerCase();
      if (!this.byFoldedName.has(folded)) this.byFoldedName.set(folded, entry);
    }
  }

  /** Throws a FileProblem for a package without a readable directory or over the limits. */
  static open(file: string, bytes: Uint8Array, env: PackageEnv): OpcPackage {
    const entries = readCentralDirectory(bytes);
    if (!entries) throw corruptPackage(file);
    assertDeclaredSizes(file, entries, env.limits);
    return new OpcPackage(file, bytes, entries, env);
  }

  /** Truthy when the package holds the part (the shape notAWorkbook() asks for). */
  file(name: string): ZipEntryInfo | undefined {
    return this.entry(name);
  }

  private entry(name: string): ZipEntryInfo | undefined {
    const exact = this.byName.get(name) ?? this.byFoldedName.get(name.toLowerCase());
    if (exact || !name.includes("%")) return exact;
    try {
      return this.entry(decodeURIComponent(name));
    } catch {
      return undefined;
    }
  }

  /** The part's bytes, or null when the package has no such part. */
  read(name: string): Uint8Array | null {
    const part = this.compressedPart(name);
    if (part === null || part instanceof Uint8Array) return part;
    let inflated: Uint8Array | "over";
    try {
      inflated = this.env.inflate(part.data, part.entry.uncompressedSize);
    } catch {
      throw corruptPackage(this.fileName);
    }
    return this.checked(part.entry, inflated);
  }

  /** read(), inflating off the main thread when the environment can. */
  async readAsync(name: string): Promise<Uint8Array | null> {
    const inflateAsync = this.env.inflateAsync;
    if (!inflateAsync) return this.read(name);
    const part = this.compressedPart(name);
    if (part === null || part instanceof Uint8Array) return part;
    let inflated: Uint8Array | "over";
    try {
      inflated = await inflateAsync(part.data, part.entry.uncompressedSize);
    } catch {
      throw corruptPackage(this.fileName);
    }
    return this.checked(part.entry, inflated);
  }

  /** null without such a part; a stored part's bytes; else what is to be inflated. */
  private compressedPart(
    name: string
  ): { entry: ZipEntryInfo; data: Uint8Array } | Uint8Array | null {
    const entry = this.entry(name);
    if (!entry) return null;
    const data = entryData(this.bytes, entry);
    if (!data || (entry.flags & 1) !== 0) throw corruptPackage(this.fileName); // cut short, or encrypted
    if (entry.method === METHOD_STORED) return data.subarray(0, entry.uncompressedSize);
    if (entry.method !== METHOD_DEFLATE) throw corruptPackage(this.fileName);
    return { entry, data };
  }

  private checked(entry: ZipEntryInfo, inflated: Uint8Array | "over"): Uint8Array {
    if (inflated === "over")
      throw partBeyondDeclaredSize(this.fileName, entry.name, entry.uncompressedSize);
    return inflated;
  }
}
