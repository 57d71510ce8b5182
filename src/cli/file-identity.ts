/**
 * Whether two paths name one file. Files that exist are compared by device + inode, which sees
 * through hard links, symbolic links, "./a" against "a" and, on a case-insensitive file system,
 * "COUNTY.xlsx" against "county.xlsx". Files not written yet (two outputs to one new path) are
 * compared by their canonical location, case-folded where that folder's file system ignores case
 * (found by probing: the same folder looked up with its name's case flipped).
 */
import { realpath, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

export interface FileIdentity {
  /** Device and inode (bigint: 64-bit file ids on Windows and network file systems). */
  dev: bigint;
  ino: bigint;
  size: number;
  /** The path with every symbolic link resolved. */
  realPath: string;
}

/** The identity of an existing file, or null when nothing is at the path. */
export async function fileIdentity(path: string): Promise<FileIdentity | null> {
  try {
    const info = await stat(path, { bigint: true });
    return {
      dev: info.dev,
      ino: info.ino,
      size: Number(info.size),
      realPath: await realpath(path),
    };
  } catch {
    return null;
  }
}

/** True when two paths name one file, whether or not the file exists yet. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [ia, ib] = await Promise.all([fileIdentity(a), fileIdentity(b)]);
  if (ia && ib) return sameIdentity(ia, ib);
  // Writing to a path that does not exist creates a new file: it cannot be an existing one.
  if (ia || ib) return false;
  const [la, lb] = await Promise.all([canonicalLocation(a), canonicalLocation(b)]);
  return samePathText(la.path, lb.path, await isCaseInsensitiveAt(la.existing));
}

/** The first pair of paths (by index, i < j) that name one file, or null when all differ. */
export async function findSameFile(paths: string[]): Promise<[number, number] | null> {
  for (let j = 1; j < paths.length; j++)
    for (let i = 0; i < j; i++) if (await sameFile(paths[i], paths[j])) return [i, j];
  return null;
}

export function sameIdentity(a: FileIdentity, b: FileIdentity): boolean {
  // Some file systems (FAT, some network shares) give no inode: fall back to the resolved path.
  if (a.ino === BigInt(0) || b.ino === BigInt(0)) return a.realPath === b.realPath;
  return a.dev === b.dev && a.ino === b.ino;
}

/** Path text comparison; folded (case and Unicode normalisation) on case-insensitive systems. */
export function samePathText(a: string, b: string, caseInsensitive: boolean): boolean {
  return caseInsensitive ? foldPath(a) === foldPath(b) : a === b;
}

function foldPath(path: string): string {
  return path.normalize("NFC").toLowerCase();
}

/**
 * Where a path that may not exist would be: its nearest existing folder with links resolved,
 * plus the rest of the path as given. `existing` is that folder.
 */
export async function canonicalLocation(path: string): Promise<{ path: string; existing: string }> {
  let existing = resolve(path);
  const rest: string[] = [];
  for (;;) {
    try {
      const real = await realpath(existing);
      return { path: join(real, ...rest), existing: real };
    } catch {
      const parent = dirname(existing);
      if (parent === existing) return { path: resolve(path), existing };
      rest.unshift(basename(existing));
      existing = parent;
    }
  }
}

/**
 * Whether the file system holding an existing path ignores case: the nearest name on the path
 * that has letters is looked up with its case flipped; the same file found means insensitive.
 * A path with no letters at all says nothing, so the platform's usual default is taken.
 */
export async function isCaseInsensitiveAt(existingPath: string): Promise<boolean> {
  let path = resolve(existingPath);
  for (;;) {
    const name = basename(path);
    const flipped = flipCase(name);
    if (flipped !== null) {
      const [original, other] = await Promise.all([
        fileIdentity(path),
        fileIdentity(join(dirname(path), flipped)),
      ]);
      return original !== null && other !== null && sameIdentity(original, other);
    }
    const parent = dirname(path);
    if (parent === path) return process.platform === "win32" || process.platform === "darwin";
    path = parent;
  }
}

/** The name with upper and lower case swapped, or null when it has no cased letters. */
export function flipCase(name: string): string | null {
  let flipped = "";
  for (const ch of name) {
    const upper = ch.toUpperCase();
    flipped += ch === upper ? ch.toLowerCase() : upper;
  }
  return flipped === name ? null : flipped;
}
