#!/usr/bin/env node
// Offline manifest validation (`npm run validate`): xmllint against the Office add-in XSDs in
// ../shared/manifest-schemas/. Checks manifest.xml and, when built, dist/manifest.xml.
// `office-addin-manifest validate` (npm run validate:online) needs the internet.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const schemaDir = resolve(root, "..", "shared", "manifest-schemas");
const schema = join(schemaDir, "OfficeAppManifestV1_1.xsd");

if (!existsSync(schema)) {
  console.log("skipped: ../shared/manifest-schemas not found (a user's own clone has none)");
  process.exit(0);
}
if (spawnSync("xmllint", ["--version"]).error) {
  console.error(
    "xmllint is not installed. Install it with:\n" +
      "  Debian/Ubuntu: apt-get install -y --no-install-recommends libxml2-utils\n" +
      "  macOS: it ships with the system (/usr/bin/xmllint)\n" +
      "  Windows: run `npm run validate` inside WSL (Debian/Ubuntu as above)"
  );
  process.exit(1);
}

const manifests = ["manifest.xml", join("dist", "manifest.xml")].filter((file) =>
  existsSync(join(root, file))
);
let failed = 0;
for (const manifest of manifests) {
  const result = spawnSync("xmllint", ["--noout", "--schema", schema, manifest], {
    cwd: root,
    encoding: "utf8",
  });
  // xmllint prints "<file> validates" or the errors and "<file> fails to validate" on stderr.
  process.stdout.write(result.stderr);
  if (result.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
