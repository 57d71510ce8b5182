/**
 * `taizhang consolidate <a.xlsx> <b.xlsx> … --out merged.xlsx`: many unit ledgers as one. One
 * file given twice is refused; findings cite each source's file, sheet and row.
 */
import { basename } from "node:path";
import { consolidateLedgers } from "../../core/index";
import { checkConsolidated } from "../../core/index";
import { planOutputSheets } from "../../core/index";
import { writeReportWorkbook } from "../../xlsx/write-workbook";
import type { ParsedCommand } from "../args";
import { consolidatedLedgerSheet } from "../consolidated-sheet";
import { assertDistinctFiles, contentGuard } from "../distinct-inputs";
import type { CliIo } from "../io";
import { reportJson } from "../json-report";
import { loadLedger, type LoadedLedger } from "../load";
import { loadRules } from "../load-rules";
import {
  assertOutputsAreNotInputs,
  reportSkippedSheets,
  reportWritten,
  writeJson,
  writeOutputFile,
} from "../output";
import { createProgress } from "../progress";
import { exitCodeFor } from "./outcome";

export async function consolidateCommand(
  { files, options }: ParsedCommand,
  io: CliIo
): Promise<number> {
  const { lang } = options;
  await assertOutputsAreNotInputs([options.out, options.json], files);
  await assertDistinctFiles(files, "consolidate");
  const progress = createProgress(io, lang, files.length * 2 + 2);
  try {
    const rules = await loadRules(options.rules, options.usdRate);
    const loaded: LoadedLedger[] = [];
    const refuseCopies = contentGuard("consolidate");
    for (const file of files) {
      const one = await loadLedger(file, options.sheet, progress);
      refuseCopies(file, one.bytes);
      loaded.push(one);
    }
    progress.step({ "zh-CN": "汇总并检查", en: "Consolidating and checking" });
    const labels = sourceLabels(files);
    const inputs = loaded.map((l, i) => ({ source: labels[i], file: files[i], ledger: l.ledger }));
    const consolidated = consolidateLedgers(inputs);
    const report = checkConsolidated(inputs, consolidated, {
      rules,
      asOf: options.asOf,
      month: options.month,
      timeMode: options.timeMode,
      groupBy: options.groupBy,
    });
    const mergedSheet = consolidatedLedgerSheet(consolidated, lang);

    if (options.json) {
      const json = reportJson(report, { file: files.join(", "), sheet: mergedSheet.name }, lang);
      const fileOf = new Map(labels.map((label, i) => [label, files[i]]));
      await writeJson(
        options.json,
        {
          ...json,
          sources: loaded.map((l) => ({ file: l.file, sheet: l.ledger.sheetName })),
          // Rows the user can open: the source's, not the merged ledger's.
          projects: json.projects.map((p, i) => {
            const { source, sheet, sheetRow } = consolidated.sources[i];
            return {
              ...p,
              sheetRow,
              source: { file: fileOf.get(source) ?? source, sheet, sheetRow },
            };
          }),
        },
        io,
        options.pretty
      );
    }
    progress.step({ "zh-CN": "写出汇总工作簿", en: "Writing the merged workbook" });
    const plan = planOutputSheets(report, { lang });
    const specs = [mergedSheet, ...plan.sheets];
    await writeOutputFile(options.out!, await writeReportWorkbook(specs, { lang }));
    reportSkippedSheets(plan.skipped, io, lang);
    progress.done();
    reportWritten([options.json, options.out], io, lang);
    return exitCodeFor(
      report.findings.concat(report.projects.flatMap((p) => p.findings)),
      options.strict
    );
  } finally {
    progress.done();
  }
}

/** File names as source labels; the full path where two files share a name. */
function sourceLabels(files: string[]): string[] {
  const names = files.map((f) => basename(f).replace(/\.xlsx$/i, ""));
  return names.map((name, i) =>
    names.indexOf(name) !== names.lastIndexOf(name) ? files[i] : name
  );
}
