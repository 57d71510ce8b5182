/**
 * Invariants of the reader and engine, through the reader (grids → Ledger → report). The same
 * invariants on hand-built Ledger objects live beside the modules (test/core/groups,
 * test/core/reconcile); here the input is what a host hands over.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { runCheck } from "../../src/core/check";
import { InputError } from "../../src/core/errors";
import { readLedger } from "../../src/core/reader/index";
import { consolidateLedgers } from "../../src/core/reconcile/consolidate";
import { reconcileLedgers } from "../../src/core/reconcile/reconcile";
import { DEFAULT_RULES } from "../../src/core/rules/presets";
import { buildOutputSheets } from "../../src/core/summaries";
import { layoutSheet } from "../../src/core/sheet-spec";
import type { GroupFigures } from "../../src/core/report-types";
import { anyGrid, ledgerGrid, projectRows } from "./arbitraries";

const close = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe("properties: reader and engine on grids", () => {
  it("the reader never throws and never falls back to its internal-error catch, whatever the grid", () => {
    fc.assert(
      fc.property(anyGrid, (grid) => {
        const ledger = readLedger(grid);
        assert.equal(typeof ledger.found, "boolean");
        assert.deepEqual(
          ledger.findings.filter((f) => f.code === "read.internal-error"),
          []
        );
        for (const f of ledger.findings) {
          assert.equal(typeof f.message["zh-CN"], "string");
          assert.equal(typeof f.message.en, "string");
        }
        assert.equal(ledger.rowKinds.length, Array.isArray(grid.values) ? grid.values.length : 0);
        if (ledger.found) {
          // What was read can be checked and laid out (InputError is the only allowed refusal).
          try {
            const report = runCheck(ledger, { rules: DEFAULT_RULES, month: 6 });
            for (const spec of buildOutputSheets(report, { lang: "zh-CN" })) layoutSheet(spec);
          } catch (error) {
            assert.ok(error instanceof InputError, String(error));
          }
        }
      }),
      { numRuns: 300 }
    );
  });

  it("group figures add up to the totals, and every rate is a ratio of sums (Σ completed / Σ plan)", () => {
    fc.assert(
      fc.property(projectRows, (rows) => {
        const ledger = readLedger(ledgerGrid(rows));
        assert.ok(ledger.found);
        assert.equal(ledger.projects.length, rows.length);
        const report = runCheck(ledger, {
          rules: DEFAULT_RULES,
          groupBy: ["sector", "responsibleUnit"],
        });
        const { totals } = report;
        const sumOf = (pick: (p: (typeof report.projects)[number]) => number | null) =>
          report.projects.reduce((s, p) => s + (pick(p) ?? 0), 0);
        assert.ok(
          close(
            totals.annualPlan,
            sumOf((p) => p.cny.annualPlan)
          )
        );
        assert.ok(
          close(
            totals.completed ?? 0,
            sumOf((p) => p.cny.completed)
          )
        );
        for (const [spec, groups] of Object.entries(report.groups)) {
          const add = (pick: (g: GroupFigures) => number) =>
            groups.reduce((s, g) => s + pick(g), 0);
          assert.equal(
            add((g) => g.projects),
            totals.projects,
            spec
          );
          assert.equal(
            add((g) => g.started),
            totals.started,
            spec
          );
          assert.ok(
            close(
              add((g) => g.annualPlan),
              totals.annualPlan
            ),
            spec
          );
          assert.ok(
            close(
              add((g) => g.totalInvestment),
              totals.totalInvestment
            ),
            spec
          );
          assert.ok(
            close(
              add((g) => g.completed ?? 0),
              totals.completed ?? 0
            ),
            spec
          );
          for (const g of [...groups, totals]) {
            if (g.annualPlan > 0) assert.equal(g.completionRate, (g.completed ?? 0) / g.annualPlan);
            else assert.equal(g.completionRate, null);
          }
        }
      }),
      { numRuns: 100 }
    );
  });

  it("reconciling a ledger read from a sheet with itself reports nothing", () => {
    fc.assert(
      fc.property(projectRows, (rows) => {
        const ledger = readLedger(ledgerGrid(rows));
        const result = reconcileLedgers(ledger, ledger, DEFAULT_RULES);
        assert.deepEqual(
          [
            result.added,
            result.removed,
            result.decreased,
            result.planChanged,
            result.totalChanged,
            result.monthMismatches,
          ],
          [[], [], [], [], [], []]
        );
        for (const item of result.increments)
          assert.ok(item.increment === null || item.increment === 0);
        assert.deepEqual(
          result.findings.filter((f) => f.severity !== "info"),
          []
        );
      }),
      { numRuns: 100 }
    );
  });

  it("consolidating one ledger read from a sheet returns its projects and figures", () => {
    fc.assert(
      fc.property(projectRows, (rows) => {
        const ledger = readLedger(ledgerGrid(rows));
        const merged = consolidateLedgers([{ source: "县.xlsx", ledger }]);
        assert.deepEqual(merged.findings, []);
        const strip = (p: (typeof ledger.projects)[number]) => {
          const { gridRow: _g, sheetRow: _s, cells: _c, ...rest } = p;
          return rest;
        };
        assert.deepEqual(merged.ledger.projects.map(strip), ledger.projects.map(strip));
        assert.deepEqual(
          merged.sources.map((s) => s.sheetRow),
          ledger.projects.map((p) => p.sheetRow)
        );
        const a = runCheck(ledger, { rules: DEFAULT_RULES, month: 6 }).totals;
        const b = runCheck(merged.ledger, { rules: DEFAULT_RULES, month: 6 }).totals;
        assert.deepEqual(b, a);
      }),
      { numRuns: 60 }
    );
  });
});
