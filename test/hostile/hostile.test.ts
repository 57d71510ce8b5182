/**
 * Every file of the hostile corpus through both hosts: the CLI in-process (`check --out --json`,
 * and `--append` where the input is a readable workbook) and the add-in's operations on the
 * fake Excel host loaded with the same workbook. No crash, a clear message, the input unchanged,
 * text written as text.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HostError } from "../../src/core/errors";
import type { Finding } from "../../src/core/types";
import {
  annotateLedger,
  clearAnnotations,
  insertSummarySheets,
  runCheckInWorkbook,
  selectProject,
} from "../../src/excel";
import { runCli } from "../cli/run-cli";
import { usingHost } from "../excel/helpers";
import { hostFromXlsx } from "../fake-excel/load-xlsx";
import {
  STACK_LINE,
  assertOriginalSheetsKept,
  assertTextsShown,
  fakeReportStrings,
  reportStrings,
} from "./assert-output";
import { CORPUS, type CorpusCase, writeCorpus } from "./corpus";

interface JsonReport {
  source: { sheet: string };
  projects: { findings: { message: string }[] }[];
  findings: { message: string }[];
}

function allMessages(report: JsonReport): string[] {
  return [...report.findings, ...report.projects.flatMap((p) => p.findings)].map((f) => f.message);
}

describe("hostile inputs: a generated corpus through the CLI and the fake Excel host", function () {
  this.timeout(120_000);
  let dir = "";
  let paths = new Map<string, string>();

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "tz-hostile-"));
    paths = await writeCorpus(join(dir, "in"));
  });

  it("holds at least 30 cases, each with its own file", () => {
    assert.ok(CORPUS.length >= 30, `${CORPUS.length} cases`);
    assert.equal(new Set(CORPUS.map((c) => c.file)).size, CORPUS.length);
  });

  /** Runs the CLI on a case; asserts the input's bytes and mtime are unchanged and no stack trace. */
  async function cli(c: CorpusCase, argv: string[]) {
    const input = paths.get(c.file)!;
    const bytes = readFileSync(input);
    const mtime = statSync(input).mtimeMs;
    const run = await runCli([...argv, ...(c.options ?? [])]);
    assert.ok(readFileSync(input).equals(bytes), "the input's bytes are unchanged");
    assert.equal(statSync(input).mtimeMs, mtime, "the input was not written");
    assert.doesNotMatch(run.stderr, STACK_LINE, "no stack trace");
    assert.doesNotMatch(run.stdout, STACK_LINE, "no stack trace");
    return { ...run, input, bytes };
  }

  for (const c of CORPUS) {
    describe(`${c.file}: ${c.what}`, () => {
      it("CLI check --out --json: exit code and message as expected", async () => {
        const out = join(dir, `out-${c.file}.xlsx`);
        const json = join(dir, `out-${c.file}.json`);
        const run = await cli(c, ["check", paths.get(c.file)!, "--out", out, "--json", json]);
        if ("refused" in c.expect) {
          assert.equal(run.code, 2, run.stderr);
          for (const text of c.expect.refused)
            assert.ok(run.stderr.includes(text), `"${text}" in: ${run.stderr}`);
          assert.equal(run.stdout, "");
          return;
        }
        assert.equal(run.code, 0, run.stderr);
        const report = JSON.parse(readFileSync(json, "utf8")) as JsonReport;
        if (c.expect.projects !== undefined)
          assert.equal(report.projects.length, c.expect.projects);
        const messages = allMessages(report);
        for (const text of c.expect.findings ?? [])
          assert.ok(
            messages.some((m) => m.includes(text)),
            `a finding says "${text}": ${messages.join(" | ")}`
          );
        const strings = await reportStrings(readFileSync(out), false);
        assertTextsShown(strings, c.expect.texts ?? [], "--out");
      });

      if (c.append) {
        it("CLI check --append: the user's sheets kept, report sheets hold text as text", async () => {
          const out = join(dir, `append-${c.file}`);
          const run = await cli(c, ["check", paths.get(c.file)!, "--append", "--out", out]);
          assert.equal(run.code, 0, run.stderr);
          const written = readFileSync(out);
          await assertOriginalSheetsKept(run.bytes, written);
          const strings = await reportStrings(written, true);
          if ("read" in c.expect) assertTextsShown(strings, c.expect.texts ?? [], "--append");
        });
      }

      if ("read" in c.expect && c.fakeHost !== false) {
        const expect = c.expect;
        it("fake Excel host: check, summaries, annotate, clear, select leave the ledger unchanged; text stays text", async () => {
          const host = await hostFromXlsx(paths.get(c.file)!);
          const original = host.sheetNames;
          const areas = original.map((name) => host.sheet(name).usedArea(false));
          const before = original.map((name, i) => host.snapshot(name, areas[i] ?? undefined));
          await usingHost(host, async () => {
            host.activate(original[0]);
            const { report } = await runCheckInWorkbook({ sheetName: original[0] });
            if (expect.projects !== undefined)
              assert.equal(report.projects.length, expect.projects);
            const messages = [
              ...report.findings,
              ...report.projects.flatMap((p) => p.findings),
            ].map((f: Finding) => f.message["zh-CN"]);
            for (const text of expect.findings ?? [])
              assert.ok(
                messages.some((m) => m.includes(text)),
                `a finding says "${text}"`
              );
            await insertSummarySheets(report, { lang: "zh-CN" });
            try {
              await annotateLedger(report);
              assert.equal(c.annotateRefused, undefined, "annotate was expected to refuse");
            } catch (error) {
              assert.ok(error instanceof HostError, String(error));
              assert.ok(
                c.annotateRefused && error.text["zh-CN"].includes(c.annotateRefused),
                error.text["zh-CN"]
              );
            }
            await clearAnnotations();
            if (report.projects.length > 0)
              await selectProject(original[0], report.projects[0].row.sheetRow);
          });
          original.forEach((name, i) =>
            assert.deepEqual(
              host.snapshot(name, areas[i] ?? undefined),
              before[i],
              `sheet "${name}" unchanged`
            )
          );
          assertTextsShown(fakeReportStrings(host, original), expect.texts ?? [], "fake host");
        });
      }
    });
  }
});
