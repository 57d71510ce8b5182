/**
 * Differential test: our .xlsx reader against an independent one, SheetJS (its own zip, XML and
 * OOXML code), on every fixture workbook, both samples, the readable hostile corpus and the
 * real .xls templates (converted to .xlsx by LibreOffice, so that our scanner reads LibreOffice's
 * XML while SheetJS reads the original BIFF). Both readings go through the same grid building, so
 * any difference is a difference in reading the file: sheet names and states, cell values and
 * their types, which cells hold a formula, merges, hidden rows, the grid's origin. On all of
 * these files the two readings agree exactly. Accepted differences, each justified:
 *
 * - Number formats and formula texts are not compared: SheetJS names built-in formats its own
 *   way ("m/d/yy" for id 14) and spells formulas its own way; the core only asks a format
 *   whether it is a date or a percentage, and a cell whether it holds a formula.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { read } from "@e965/xlsx";
import type { CellValue } from "../../src/core/types";
import { FileProblem } from "../../src/xlsx/errors";
import { readWorkbookSheetsFromBuffer } from "../../src/xlsx/read-grid";
import type { SheetGrid } from "../../src/xlsx/reader/read-workbook";
import { sheetJsGrids } from "../../src/xlsx/reader/sheetjs-workbook";
import { writeFixtures } from "../fixtures/workbooks/generate";
import { CORPUS } from "../hostile/corpus";

const ROOT = resolve(__dirname, "..", "..");
const REAL = resolve(ROOT, "..", "shared", "samples", "real");

/** Corpus files SheetJS must not be given: bombs it would inflate whole. */
const BOMBS = new Set(["zip-bomb.xlsx", "zip-bomb-lying.xlsx"]);

function sheetJsRead(bytes: Uint8Array, file: string): SheetGrid[] {
  const workbook = read(bytes, {
    type: "array",
    dense: true,
    cellNF: true,
    cellStyles: true,
    sheetStubs: true,
    cellFormula: true,
  });
  return sheetJsGrids(workbook, file);
}

function typeOf(value: CellValue): string {
  return value === null ? "null" : typeof value;
}

/** Every difference between two readings, cell by cell ("" when there is none). */
function differences(ours: SheetGrid[], theirs: SheetGrid[]): string[] {
  const found: string[] = [];
  const names = (gs: SheetGrid[]) => gs.map((g) => `${g.sheetName}:${g.state ?? "visible"}`);
  if (names(ours).join("|") !== names(theirs).join("|"))
    return [`sheets ${names(ours).join(", ")} vs ${names(theirs).join(", ")}`];
  ours.forEach((a, i) => {
    const b = theirs[i];
    const where = (r: number, c: number) => `${a.sheetName}!R${r + 1}C${c + 1}`;
    if (JSON.stringify(a.origin) !== JSON.stringify(b.origin))
      found.push(
        `${a.sheetName} origin ${JSON.stringify(a.origin)} vs ${JSON.stringify(b.origin)}`
      );
    const rows = Math.max(a.values.length, b.values.length);
    for (let r = 0; r < rows; r++) {
      const ra = a.values[r] ?? [];
      const rb = b.values[r] ?? [];
      for (let c = 0; c < Math.max(ra.length, rb.length); c++) {
        const x = ra[c] ?? null;
        const y = rb[c] ?? null;
        const formulas = [a, b].map((g) => (g.formulas?.[r]?.[c] ?? null) !== null);
        if (formulas[0] !== formulas[1])
          found.push(`${where(r, c)} formula ${formulas[0]} vs ${formulas[1]}`);
        if (Object.is(x, y) || (x === 0 && y === 0)) continue;
        found.push(
          `${where(r, c)} ${typeOf(x)} ${JSON.stringify(x)} vs ${typeOf(y)} ${JSON.stringify(y)}`
        );
        if (found.length > 20) return;
      }
    }
    const merges = (g: SheetGrid) =>
      JSON.stringify([...(g.merges ?? [])].sort((m, n) => m.top - n.top || m.left - n.left));
    if (merges(a) !== merges(b)) found.push(`${a.sheetName} merges ${merges(a)} vs ${merges(b)}`);
    if (JSON.stringify(a.hiddenRows) !== JSON.stringify(b.hiddenRows))
      found.push(
        `${a.sheetName} hidden rows ${JSON.stringify(a.hiddenRows)} vs ${JSON.stringify(b.hiddenRows)}`
      );
  });
  return found;
}

async function ours(bytes: Uint8Array, file: string): Promise<SheetGrid[] | FileProblem> {
  try {
    return await readWorkbookSheetsFromBuffer(bytes, file);
  } catch (error) {
    assert.ok(error instanceof FileProblem, `${file}: ${String(error)}`);
    return error;
  }
}

function hasSoffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

describe("xlsx reader: differential test against SheetJS", function () {
  this.timeout(300_000);
  const dir = mkdtempSync(join(tmpdir(), "tz-diff-"));

  async function compareFile(file: string, bytes: Buffer): Promise<void> {
    const mine = await ours(bytes, file);
    if (mine instanceof FileProblem) return; // refused files are the hostile tests' business
    assert.deepEqual(differences(mine, sheetJsRead(bytes, file)), [], file);
  }

  it("every fixture workbook and both samples", async () => {
    const fixtures = await writeFixtures(join(dir, "fixtures"));
    const files = [
      ...Object.values(fixtures),
      ...readdirSync(join(ROOT, "samples"))
        .filter((f) => f.endsWith(".xlsx"))
        .map((f) => join(ROOT, "samples", f)),
    ];
    assert.ok(files.length >= 11, `${files.length} files`);
    for (const file of files) await compareFile(file, readFileSync(file));
  });

  it("the hostile corpus (every case our reader reads, bombs excepted)", async () => {
    let compared = 0;
    for (const c of CORPUS) {
      if (BOMBS.has(c.file)) continue;
      const bytes = Buffer.from(await c.make());
      const mine = await ours(bytes, c.file);
      if (mine instanceof FileProblem) continue;
      assert.deepEqual(differences(mine, sheetJsRead(bytes, c.file)), [], c.file);
      compared++;
    }
    assert.ok(compared >= 25, `${compared} cases compared`);
  });

  it("the real .xls templates: SheetJS on the .xls, our reader on LibreOffice's .xlsx of it", function () {
    const real = existsSync(REAL) ? readdirSync(REAL).filter((f) => f.endsWith(".xls")) : [];
    if (real.length === 0) this.skip();
    if (!hasSoffice()) {
      console.log("      (skipped: LibreOffice's soffice is not installed)");
      this.skip();
    }
    const out = join(dir, "real");
    const profile = `file:///tmp/lo-tz-diff-${process.pid}`;
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=${profile}`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        out,
        ...real.map((f) => join(REAL, f)),
      ],
      { stdio: "ignore", timeout: 180_000 }
    );
    return (async () => {
      for (const f of real) {
        const xls = readFileSync(join(REAL, f));
        const xlsx = readFileSync(join(out, f.replace(/\.xls$/, ".xlsx")));
        const mine = await ours(xlsx, f);
        assert.ok(
          !(mine instanceof FileProblem),
          `${f}: ${mine instanceof FileProblem && mine.text.en}`
        );
        assert.deepEqual(differences(mine, sheetJsRead(xls, f)), [], f);
      }
    })();
  });

  it("the comparison sees a changed value, type, merge, hidden row or sheet state", async () => {
    const fixtures = await writeFixtures(join(dir, "self"));
    const bytes = readFileSync(fixtures.values);
    const base = await readWorkbookSheetsFromBuffer(bytes, "values.xlsx");
    const changed = (change: (g: SheetGrid[]) => void) => {
      const copy = structuredClone(base);
      change(copy);
      return differences(copy, base).length;
    };
    assert.equal(
      changed(() => {}),
      0
    );
    assert.ok(changed((g) => (g[0].values[1][0] = "1.5")) > 0, "a number read as text");
    assert.ok(changed((g) => (g[0].values[2][1] = 1)) > 0, "TRUE read as 1");
    assert.ok(changed((g) => g[0].merges!.pop()) > 0, "a merge lost");
    assert.ok(changed((g) => g[0].hiddenRows!.pop()) > 0, "a hidden row lost");
    assert.ok(changed((g) => delete g[1].state) > 0, "a hidden sheet read as visible");
    assert.ok(changed((g) => (g[0].formulas![4][1] = null)) > 0, "a formula lost");
  });
});
