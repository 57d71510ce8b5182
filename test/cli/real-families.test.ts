/**
 * End to end: a subset of the real-layout fixture families (one or two per family, and the mirrors
 * of the real templates) written as real .xlsx files with their merges, some also converted to
 * .xls by LibreOffice, and checked through the CLI's JSON (`taizhang check F --json -`) on
 * totals, groups and projects[].name against the answer key.
 */
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  END_TO_END,
  RESPONSIBILITY_SHEETS,
  realFamilyCases,
  type RealCase,
} from "../fixtures/real-families";
import { convertToXls, writeGridsXlsx } from "../fixtures/real-families/xlsx";
import { runCli, type CliRun } from "./run-cli";

const RELATIVE = 1e-6;
const MIRROR_BOOK = "项目目标责任制表";

interface JsonTotals {
  totalInvestment: number;
  annualPlan: number;
  completed: number | null;
}
interface JsonReport {
  totals: JsonTotals;
  groups: Record<string, (JsonTotals & { key: string; projects: number })[]>;
  projects: { name: string | null }[];
}

const cases = new Map(realFamilyCases().map((c) => [c.id, c]));
function caseOf(id: string): RealCase {
  const c = cases.get(id);
  if (!c) throw new Error(`no fixture case ${id}`);
  return c;
}
/** The mirror case of a sheet of 项目目标责任制表 (M1–M4). */
const mirrorOf = (sheet: string) =>
  [...cases.values()].find((c) => c.family === "M" && c.grid.sheetName === sheet)!;

function close(actual: number | null | undefined, expected: number): boolean {
  return (
    typeof actual === "number" &&
    Math.abs(actual - expected) <= RELATIVE * Math.max(1, Math.abs(expected))
  );
}

function parse(run: CliRun): JsonReport | null {
  try {
    return JSON.parse(run.stdout) as JsonReport;
  } catch {
    return null;
  }
}

/** Differences between the CLI's JSON and the truth: totals, names, and the groups of one group-by. */
function differences(c: RealCase, run: CliRun, groupBy?: string): string[] {
  const e = c.expect;
  if (!e.found) {
    const out: string[] = [];
    if (run.code === 0) out.push(`exit code 0 for a sheet that is no ledger`);
    if (!run.stderr.includes(c.grid.sheetName))
      out.push(`the message does not name sheet "${c.grid.sheetName}": ${run.stderr}`);
    return out;
  }
  const json = parse(run);
  if (!json) return [`no JSON report (exit ${run.code}): ${run.stderr.slice(0, 400)}`];
  const out: string[] = [];
  for (const field of ["totalInvestment", "annualPlan", "completed"] as const) {
    const expected = e.totals[field];
    const actual = json.totals[field];
    if (expected === null ? field === "completed" && actual !== null : !close(actual, expected))
      out.push(`totals.${field} ${actual}, expected ${expected}`);
  }
  const names = json.projects.map((p) => p.name);
  if (JSON.stringify(names) !== JSON.stringify(e.names)) {
    const i = names.findIndex((n, k) => n !== e.names[k]);
    out.push(
      `${names.length} names (expected ${e.names.length}), first difference at #${i + 1}: ${names[i]} vs ${e.names[i]}`
    );
  }
  const truth = e.groups?.find((g) => g.by === groupBy);
  if (groupBy && truth) {
    // Groups come in the standard order (src/core/groups/order.ts): keys and figures are
    // compared whatever their order.
    const groupRows = json.groups[groupBy] ?? [];
    const keys = groupRows.map((r) => r.key);
    const sorted = (list: string[]) => JSON.stringify([...list].sort());
    if (sorted(keys) !== sorted(truth.rows.map((r) => r.key)))
      out.push(
        `groups.${groupBy} keys ${JSON.stringify(keys)}, expected ${JSON.stringify(truth.rows.map((r) => r.key))}`
      );
    else
      truth.rows.forEach((want) => {
        const got = groupRows.find((r) => r.key === want.key)!;
        if (got.projects !== want.projects)
          out.push(`group ${want.key}: ${got.projects} projects, expected ${want.projects}`);
        for (const f of ["totalInvestment", "annualPlan", "completed"] as const) {
          const w = want[f];
          if (w !== null && !close(got[f], w))
            out.push(`group ${want.key}: ${f} ${got[f]}, expected ${w}`);
        }
      });
  }
  return out;
}

async function check(file: string, sheet?: string, groupBy?: string): Promise<CliRun> {
  return runCli([
    "check",
    file,
    ...(sheet ? ["--sheet", sheet] : []),
    ...(groupBy ? ["--group-by", groupBy] : []),
    "--json",
    "-",
  ]);
}

/** One test per case: totals and names; one more per truth group-by. */
function caseTests(
  label: string,
  c: RealCase,
  file: () => string,
  sheet?: string,
  refused?: () => string | null
): void {
  const runs: (string | undefined)[] = [undefined, ...(c.expect.groups ?? []).map((g) => g.by)];
  for (const groupBy of runs) {
    it(`${label} ${c.id} (${c.family})${sheet ? ` --sheet ${sheet}` : ""}: ${groupBy ? `groups by ${groupBy}` : "totals and names"}`, async () => {
      const why = refused?.();
      if (why) assert.fail(why);
      const run = await check(file(), sheet, groupBy);
      if (run.code !== 0 && c.expect.found && file().endsWith(".xls"))
        assert.fail(`[xls] the CLI refused or failed on the .xls file: ${run.stderr.trim()}`);
      assert.deepEqual(differences(c, run, groupBy), []);
    });
  }
}

describe("cli: real-layout families end to end", function () {
  this.timeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), "tz-real-families-"));
  const xlsxOf = (name: string) => join(dir, `${name}.xlsx`);
  const xlsOf = (name: string) => join(dir, "xls", `${name}.xls`);
  let xlsProblem: string | null = null;

  before(async () => {
    for (const id of END_TO_END.xlsx) await writeGridsXlsx(xlsxOf(id), [caseOf(id).grid]);
    await writeGridsXlsx(
      xlsxOf(MIRROR_BOOK),
      RESPONSIBILITY_SHEETS.map((s) => mirrorOf(s).grid)
    );
    try {
      await convertToXls([...END_TO_END.xls.map(xlsxOf), xlsxOf(MIRROR_BOOK)], join(dir, "xls"));
    } catch (error) {
      xlsProblem = `[xls] could not make the .xls files: ${(error as Error).message}`;
    }
  });

  describe(".xlsx", () => {
    for (const id of END_TO_END.xlsx) caseTests(".xlsx", caseOf(id), () => xlsxOf(id));
    for (const sheet of RESPONSIBILITY_SHEETS)
      caseTests(`.xlsx ${MIRROR_BOOK}`, mirrorOf(sheet), () => xlsxOf(MIRROR_BOOK), sheet);
    it(`.xlsx ${MIRROR_BOOK} without --sheet reads the first sheet (竣工投产)`, async () => {
      assert.deepEqual(
        differences(mirrorOf(RESPONSIBILITY_SHEETS[0]), await check(xlsxOf(MIRROR_BOOK))),
        []
      );
    });
  });

  describe(".xls (converted by LibreOffice)", () => {
    for (const id of END_TO_END.xls)
      caseTests(
        "[xls]",
        caseOf(id),
        () => xlsOf(id),
        undefined,
        () => xlsProblem
      );
    for (const sheet of RESPONSIBILITY_SHEETS)
      caseTests(
        `[xls] ${MIRROR_BOOK}`,
        mirrorOf(sheet),
        () => xlsOf(MIRROR_BOOK),
        sheet,
        () => xlsProblem
      );
  });
});
