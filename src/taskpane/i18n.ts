/**
 * Every string the task pane shows, in zh-CN and en, and the wording of values
 * (row ranges, units, reporting month). Components pick `[lang]`; nothing else holds UI text.
 * Field names come from the reader, so the pane and the reader's messages say the same.
 */
import type { AmountUnit, Lang, Ledger, LocalText, Severity } from "../core/types";

/** Field names are the reader's own (also used in its messages). */
export { FIELD_LABELS } from "../core/reader";

/** zh-CN when Office (or the browser) speaks Chinese, English otherwise. */
export function pickLang(displayLanguage: string | undefined | null): Lang {
  return displayLanguage?.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}

export const TEXT = {
  appName: { "zh-CN": "台账助手", en: "Taizhang" },
  tagline: {
    "zh-CN": "识别本工作表中的重点项目台账：表头、各列含义、金额单位和报告期。",
    en: "Finds the key-project ledger on this sheet: its header, what each column holds, the amount unit and the reporting month.",
  },
  detect: { "zh-CN": "识别当前工作表的台账", en: "Detect the ledger on this sheet" },
  reading: { "zh-CN": "正在读取工作表…", en: "Reading the sheet…" },
  failed: { "zh-CN": "读取失败", en: "Could not read the sheet" },
  notInExcel: {
    "zh-CN": "请在 Excel 中打开台账助手（开始 › 打开台账助手）。",
    en: "Open Taizhang inside Excel (Home › Open Taizhang).",
  },
  notFound: { "zh-CN": "本工作表不像一张台账", en: "This sheet does not read as a ledger" },
  found: { "zh-CN": "已识别台账", en: "Ledger found" },
  sheet: { "zh-CN": "工作表", en: "Sheet" },
  headerRows: { "zh-CN": "表头", en: "Header" },
  projects: { "zh-CN": "项目", en: "Projects" },
  sections: { "zh-CN": "分类行", en: "Section rows" },
  subtotals: { "zh-CN": "合计/小计行", en: "Total rows" },
  amountUnit: { "zh-CN": "金额单位", en: "Amount unit" },
  reportingMonth: { "zh-CN": "报告期", en: "Reporting month" },
  unknown: { "zh-CN": "未识别", en: "not found" },
  columns: { "zh-CN": "各列含义", en: "Columns" },
  byContent: { "zh-CN": "按内容", en: "by content" },
  findings: { "zh-CN": "读取发现", en: "Findings" },
  noFindings: { "zh-CN": "没有读取问题。", en: "No reading problems." },
} satisfies Record<string, LocalText>;

export const SEVERITY_LABELS: Record<Severity, LocalText> = {
  error: { "zh-CN": "错误", en: "Error" },
  warning: { "zh-CN": "注意", en: "Warning" },
  info: { "zh-CN": "提示", en: "Note" },
};

const UNIT_NAMES_EN: Record<AmountUnit, string> = {
  万元: "万元 (CNY 10,000)",
  亿元: "亿元 (CNY 100 million)",
  元: "元 (CNY)",
  万美元: "万美元 (USD 10,000)",
};

const UNIT_SOURCES: Record<Ledger["amountUnitSource"], LocalText> = {
  "unit-line": { "zh-CN": "据单位行", en: "from the unit line" },
  header: { "zh-CN": "据表头", en: "from the header" },
  user: { "zh-CN": "用户指定", en: "chosen by you" },
  default: { "zh-CN": "默认", en: "default" },
};

export function amountUnitText(ledger: Ledger, lang: Lang): string {
  const unit = lang === "en" ? UNIT_NAMES_EN[ledger.amountUnit] : ledger.amountUnit;
  const source = UNIT_SOURCES[ledger.amountUnitSource][lang];
  return lang === "en" ? `${unit}, ${source}` : `${unit}（${source}）`;
}

/** Header rows as 1-based sheet rows: "第3—4行" / "rows 3–4". */
export function headerRowsText(ledger: Ledger, lang: Lang): string {
  if (!ledger.header) return TEXT.unknown[lang];
  const first = ledger.origin.row + ledger.header.first + 1;
  const last = ledger.origin.row + ledger.header.last + 1;
  if (first === last) return lang === "en" ? `row ${first}` : `第${first}行`;
  return lang === "en" ? `rows ${first}–${last}` : `第${first}—${last}行`;
}

export function reportingMonthText(ledger: Ledger, lang: Lang): string {
  const month = ledger.reportingMonth;
  if (month === null) return TEXT.unknown[lang];
  const year = ledger.reportingYear;
  if (lang === "en") return `months 1–${month}${year ? ` of ${year}` : ""}`;
  return `${year ? `${year}年` : ""}1—${month}月`;
}

/** "Sheet1!F12", "Sheet1!F", "Sheet1!12" or "Sheet1". */
export function locationText(
  sheet: string,
  column: string | null,
  sheetRow: number | null
): string {
  const cell = `${column ?? ""}${sheetRow ?? ""}`;
  return cell ? `${sheet}!${cell}` : sheet;
}
