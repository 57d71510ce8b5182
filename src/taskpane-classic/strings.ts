/**
 * Words of the classic pane in zh-CN and en. Field, status and period wording come from the core
 * (FIELD_LABELS, STATUS_LABELS, core/text/wording.ts), so the pane says what the output sheets say.
 */
import type { Lang, LocalText } from "../core/index";

export const TEXT = {
  appName: { "zh-CN": "台账助手", en: "Taizhang" },
  edition: { "zh-CN": "兼容界面 · Excel 2016/2019", en: "Classic pane · Excel 2016/2019" },
  notInExcel: {
    "zh-CN": "请在 Excel 中打开台账助手（开始 › 台账助手）。",
    en: "Open Taizhang inside Excel (Home › Taizhang).",
  },
  reading: { "zh-CN": "正在读取工作表…", en: "Reading the sheet…" },
  checking: { "zh-CN": "正在检查…", en: "Checking…" },
  inserting: { "zh-CN": "正在插入汇总表…", en: "Inserting the summary sheets…" },
  annotating: { "zh-CN": "正在标注…", en: "Annotating…" },
  clearing: { "zh-CN": "正在清除标注…", en: "Removing the annotations…" },
  selecting: { "zh-CN": "正在定位…", en: "Selecting…" },
  detectAgain: { "zh-CN": "重新识别", en: "Detect again" },
  runCheck: { "zh-CN": "开始检查", en: "Run check" },
  found: { "zh-CN": "已识别台账", en: "Ledger found" },
  notFound: {
    "zh-CN": "本工作表不像一张台账。请切换到台账所在的工作表，再点“重新识别”。",
    en: "This sheet does not read as a ledger. Switch to the ledger's sheet and click Detect again.",
  },
  sheet: { "zh-CN": "工作表", en: "Sheet" },
  headerRows: { "zh-CN": "表头", en: "Header" },
  projects: { "zh-CN": "项目数", en: "Projects" },
  amountUnit: { "zh-CN": "金额单位", en: "Amount unit" },
  reportingMonth: { "zh-CN": "报告期", en: "Reporting period" },
  unknown: { "zh-CN": "未识别", en: "not found" },
  columns: { "zh-CN": "各列含义", en: "Columns" },
  byContent: { "zh-CN": "按内容判断", en: "by content" },
  readingFindings: { "zh-CN": "读取提示", en: "Reading notes" },
  results: { "zh-CN": "检查结果", en: "Check results" },
  started: { "zh-CN": "已开工", en: "Started" },
  completionRate: { "zh-CN": "完成率", en: "Completion" },
  vsSchedule: { "zh-CN": "比时序进度", en: "vs schedule" },
  points: { "zh-CN": "个百分点", en: "points" },
  group: { "zh-CN": "分组", en: "Group" },
  blankGroup: { "zh-CN": "（未填）", en: "(blank)" },
  lagging: { "zh-CN": "滞后项目", en: "Lagging projects" },
  noneLagging: { "zh-CN": "没有滞后于时序进度的项目。", en: "No project is behind schedule." },
  selectHint: {
    "zh-CN": "点击项目可在台账中选中该行。",
    en: "Click a project to select its row in the ledger.",
  },
  dataFindings: { "zh-CN": "数据问题", en: "Data issues" },
  narrative: { "zh-CN": "报告文字", en: "Report paragraph" },
  copy: { "zh-CN": "复制", en: "Copy" },
  copied: {
    "zh-CN": "报告文字已复制，可粘贴到通报中。",
    en: "Copied: paste it into the bulletin.",
  },
  copyByHand: {
    "zh-CN": "无法自动复制：文字已选中，请按 Ctrl+C。",
    en: "Could not copy automatically: the text is selected, press Ctrl+C.",
  },
  outputs: { "zh-CN": "输出", en: "Outputs" },
  insertSheets: { "zh-CN": "插入汇总表", en: "Insert summary sheets" },
  annotate: { "zh-CN": "在台账上标注", en: "Annotate the ledger" },
  clearAnnotations: { "zh-CN": "清除标注", en: "Remove annotations" },
  nothingToClear: {
    "zh-CN": "台账上没有台账助手的标注。",
    en: "There were no annotations to remove.",
  },
  cleared: { "zh-CN": "已清除台账助手的标注。", en: "The annotations were removed." },
  failed: { "zh-CN": "操作未完成", en: "Not done" },
  noLedgerNext: {
    "zh-CN":
      "请切换到台账所在的工作表（窗格会自动重新识别），再点“开始检查”。没有台账就没有检查结果，也不会插入汇总表。",
    en: "Switch to the sheet with the ledger (the pane reads it at once), then run the check. Without a ledger there are no results and no sheets to insert.",
  },
} satisfies Record<string, LocalText>;

export function inserted(names: string[], lang: Lang): string {
  return lang === "zh-CN"
    ? `已插入 ${names.length} 张表：${names.join("、")}。`
    : `Inserted ${names.length} sheet${names.length === 1 ? "" : "s"}: ${names.join(", ")}.`;
}

export function annotated(marked: number, columns: [string, string], lang: Lang): string {
  return lang === "zh-CN"
    ? `已在 ${columns[0]}、${columns[1]} 列标注 ${marked} 个项目的进度；原有内容未改动。`
    : `Marked ${marked} projects in columns ${columns[0]} and ${columns[1]}; nothing you typed was changed.`;
}

export function moreProjects(count: number, lang: Lang): string {
  return lang === "zh-CN"
    ? `另有 ${count} 个，见“滞后项目”表。`
    : `${count} more in the lagging list sheet.`;
}

export function groupedBy(label: string, lang: Lang): string {
  return lang === "zh-CN" ? `按${label}` : `By ${label.toLowerCase()}`;
}
