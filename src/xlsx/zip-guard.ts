/**
 * Refuses zip bombs BEFORE a workbook is inflated (Node): an .xlsx whose parts declare (in the
 * zip's central directory) more bytes than can safely be read, or an absurd compression ratio, is
 * rejected; so is a part that inflates to more than it declares (a lying directory). The grid
 * reader checks the directory the same way and caps each part it inflates at its declared size;
 * assertNoZipBomb inflates every part with that cap, for code that hands the whole package on.
 */
import { type ZipLimits, partBeyondDeclaredSize } from "./package-problems";
import {
  METHOD_DEFLATE,
  type ZipEntryInfo,
  assertDeclaredSizes,
  entryData,
  readCentralDirectory,
} from "./reader/zip-directory";
import { inflateWithZlib } from "./reader/inflate-node";
import { ZIP_LIMITS } from "./zip-limits";

export type { ZipLimits } from "./package-problems";
export { ZIP_LIMITS } from "./zip-limits";
export { readCentralDirectory, type ZipEntryInfo } from "./reader/zip-directory";

/** Packages already verified (the CLI opens the same bytes more than once). */
const verified = new WeakSet<Uint8Array>();

/**
 * Throws a FileProblem naming the file and the part when the package would inflate to more than
 * the limits allow. Packages without a readable directory are left to the zip reader (corrupt).
 */
export function assertNoZipBomb(
  file: string,
  bytes: Uint8Array,
  limits: ZipLimits = ZIP_LIMITS
): void {
  const cacheable = limits === ZIP_LIMITS;
  if (cacheable && verified.has(bytes)) return;
  const entries = readCentralDirectory(bytes);
  if (!entries) return;
  assertDeclaredSizes(file, entries, limits);
  for (const entry of entries) assertDeclaredSize(file, bytes, entry);
  if (cacheable) verified.add(bytes);
}

/** Inflates one part with its declared size as a hard cap: a part that holds more is refused. */
function assertDeclaredSize(file: string, bytes: Uint8Array, entry: ZipEntryInfo): void {
  if (entry.method !== METHOD_DEFLATE) return; // stored parts cannot grow; others fail as corrupt
  const data = entryData(bytes, entry);
  if (!data) return; // corrupt: the reader says so
  let inflated: Uint8Array | "over";
  try {
    inflated = inflateWithZlib(data, entry.uncompressedSize);
  } catch {
    return; // corrupt: the reader says so
  }
  if (inflated === "over") throw partBeyondDeclaredSize(file, entry.name, entry.uncompressedSize);
}
