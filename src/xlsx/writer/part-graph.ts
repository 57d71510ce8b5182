/**
 * Which parts of a package are in use: those reachable from the package's root relationships
 * through internal relationships. After report sheets are detached, the parts only they used
 * (their drawings, charts, comments) are exactly those that stopped being reachable.
 */
import type { OutputPackage } from "./package";
import {
  folderOf,
  readRelationships,
  relsPathOf,
  removeContentTypeOverrides,
  resolveTarget,
} from "../zip-parts";

/** Names (lower case) of the parts reachable from _rels/.rels, the .rels parts included. */
export function reachableParts(pkg: OutputPackage): Set<string> {
  const reached = new Set<string>();
  const visit = (relsPath: string, sourceFolder: string) => {
    if (!pkg.has(relsPath) || reached.has(relsPath.toLowerCase())) return;
    reached.add(relsPath.toLowerCase());
    for (const rel of readRelationships(pkg, relsPath)) {
      if (rel.external) continue;
      const target = resolveTarget(sourceFolder, rel.target);
      if (reached.has(target.toLowerCase()) || !pkg.has(target)) continue;
      reached.add(target.toLowerCase());
      visit(relsPathOf(target), folderOf(target));
    }
  };
  visit("_rels/.rels", "");
  return reached;
}

/** Deletes the parts of `before` that are no longer reachable, with their content types. */
export function deleteUnreachable(pkg: OutputPackage, before: Set<string>): void {
  const now = reachableParts(pkg);
  const gone = [...before].filter((p) => !now.has(p) && pkg.has(p));
  const names = gone.map((p) => pkg.storedName(p)!);
  for (const name of names) pkg.delete(name);
  removeContentTypeOverrides(pkg, names);
}
