/**
 * Invariants of the two hosts: no operation of the add-in on the (fake) Excel host changes a
 * value or formula of the ledgers, in any order; the CLI never writes its input, whatever the
 * options.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { TaizhangError } from "../../src/core/errors";
import type { CheckReport } from "../../src/core/report-types";
import {
  annotateLedger,
  clearAnnotations,
  insertSummarySheets,
  reconcileSheets,
  runCheckInWorkbook,
  selectProject,
} from "../../src/excel";
import { runCli } from "../cli/run-cli";
import { usingHost } from "../excel/helpers";
import { addGridSheet } from "../fake-excel/grid-fill";
import { generateLedgerGrid } from "../fake-excel/generate-ledger";
import { FakeExcelHost } from "../fake-excel/host";
import { saveHostAsXlsx } from "../fake-excel/save-xlsx";
import { STACK_LINE } from "../hostile/assert-output";

type Operation = "check" | "insert" | "annotate" | "clear" | "reconcile" | "select";
const OPERATIONS: Operation[] = ["check", "insert", "annotate", "clear", "reconcile", "select"];

describe("properties: hosts never change the user's data", function () {
  this.timeout(120_000);

  it("every add-in operation, in any order, leaves both ledgers' values and formulas identical", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        fc.array(fc.constantFrom(...OPERATIONS), { minLength: 1, maxLength: 7 }),
        fc.constantFrom("zh-CN" as const, "en" as const),
        async (current, previous, operations, lang) => {
          const host = new FakeExcelHost();
          addGridSheet(host, generateLedgerGrid(current, "本月"));
          addGridSheet(host, generateLedgerGrid(previous, "上月"));
          const areas = ["本月", "上月"].map((n) => host.sheet(n).usedArea(false)!);
          const snapshot = () =>
            ["本月", "上月"].map((n, i) => {
              const { values, formulas } = host.snapshot(n, areas[i]);
              return { values, formulas };
            });
          const before = snapshot();
          await usingHost(host, async () => {
            let report: CheckReport | null = null;
            for (const operation of operations) {
              try {
                if (operation === "check" || report === null)
                  report = (await runCheckInWorkbook({ sheetName: "本月" })).report;
                if (operation === "insert") await insertSummarySheets(report, { lang });
                if (operation === "annotate") await annotateLedger(report, { lang });
                if (operation === "clear") await clearAnnotations();
                if (operation === "reconcile") await reconcileSheets("上月", "本月", { lang });
                if (operation === "select" && report.projects.length > 0)
                  await selectProject("本月", report.projects[0].row.sheetRow);
              } catch (error) {
                assert.ok(error instanceof TaizhangError, `${operation}: ${String(error)}`);
              }
              assert.deepEqual(snapshot(), before, `after ${operation}`);
            }
          });
          assert.deepEqual(host.sheetNames.slice(0, 2), ["本月", "上月"]);
        }
      ),
      { numRuns: 15 }
    );
  });

  it("the CLI never writes its input, whatever the options", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tz-prop-cli-"));
    const host = new FakeExcelHost();
    addGridSheet(host, generateLedgerGrid(40, "本月"));
    addGridSheet(host, generateLedgerGrid(35, "上月"));
    const input = join(dir, "台账.xlsx");
    writeFileSync(input, await saveHostAsXlsx(host));
    const bytes = readFileSync(input);
    const mtime = statSync(input).mtimeMs;
    const option = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
    let run = 0;
    const codes: number[] = [];
    /** Valid values most of the time, invalid ones now and then. */
    const mostly = (valid: string[], invalid: string[]) =>
      fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...valid) },
        { weight: 1, arbitrary: fc.constantFrom(...invalid) }
      );
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          command: fc.oneof(
            { weight: 3, arbitrary: fc.constant("check") },
            { weight: 1, arbitrary: fc.constantFrom("reconcile", "consolidate") }
          ),
          out: mostly(["new"], ["none", "input"]),
          json: mostly(["none", "new", "stdout"], ["input"]),
          append: fc.boolean(),
          sheet: option(mostly(["本月", "上月"], ["没有"])),
          lang: option(mostly(["zh-CN", "en"], ["fr"])),
          month: option(mostly(["6", "9"], ["13", "x"])),
          timeMode: option(fc.constantFrom("month", "day")),
          asOf: option(mostly(["2024-06-30"], ["2024-02-30"])),
          groupBy: option(mostly(["sector", "责任单位", "F"], ["Z"])),
          strict: fc.boolean(),
        }),
        async (o) => {
          const argv: string[] = [o.command, input];
          if (o.command !== "check") argv.push(input);
          const target = (kind: string, ext: string) =>
            kind === "input" ? input : join(dir, `out-${++run}.${ext}`);
          if (o.out !== "none") argv.push("--out", target(o.out, "xlsx"));
          if (o.json === "stdout") argv.push("--json", "-");
          else if (o.json !== "none") argv.push("--json", target(o.json, "json"));
          // reconcile takes no check options; consolidate no --append (tried now and then anyway).
          const checkOptions = o.command !== "reconcile" || o.strict;
          if (o.append && (o.command === "check" || o.strict)) argv.push("--append");
          if (o.sheet) argv.push("--sheet", o.sheet);
          if (o.lang) argv.push("--lang", o.lang);
          if (o.month && checkOptions) argv.push("--month", o.month);
          if (o.timeMode && checkOptions) argv.push("--time-mode", o.timeMode);
          if (o.asOf && checkOptions) argv.push("--as-of", o.asOf);
          if (o.groupBy && checkOptions) argv.push("--group-by", o.groupBy);
          if (o.strict) argv.push("--strict");
          const result = await runCli(argv);
          codes.push(result.code);
          assert.ok([0, 1, 2].includes(result.code), `exit ${result.code}: ${argv.join(" ")}`);
          assert.doesNotMatch(result.stderr, STACK_LINE, argv.join(" "));
          assert.ok(readFileSync(input).equals(bytes), `input changed by: ${argv.join(" ")}`);
          assert.equal(statSync(input).mtimeMs, mtime, `input touched by: ${argv.join(" ")}`);
          if (o.out === "input" || o.json === "input") assert.equal(result.code, 2, argv.join(" "));
        }
      ),
      { numRuns: 25 }
    );
    assert.ok(codes.filter((c) => c === 0).length >= 3, `exit codes ${codes.join(",")}`);
  });
});
