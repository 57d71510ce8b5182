import assert from "node:assert/strict";
import { linkSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  canonicalLocation,
  fileIdentity,
  findSameFile,
  flipCase,
  isCaseInsensitiveAt,
  sameFile,
  samePathText,
} from "../../src/cli/file-identity";

describe("cli: file identity (one file under many names)", () => {
  const dir = mkdtempSync(join(tmpdir(), "tz-identity-"));
  const a = join(dir, "a.xlsx");
  writeFileSync(a, "a");
  writeFileSync(join(dir, "other.xlsx"), "b");

  it("sees a hard link, a symbolic link and a relative spelling as the same file", async () => {
    linkSync(a, join(dir, "hard.xlsx"));
    symlinkSync(a, join(dir, "soft.xlsx"));
    assert.equal(await sameFile(a, join(dir, "hard.xlsx")), true);
    assert.equal(await sameFile(a, join(dir, "soft.xlsx")), true);
    assert.equal(await sameFile(a, join(dir, ".", "sub", "..", "a.xlsx")), true);
    assert.equal(await sameFile(a, join(dir, "other.xlsx")), false);
  });

  it("compares paths not written yet by location: two outputs to one new path", async () => {
    mkdirSync(join(dir, "real"));
    symlinkSync(join(dir, "real"), join(dir, "alias"));
    assert.equal(await sameFile(join(dir, "new.json"), join(dir, "x", "..", "new.json")), true);
    assert.equal(await sameFile(join(dir, "real", "r.xlsx"), join(dir, "alias", "r.xlsx")), true);
    assert.equal(await sameFile(join(dir, "new.json"), join(dir, "new2.json")), false);
    // An existing file and a new path are never one file.
    assert.equal(await sameFile(a, join(dir, "not-there.xlsx")), false);
    assert.deepEqual(await canonicalLocation(join(dir, "alias", "deep", "r.xlsx")), {
      path: join(await fileIdentity(join(dir, "real")).then((i) => i!.realPath), "deep", "r.xlsx"),
      existing: (await fileIdentity(join(dir, "real")))!.realPath,
    });
  });

  it("finds the first pair that names one file", async () => {
    assert.deepEqual(
      await findSameFile([a, join(dir, "other.xlsx"), join(dir, "hard.xlsx")]),
      [0, 2]
    );
    assert.equal(await findSameFile([a, join(dir, "other.xlsx")]), null);
  });

  it("folds case (and Unicode normalisation) only where the file system ignores case", () => {
    assert.equal(samePathText("/d/COUNTY.xlsx", "/d/county.xlsx", true), true);
    assert.equal(samePathText("/d/COUNTY.xlsx", "/d/county.xlsx", false), false);
    // "é" precomposed against e + combining accent (macOS stores names decomposed).
    assert.equal(samePathText("/d/caf\u00e9.xlsx", "/d/cafe\u0301.xlsx", true), true);
    assert.equal(samePathText("/d/台账.xlsx", "/d/台账2.xlsx", true), false);
  });

  it("probes the case sensitivity of the file system by flipping a name's case", async () => {
    assert.equal(flipCase("County-2024.xlsx"), "cOUNTY-2024.XLSX");
    assert.equal(flipCase("台账-2024"), null);
    // This machine's temp folder: the probe agrees with what the file system does.
    const probe = join(dir, "Probe.txt");
    writeFileSync(probe, "p");
    const insensitive = (await fileIdentity(join(dir, "pROBE.TXT"))) !== null;
    assert.equal(await isCaseInsensitiveAt(probe), insensitive);
    // A name without letters defers to the nearest folder name that has some.
    mkdirSync(join(dir, "台账"));
    assert.equal(await isCaseInsensitiveAt(join(dir, "台账")), insensitive);
  });
});
