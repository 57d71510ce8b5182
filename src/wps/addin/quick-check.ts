/**
 * The ribbon's 快速检查 in WPS: the check with the settings saved in the workbook, run from the
 * ribbon page without opening the pane, answered as a short text for a message box (the report's
 * totals sentence and how many projects each list holds). Errors the user can act on come back as their message.
 */
import type { Host } from "../../app/host";
import { checkLedger, detectLedger, loadWorkbookSettings } from "../../app/workflow";
import {
  type CheckReport,
  type Lang,
  LIST_KINDS,
  LIST_TEXT,
  allFindings,
  errorReport,
  narrativeInputOf,
  noLedgerText,
  projectsIn,
  say,
  totalsSentence,
} from "../../core/index";

/** What the quick check found, as the message box shows it. */
export async function quickCheckText(host: Host, lang: Lang): Promise<string> {
  try {
    const settings = await loadWorkbookSettings(host);
    const ledger = await detectLedger(host, settings);
    const report = checkLedger(ledger, settings);
    const heading = say(
      lang,
      `台账助手 · 快速检查（工作表“${ledger.sheetName}”）`,
      `Taizhang · Quick check (sheet "${ledger.sheetName}")`
    );
    // No project read (no ledger on the sheet): a count of nothing would read as an all-clear.
    if (report.projects.length === 0)
      return [heading, noLedgerText(`“${ledger.sheetName}”`)[lang]].join("\n\n");
    return [
      heading,
      totalsSentence(narrativeInputOf(report), lang),
      listCounts(report, lang),
      openPaneHint(lang),
    ].join("\n\n");
  } catch (error) {
    return errorReport(error).text[lang];
  }
}

/** "滞后项目 12 个 · 超进度项目 3 个 · … · 数据问题 4 条". */
function listCounts(report: CheckReport, lang: Lang): string {
  return LIST_KINDS.map((kind) => {
    const tab = LIST_TEXT[kind].tab[lang];
    if (kind === "problems") {
      const n = allFindings(report).length;
      return say(lang, `${tab} ${n} 条`, `${tab}: ${n}`);
    }
    const n = projectsIn(report, kind).length;
    return say(lang, `${tab} ${n} 个`, `${tab}: ${n}`);
  }).join(" · ");
}

function openPaneHint(lang: Lang): string {
  return say(
    lang,
    "点击“打开台账助手”可查看各清单、插入汇总表或标注台账。",
    "Open Taizhang to see the lists, insert the summary sheets or annotate the ledger."
  );
}
