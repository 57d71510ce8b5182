/**
 * The reading in words a user checks in five seconds: which column is this year's completion and
 * which were set aside, which rows were taken as subtotals, sections and breakdowns, and whether
 * the sheet's own 合计 row agrees with what was read. Shown by Detect, the CLI and the JSON.
 */
import type { StatedTotalsCheck } from "../report-types";
import type { AmountField, Finding, Ledger, LocalText, SetAsideColumn } from "../types";
import { AMOUNT_LABELS, money } from "../checks/labels";

const REASONS: Record<SetAsideColumn["reason"], LocalText> = {
  target: { "zh-CN": "为目标数", en: "a target" },
  funding: { "zh-CN": "为资金来源", en: "a funding source" },
  "before-year": { "zh-CN": "为以前年度累计", en: "up to the end of an earlier year" },
  "since-start": { "zh-CN": "为开工以来累计", en: "since the start of construction" },
  month: { "zh-CN": "为单月（旬）数", en: "one month (or ten days)" },
  "part-year": { "zh-CN": "为部分月份数", en: "part of the year" },
  "multi-year": { "zh-CN": "为多年规划数", en: "a multi-year plan" },
  "other-year": { "zh-CN": "为其他年度", en: "another year" },
  duplicate: { "zh-CN": "与已用列重复", en: "a second column of the same figure" },
};

const OTHER_COMPLETIONS: ReadonlyArray<[AmountField, SetAsideColumn["reason"]]> = [
  ["completedBeforeThisYear", "before-year"],
  ["completedSinceStart", "since-start"],
  ["completedThisMonth", "month"],
];

function quoted(header: string): string {
  return header.replace(/\//g, " / ");
}

/** "使用 I 列“2010年1-7月完成投资”为本年累计完成投资；G 列“至2009年底累计”为以前年度累计，未计入本年。" */
export function columnsReading(ledger: Ledger): LocalText | null {
  const completed = ledger.columns.completed;
  if (!completed && ledger.setAside.length === 0) return null;
  const used = completed
    ? {
        "zh-CN": `使用 ${completed.letter} 列“${quoted(completed.header)}”为本年累计完成投资`,
        en: `Column ${completed.letter} "${quoted(completed.header)}" is taken as completed this year`,
      }
    : { "zh-CN": "没有本年累计完成投资列", en: "No column of investment completed this year" };
  // Completion columns of other periods are read (for checks) but never counted as this year's.
  const others = OTHER_COMPLETIONS.flatMap(([field, reason]) => {
    const m = ledger.columns[field];
    return m ? [{ letter: m.letter, header: m.header, reason }] : [];
  });
  const aside = [...others, ...ledger.setAside].map((c) => ({
    "zh-CN": `${c.letter} 列“${quoted(c.header)}”${REASONS[c.reason]["zh-CN"]}，未计入本年`,
    en: `column ${c.letter} "${quoted(c.header)}" is ${REASONS[c.reason].en}, not counted as this year's`,
  }));
  return {
    "zh-CN": [used["zh-CN"], ...aside.map((a) => a["zh-CN"])].join("；") + "。",
    en: [used.en, ...aside.map((a) => a.en)].join("; ") + ".",
  };
}

function rowList(rows: number[], max = 8): { zh: string; en: string } {
  const shown = rows.slice(0, max);
  const more = rows.length > max ? rows.length - max : 0;
  return {
    zh: shown.join("、") + (more ? `等${rows.length}行` : ""),
    en: shown.join(", ") + (more ? ` and ${more} more` : ""),
  };
}

/** "第4行“合计（15个）”为合计行；第5、12行为分类行；第7行为上一项目的资金来源明细，未单独计为项目。" */
export function rowsReading(ledger: Ledger): LocalText | null {
  const zh: string[] = [];
  const en: string[] = [];
  for (const s of ledger.subtotals) {
    const word =
      s.scope === "total"
        ? { zh: "合计行", en: "the total row" }
        : { zh: "小计行", en: "a subtotal row" };
    zh.push(`第${s.sheetRow}行“${s.label}”为${word.zh}`);
    en.push(`row ${s.sheetRow} "${s.label}" is ${word.en}`);
  }
  if (ledger.sections.length > 0) {
    const names = ledger.sections.slice(0, 6).map((s) => s.name);
    const more = ledger.sections.length > 6 ? `等${ledger.sections.length}个` : "";
    const list = rowList(ledger.sections.map((s) => s.sheetRow));
    zh.push(`第${list.zh}行为分类行（${names.join("、")}${more}）`);
    en.push(
      `rows ${list.en} are sections (${names.join(", ")}${ledger.sections.length > 6 ? ", …" : ""})`
    );
  }
  if (ledger.reading.detailRows.length > 0) {
    const list = rowList(ledger.reading.detailRows);
    zh.push(`第${list.zh}行为上一项目的明细（如资金来源），未单独计为项目`);
    en.push(
      `rows ${list.en} are breakdowns of the project above (such as funding sources), not projects`
    );
  }
  if (zh.length === 0) return null;
  return { "zh-CN": zh.join("；") + "。", en: capitalise(en.join("; ")) + "." };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function currencyOf(ledger: Ledger) {
  return ledger.amountUnit === "万美元" ? ("USD" as const) : ("CNY" as const);
}

/** "读取结果与表内“合计”行不符：总投资 计算 20,000万元 / 表内 21,000万元；项目数 计算 1个 / 表内 15个". */
export function totalsMismatchText(ledger: Ledger, check: StatedTotalsCheck): LocalText {
  const currency = currencyOf(ledger);
  const zh: string[] = [];
  const en: string[] = [];
  for (const a of check.amounts) {
    if (a.agrees) continue;
    const label = AMOUNT_LABELS[a.field];
    const computed = money(a.computed, currency);
    const stated = money(a.stated, currency);
    zh.push(`${label["zh-CN"]} 计算 ${computed["zh-CN"]} / 表内 ${stated["zh-CN"]}`);
    en.push(`${label.en} read ${computed.en} / stated ${stated.en}`);
  }
  if (check.count && !check.count.agrees) {
    zh.push(`项目数 计算 ${check.count.computed}个 / 表内 ${check.count.stated}个`);
    en.push(`projects read ${check.count.computed} / stated ${check.count.stated}`);
  }
  return {
    "zh-CN": `读取结果与表内“${check.label}”行（第${check.sheetRow}行）不符：${zh.join("；")}。请核对识别结果（列与行的含义），或表内合计是否有误`,
    en: `What was read disagrees with the sheet's own "${check.label}" row (row ${check.sheetRow}): ${en.join("; ")}. Check the reading (what the columns and rows mean), or whether the stated total is wrong`,
  };
}

/** The disagreement as the first finding of a report. */
export function totalsMismatchFinding(ledger: Ledger, check: StatedTotalsCheck): Finding {
  return {
    code: "read.totals-mismatch",
    severity: "error",
    sheet: ledger.sheetName,
    sheetRow: check.sheetRow,
    column: null,
    field: null,
    message: totalsMismatchText(ledger, check),
    data: { amounts: check.amounts, count: check.count },
  };
}

/** Every line of the reading, for Detect and the CLI. */
export function readingLines(ledger: Ledger): LocalText[] {
  return [columnsReading(ledger), rowsReading(ledger)].filter((l): l is LocalText => l !== null);
}

/**
 * Why no sheet of a workbook is a ledger to check, sheet by sheet: each sheet's own reason first
 * (a card form, a summary table, no header …), then its other errors, at most `max` per sheet.
 */
export function notLedgerReasons(
  ledgers: readonly Ledger[],
  max = 5
): { sheet: string; message: LocalText }[] {
  return ledgers.flatMap((l) =>
    l.findings
      .filter((f) => f.severity === "error")
      .sort(
        (a, b) => Number(b.code === "read.not-a-ledger") - Number(a.code === "read.not-a-ledger")
      )
      .slice(0, max)
      .map((f) => ({ sheet: l.sheetName, message: f.message }))
  );
}

/** "都不是可以检查的项目台账（每行一个项目，有项目名称和金额列）" with the sheets named. */
export function noLedgerText(sheets: string): LocalText {
  return {
    "zh-CN": `工作表 ${sheets} 都不是可以检查的项目台账（每行一个项目，有项目名称和金额列）`,
    en: `no sheet reads as a project ledger to check (one project per row, with project names and amounts; tried ${sheets})`,
  };
}
