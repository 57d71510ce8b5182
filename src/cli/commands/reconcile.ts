/** `taizhang reconcile <previous.xlsx> <current.xlsx>`: last month against this month. */
import { reconcileLedgers } from "../../core/reconcile/reconcile";
import { buildReconcileSheet } from "../../core/summaries";
import { writeReportWorkbook } from "../../xlsx/write-workbook";
import type { ParsedCommand } from "../args";
import type { CliIo } from "../io";
import { reconcileJson } from "../json-report";
import { loadLedger } from "../load";
import { loadRules } from "../load-rules";
import { assertOutputsAreNotInputs, reportWritten, writeJson, writeOutputFile } from "../output";
import { createProgress } from "../progress";
import { reconcileSummaryText } from "../text-summary";
import { exitCodeFor } from "./outcome";

export async function reconcileCommand(
  { files, options }: ParsedCommand,
  io: CliIo
): Promise<number> {
  const [previousFile, currentFile] = files;
  const { lang } = options;
  await assertOutputsAreNotInputs([options.out, options.json], files);
  const progress = createProgress(io, lang, 5);
  try {
    const rules = await loadRules(options.rules, options.usdRate);
    const previous = await loadLedger(previousFile, options.sheet, progress);
    const current = await loadLedger(currentFile, options.sheet, progress);
    progress.step({ "zh-CN": "核对", en: "Reconciling" });
    const result = reconcileLedgers(previous.ledger, current.ledger, rules);
    const sources = {
      previous: { file: previousFile, sheet: previous.ledger.sheetName },
      current: { file: currentFile, sheet: current.ledger.sheetName },
    };
    if (options.json)
      await writeJson(options.json, reconcileJson(result, sources, lang), io, options.pretty);
    if (options.out)
      await writeOutputFile(
        options.out,
        await writeReportWorkbook([buildReconcileSheet(result, { lang })], { lang })
      );
    progress.done();
    if (!options.json && !options.out) io.stdout(reconcileSummaryText(result, lang));
    reportWritten([options.json, options.out], io, lang);
    return exitCodeFor(result.findings, options.strict);
  } finally {
    progress.done();
  }
}
