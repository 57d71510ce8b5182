/** `taizhang check <ledger.xlsx>`: read, check, and print / write the results. */
import { runCheck } from "../../core/index";
import { planOutputSheets } from "../../core/index";
import { appendReportSheets, writeReportWorkbook } from "../../xlsx/write-workbook";
import type { ParsedCommand } from "../args";
import type { CliIo } from "../io";
import { reportJson } from "../json-report";
import { loadLedger } from "../load";
import { assertLetterFolder, writeLetters } from "../letters";
import { loadRules } from "../load-rules";
import {
  assertOutputsAreNotInputs,
  reportSkippedSheets,
  reportWritten,
  writeJson,
  writeOutputFile,
} from "../output";
import { createProgress } from "../progress";
import { checkSummaryText } from "../text-summary";
import { exitCodeFor } from "./outcome";

export async function checkCommand({ files, options }: ParsedCommand, io: CliIo): Promise<number> {
  const [file] = files;
  const { lang } = options;
  await assertOutputsAreNotInputs([options.out, options.json], files);
  if (options.letters !== undefined) await assertLetterFolder(options.letters);
  const progress = createProgress(
    io,
    lang,
    3 + Number(options.out !== undefined) + Number(options.letters !== undefined)
  );
  try {
    const rules = await loadRules(options.rules, options.usdRate);
    const loaded = await loadLedger(file, options.sheet, progress);
    progress.step({ "zh-CN": "检查", en: "Checking" });
    const report = runCheck(loaded.ledger, {
      rules,
      asOf: options.asOf,
      month: options.month,
      timeMode: options.timeMode,
      groupBy: options.groupBy,
    });
    const source = { file, sheet: loaded.ledger.sheetName };
    if (options.json)
      await writeJson(options.json, reportJson(report, source, lang), io, options.pretty);
    if (options.out) {
      progress.step({ "zh-CN": "写出报告工作簿", en: "Writing the report workbook" });
      const { sheets: specs, skipped } = planOutputSheets(report, { lang });
      const bytes = options.append
        ? await appendReportSheets(file, loaded.bytes, specs, { lang, outFile: options.out })
        : await writeReportWorkbook(specs, { lang });
      await writeOutputFile(options.out, bytes);
      reportSkippedSheets(skipped, io, lang);
    }
    const { letters } = options;
    let letterPaths: string[] = [];
    if (letters !== undefined) {
      progress.step({ "zh-CN": "写出督导函", en: "Writing the reminder letters" });
      letterPaths = await writeLetters(report, { ...options, letters }, files, io);
    }
    progress.done();
    if (!options.json && !options.out && letters === undefined)
      io.stdout(checkSummaryText(report, source, lang));
    reportWritten([options.json, options.out, ...letterPaths], io, lang);
    return exitCodeFor(
      report.findings.concat(report.projects.flatMap((p) => p.findings)),
      options.strict
    );
  } finally {
    progress.done();
  }
}
