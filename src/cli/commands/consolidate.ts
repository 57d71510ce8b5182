/** `taizhang consolidate <a.xlsx> <b.xlsx> … --out merged.xlsx`: many unit ledgers as one. */
import { basename } from "node:path";
import { runCheck } from "../../core/check";
import { consolidateLedgers } from "../../core/reconcile/consolidate";
import { buildOutputSheets } from "../../core/summaries";
import { writeReportWorkbook } from "../../xlsx/write-workbook";
import type { ParsedCommand } from "../args";
import { consolidatedLedgerSheet } from "../consolidated-sheet";
import type { CliIo } from "../io";
import { reportJson } from "../json-report";
import { loadLedger, type LoadedLedger } from "../load";
import { loadRules } from "../load-rules";
import { assertOutputsAreNotInputs, reportWritten, writeJson, writeOutputFile } from "../output";
import { createProgress } from "../progress";
import { exitCodeFor } from "./outcome";

export async function consolidateCommand(
  { files, options }: ParsedCommand,
  io: CliIo
): Promise<number> {
  const { lang } = options;
  await assertOutputsAreNotInputs([options.out, options.json], files);
  const progress = createProgress(io, lang, files.length * 2 + 2);
  try {
    const rules = await loadRules(options.rules, options.usdRate);
    const loaded: LoadedLedger[] = [];
    for (const file of files) loaded.push(await loadLedger(file, options.sheet, progress));
    progress.step({ "zh-CN": "汇总并检查", en: "Consolidating and checking" });
    const labels = sourceLabels(files);
    const consolidated = consolidateLedgers(
      loaded.map((l, i) => ({ source: labels[i], ledger: l.ledger }))
    );
    const checked = runCheck(consolidated.ledger, {
      rules,
      asOf: options.asOf,
      month: options.month,
      timeMode: options.timeMode,
      groupBy: options.groupBy,
    });
    const report = { ...checked, findings: [...consolidated.findings, ...checked.findings] };

    if (options.json) {
      const json = reportJson(
        report,
        { file: files.join(", "), sheet: consolidated.ledger.sheetName },
        lang
      );
      const sourceOf = new Map(labels.map((label, i) => [label, files[i]]));
      await writeJson(
        options.json,
        {
          ...json,
          sources: loaded.map((l) => ({ file: l.file, sheet: l.ledger.sheetName })),
          projects: json.projects.map((p, i) => ({
            ...p,
            source: {
              file: sourceOf.get(consolidated.sources[i].source) ?? consolidated.sources[i].source,
              sheetRow: consolidated.sources[i].sheetRow,
            },
          })),
        },
        io,
        options.pretty
      );
    }
    progress.step({ "zh-CN": "写出汇总工作簿", en: "Writing the merged workbook" });
    const specs = [
      consolidatedLedgerSheet(consolidated, lang),
      ...buildOutputSheets(report, { lang }),
    ];
    await writeOutputFile(options.out!, await writeReportWorkbook(specs, { lang }));
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
