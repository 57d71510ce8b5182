/**
 * `taizhang reconcile <previous.xlsx> <current.xlsx>`: last month against this month. One file
 * given twice is refused; ledgers that look swapped or of one month are said before anything else.
 */
import { orderWarnings } from "../../core/index";
import { reconcileLedgers } from "../../core/index";
import { buildReconcileSheet } from "../../core/index";
import { writeReportWorkbook } from "../../xlsx/write-workbook";
import type { ParsedCommand } from "../args";
import { assertDistinctFiles, contentGuard } from "../distinct-inputs";
import type { CliIo } from "../io";
import { reconcileJson } from "../json-report";
import { loadLedger } from "../load";
import { loadRules } from "../load-rules";
import { assertOutputsAreNotInputs, reportWritten, writeJson, writeOutputFile } from "../output";
import { createProgress } from "../progress";
import { reconcileSummaryText } from "../text-summary";
import type { Finding, Lang } from "../../core/index";
import { exitCodeFor } from "./outcome";

export async function reconcileCommand(
  { files, options }: ParsedCommand,
  io: CliIo
): Promise<number> {
  const [previousFile, currentFile] = files;
  const { lang } = options;
  await assertOutputsAreNotInputs([options.out, options.json], files);
  await assertDistinctFiles(files, "reconcile");
  const progress = createProgress(io, lang, 5);
  try {
    const rules = await loadRules(options.rules, options.usdRate);
    const refuseCopies = contentGuard("reconcile");
    const previous = await loadLedger(previousFile, options.sheet, progress);
    refuseCopies(previousFile, previous.bytes);
    const current = await loadLedger(currentFile, options.sheet, progress);
    refuseCopies(currentFile, current.bytes);
    progress.step({ "zh-CN": "核对", en: "Reconciling" });
    const result = reconcileLedgers(previous.ledger, current.ledger, rules, {
      previous: previousFile,
      current: currentFile,
    });
    const warnings = orderWarningText(result.findings, lang);
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
    // The warning leads the printed summary; with --json/--out it goes to stderr, beside "Wrote …".
    if (!options.json && !options.out) io.stdout(warnings + reconcileSummaryText(result, lang));
    else if (warnings) io.stderr(warnings);
    reportWritten([options.json, options.out], io, lang);
    return exitCodeFor(result.findings, options.strict);
  } finally {
    progress.done();
  }
}

/** 【注意】 lines for ledgers that look swapped or of one month ("" when none). */
function orderWarningText(findings: Finding[], lang: Lang): string {
  const label = lang === "zh-CN" ? "【注意】" : "[Attention] ";
  return orderWarnings(findings)
    .map((f) => `${label}${f.message[lang]}\n`)
    .join("");
}
