/**
 * Every string the task pane shows, in zh-CN and en, and the wording of values (row ranges,
 * units, reporting month, counts). Components pick `[lang]`; nothing else holds UI text.
 * Field, status and severity names are the core's own, so the pane, the sheets and the
 * reader's messages say the same.
 */
import type { AmountUnit, Lang, Ledger, LocalText } from "../core/index";

export { FIELD_LABELS } from "../core/index";
export { SEVERITY_LABELS, STATUS_LABELS } from "../core/index";
export { LIST_TEXT, OUTPUT_SHEET_KINDS } from "../core/index";
export { GROUP_FIELDS } from "../core/index";

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
  // Navigation
  tabs: { "zh-CN": "步骤", en: "Steps" },
  tabDetect: { "zh-CN": "识别", en: "Detect" },
  tabCheck: { "zh-CN": "检查", en: "Check" },
  tabOutput: { "zh-CN": "输出", en: "Output" },
  tabReconcile: { "zh-CN": "核对", en: "Reconcile" },
  tabSettings: { "zh-CN": "设置", en: "Settings" },
  // First run
  welcomeTitle: { "zh-CN": "欢迎使用台账助手", en: "Welcome to Taizhang" },
  welcomeIntro: {
    "zh-CN":
      "窗格上方的五个标签就是五个步骤；每月检查通常用到识别、检查和输出，数据不会离开这个工作簿。",
    en: "The five tabs above are the five steps; a monthly check usually needs Detect, Check and Output, and the data never leaves this workbook.",
  },
  welcomeStep1: {
    "zh-CN": "识别：读取您所在的工作表，确认各列含义和报告期。",
    en: "Detect: reads the sheet you are on; confirm the columns and the reporting month.",
  },
  welcomeStep2: {
    "zh-CN": "检查：一键计算完成率、与时序进度比和入库标准。",
    en: "Check: one click computes completion rates, the variance against time progress and the listing criteria.",
  },
  welcomeStep3: {
    "zh-CN": "输出：插入汇总表、在台账上标注，或复制通报段落。",
    en: "Output: insert summary sheets, annotate the ledger, or copy the bulletin paragraph.",
  },
  welcomeStep4: {
    "zh-CN": "核对：与上月台账比较，找出新增、减少和累计下降的项目。",
    en: "Reconcile: compare with last month's ledger for added and removed projects and falling figures.",
  },
  welcomeStep5: {
    "zh-CN": "设置：入库标准、严重滞后和颜色段，保存在本工作簿中。",
    en: "Settings: listing criteria, severe lag and colour bands, saved in this workbook.",
  },
  welcomeStart: { "zh-CN": "从识别开始", en: "Start with Detect" },
  welcomeCheckNow: { "zh-CN": "直接检查", en: "Check right away" },
  showWelcome: { "zh-CN": "再次显示欢迎页", en: "Show the welcome again" },
  // Detect
  detect: { "zh-CN": "重新识别", en: "Detect again" },
  reading: { "zh-CN": "正在读取工作表…", en: "Reading the sheet…" },
  failed: { "zh-CN": "读取失败", en: "Could not read the sheet" },
  notInExcel: {
    "zh-CN": "请在 Excel 中打开台账助手（开始 › 打开台账助手）。",
    en: "Open Taizhang inside Excel (Home › Open Taizhang).",
  },
  notFound: { "zh-CN": "本工作表不像一张台账", en: "This sheet does not read as a ledger" },
  notFoundNext: {
    "zh-CN":
      "请切换到台账所在的工作表后点“重新识别”，或在上面选择工作表。台账需要有“项目名称”等表头。",
    en: 'Switch to the sheet with the ledger and choose "Detect again", or pick the sheet above. A ledger needs column headers such as the project name.',
  },
  found: { "zh-CN": "已识别台账", en: "Ledger found" },
  ambiguous: {
    "zh-CN": "已识别台账，但有几处需要确认",
    en: "Ledger found, but a few things need confirming",
  },
  protectedSheet: { "zh-CN": "工作表受保护", en: "The sheet is protected" },
  protectedNext: {
    "zh-CN":
      "可以检查和插入汇总表，但无法在台账上标注。如需标注，请先撤销保护（审阅 › 撤销工作表保护）。",
    en: "You can check it and insert summary sheets, but not annotate it. To annotate, unprotect it first (Review › Unprotect Sheet).",
  },
  sheet: { "zh-CN": "工作表", en: "Sheet" },
  headerRows: { "zh-CN": "表头", en: "Header" },
  projects: { "zh-CN": "项目", en: "Projects" },
  sections: { "zh-CN": "分类行", en: "Section rows" },
  subtotals: { "zh-CN": "合计/小计行", en: "Total rows" },
  amountUnit: { "zh-CN": "金额单位", en: "Amount unit" },
  unitAuto: { "zh-CN": "自动识别", en: "As detected" },
  reportingMonth: { "zh-CN": "报告期", en: "Reporting month" },
  monthField: { "zh-CN": "报告月份（截至几月底）", en: "Reporting month (end of)" },
  monthAuto: { "zh-CN": "按台账", en: "From the ledger" },
  asOfField: { "zh-CN": "截止日期（可选）", en: "As-of date (optional)" },
  asOfHint: {
    "zh-CN": "填写后按该日期确定报告期；按日计算时序进度时也用它。",
    en: "When given, it sets the reporting month; day-based time progress uses it too.",
  },
  presetField: { "zh-CN": "入库标准", en: "Listing criteria" },
  customRules: { "zh-CN": "自定义（在设置中修改）", en: "Custom (edit in Settings)" },
  unknown: { "zh-CN": "未识别", en: "not found" },
  columns: { "zh-CN": "各列含义", en: "Columns" },
  readingTitle: { "zh-CN": "识别结果", en: "What was read" },
  totalsAgree: { "zh-CN": "与表内合计行一致", en: "Agrees with the sheet's own total row" },
  rowRolesTitle: { "zh-CN": "各行含义", en: "Rows" },
  rowRolesHint: {
    "zh-CN": "如某行的含义识别有误，可在此改正，应用后重新识别。",
    en: "If a row was taken for the wrong thing, correct it here, then apply.",
  },
  columnsHint: {
    "zh-CN": "每项可改为工作表中的另一列；“无此列”表示台账没有这一项。",
    en: 'Each field can be set to another column of the sheet; "Not in this sheet" means the ledger lacks it.',
  },
  noColumn: { "zh-CN": "无此列", en: "Not in this sheet" },
  byContent: { "zh-CN": "按内容推断", en: "guessed from content" },
  uncertain: { "zh-CN": "请确认", en: "please confirm" },
  changed: { "zh-CN": "已修改", en: "changed" },
  showAllFields: { "zh-CN": "显示全部字段", en: "Show all fields" },
  apply: { "zh-CN": "应用并重新识别", en: "Apply and detect again" },
  applied: {
    "zh-CN": "已保存到本工作簿，下月无需重新设置。",
    en: "Saved in this workbook: next month needs no setup.",
  },
  findings: { "zh-CN": "读取发现", en: "Findings" },
  noFindings: { "zh-CN": "没有读取问题。", en: "No reading problems." },
  // Check
  runCheck: { "zh-CN": "开始检查", en: "Run the check" },
  rerunCheck: { "zh-CN": "重新检查", en: "Check again" },
  cancel: { "zh-CN": "取消", en: "Cancel" },
  cancelled: { "zh-CN": "已取消检查。", en: "The check was cancelled." },
  phaseReading: { "zh-CN": "第 1 步，共 2 步：读取台账…", en: "Step 1 of 2: reading the ledger…" },
  phaseChecking: {
    "zh-CN": "第 2 步，共 2 步：计算进度和标准…",
    en: "Step 2 of 2: computing progress and criteria…",
  },
  checkFirst: {
    "zh-CN": "先在“识别”中确认台账，再点“开始检查”。",
    en: 'Confirm the ledger under "Detect" first, then choose "Run the check".',
  },
  quickDone: {
    "zh-CN": "快速检查已按保存的设置完成。",
    en: "Quick check done with the saved settings.",
  },
  totalsTitle: { "zh-CN": "总体情况", en: "At a glance" },
  tileProjects: { "zh-CN": "项目数", en: "Projects" },
  tileStarted: { "zh-CN": "开工", en: "Started" },
  tileCompletion: { "zh-CN": "完成率", en: "Completion" },
  tileVariance: { "zh-CN": "与时序进度比", en: "Vs time progress" },
  points: { "zh-CN": "个百分点", en: "points" },
  timeProgress: { "zh-CN": "时序进度", en: "Time progress" },
  groupTitle: { "zh-CN": "分组情况", en: "By group" },
  groupBy: { "zh-CN": "分组依据", en: "Group by" },
  colGroup: { "zh-CN": "分组", en: "Group" },
  colProjects: { "zh-CN": "项目", en: "Proj." },
  colRate: { "zh-CN": "完成率", en: "Rate" },
  colVariance: { "zh-CN": "与时序进度比", en: "Vs time progress" },
  colVarianceUnit: { "zh-CN": "（个百分点）", en: "(points)" },
  total: { "zh-CN": "合计", en: "Total" },
  listsTitle: { "zh-CN": "项目清单", en: "Project lists" },
  listKind: { "zh-CN": "清单", en: "List" },
  search: { "zh-CN": "搜索项目名称、编码或责任单位", en: "Search name, code or unit" },
  groupFilter: { "zh-CN": "只看分组", en: "Only group" },
  allGroups: { "zh-CN": "全部", en: "All" },
  severeOnly: { "zh-CN": "只看严重滞后", en: "Severely behind only" },
  severityFilter: { "zh-CN": "只看级别", en: "Only severity" },
  allSeverities: { "zh-CN": "全部级别", en: "All severities" },
  selectHint: {
    "zh-CN": "点击项目即可在台账中选中该行。",
    en: "Choose a project to select its row in the ledger.",
  },
  showMore: { "zh-CN": "显示更多", en: "Show more" },
  noMatches: { "zh-CN": "没有符合筛选条件的项目。", en: "No project matches the filters." },
  rowWord: { "zh-CN": "行", en: "row" },
  // Output
  outputTitle: { "zh-CN": "插入汇总表", en: "Insert summary sheets" },
  outputHint: {
    "zh-CN": "写入新的工作表；再次插入会替换台账助手上次生成的表，不会改动您自己的表。",
    en: "Writes new sheets; inserting again replaces the ones Taizhang made last time and never touches your own sheets.",
  },
  summaryGroupings: { "zh-CN": "汇总表的分组", en: "Groupings of the summary tables" },
  insertSheets: { "zh-CN": "插入所选工作表", en: "Insert the chosen sheets" },
  inserting: { "zh-CN": "正在写入工作表…", en: "Writing the sheets…" },
  nothingChosen: { "zh-CN": "请至少选择一种工作表。", en: "Choose at least one sheet." },
  annotateTitle: { "zh-CN": "在台账上标注", en: "Annotate the ledger" },
  annotateHint: {
    "zh-CN": "在表格右侧加两列进度状态，并按颜色段标出滞后的行；不会改动任何已填写的数据。",
    en: "Adds two status columns right of the table and colours lagging rows by band; no value you typed changes.",
  },
  highlightRows: { "zh-CN": "按颜色段标出滞后行", en: "Colour lagging rows by band" },
  annotate: { "zh-CN": "标注", en: "Annotate" },
  clearAnnotations: { "zh-CN": "清除标注", en: "Remove annotations" },
  noAnnotations: { "zh-CN": "没有需要清除的标注。", en: "There were no annotations to remove." },
  annotationsCleared: { "zh-CN": "已清除全部标注。", en: "All annotations were removed." },
  paragraphTitle: { "zh-CN": "通报段落", en: "Report paragraph" },
  copy: { "zh-CN": "复制到剪贴板", en: "Copy to the clipboard" },
  copied: { "zh-CN": "已复制。", en: "Copied." },
  copyFailed: {
    "zh-CN": "无法自动复制，请选中上面的文字后按 Ctrl+C。",
    en: "Copying was blocked; select the text above and press Ctrl+C.",
  },
  // Reconcile
  reconcileTitle: { "zh-CN": "与上月台账核对", en: "Reconcile with last month" },
  reconcileHint: {
    "zh-CN":
      "选择本工作簿中上月台账所在的工作表，或打开上月的台账文件，找出新增、减少、累计下降和计划调整的项目。",
    en: "Pick the sheet of last month's ledger in this workbook, or open last month's file, to find added and removed projects, falling cumulative figures and adjusted plans.",
  },
  previousSheet: { "zh-CN": "上月台账工作表", en: "Last month's sheet" },
  noPreviousSheet: {
    "zh-CN":
      "本工作簿中没有其他工作表。请打开上月的台账文件，或把上月台账复制到本工作簿（右键工作表标签 › 移动或复制）后再核对。",
    en: "This workbook has no other sheet. Open last month's file, or copy last month's ledger into this workbook (right-click its tab › Move or Copy), then reconcile.",
  },
  openPreviousFile: { "zh-CN": "或打开上月台账文件…", en: "Or open last month's file…" },
  openPreviousFileOnly: { "zh-CN": "打开上月台账文件…", en: "Open last month's file…" },
  readingFile: { "zh-CN": "正在读取文件…", en: "Reading the file…" },
  previousFileNote: {
    "zh-CN": "文件只在本窗格中读取，不会上传。",
    en: "The file is read here in the pane; it is not uploaded.",
  },
  compare: { "zh-CN": "核对", en: "Compare" },
  comparing: { "zh-CN": "正在读取两张台账…", en: "Reading both ledgers…" },
  monthIncrement: { "zh-CN": "本月新增完成投资", en: "Completed this month" },
  added: { "zh-CN": "新增项目", en: "Added" },
  removed: { "zh-CN": "减少项目", en: "Removed" },
  decreased: { "zh-CN": "累计完成下降", en: "Cumulative fell" },
  planChanged: { "zh-CN": "年度计划调整", en: "Plan changed" },
  totalChanged: { "zh-CN": "总投资调整", en: "Total changed" },
  monthMismatches: { "zh-CN": "当月完成对不上", en: "Month does not add up" },
  none: { "zh-CN": "无", en: "none" },
  insertReconcile: { "zh-CN": "插入核对表", en: "Insert as a sheet" },
  // Settings
  settingsTitle: { "zh-CN": "检查规则", en: "Check rules" },
  settingsHint: {
    "zh-CN": "规则保存在本工作簿中，下月打开即按同样的规则检查。",
    en: "The rules are saved in this workbook, so next month's check uses the same ones.",
  },
  preset: { "zh-CN": "预设", en: "Preset" },
  thresholdCNY: {
    "zh-CN": "入库标准：总投资（万元）",
    en: "Listing threshold: total (CNY 10,000)",
  },
  thresholdUSD: {
    "zh-CN": "外资项目标准（万美元）",
    en: "Threshold for USD projects (USD 10,000)",
  },
  reducedThresholdCNY: { "zh-CN": "降低后的标准（万元）", en: "Reduced threshold (CNY 10,000)" },
  reducedSectors: {
    "zh-CN": "适用降低标准的行业（用顿号分隔）",
    en: "Sectors with the reduced threshold (comma-separated)",
  },
  usdToCny: { "zh-CN": "美元汇率（1 美元折人民币）", en: "USD rate (CNY per USD)" },
  severeBehindPoints: {
    "zh-CN": "严重滞后（滞后个百分点及以上）",
    en: "Severely behind from (points)",
  },
  timeMode: { "zh-CN": "时序进度算法", en: "Time progress" },
  timeModeMonth: { "zh-CN": "按月（N/12，通报常用）", en: "By month (N/12, as bulletins do)" },
  timeModeDay: { "zh-CN": "按日（已过天数/全年天数）", en: "By day (days elapsed / days in year)" },
  bands: { "zh-CN": "颜色段（按滞后个百分点）", en: "Colour bands (points behind)" },
  bandFrom: { "zh-CN": "从", en: "From" },
  bandTo: { "zh-CN": "至（空=不限）", en: "To (empty = no limit)" },
  bandFill: { "zh-CN": "底色", en: "Fill" },
  bandFont: { "zh-CN": "字色", en: "Text" },
  addBand: { "zh-CN": "添加颜色段", en: "Add a band" },
  removeBand: { "zh-CN": "删除此颜色段", en: "Remove this band" },
  saveRules: { "zh-CN": "保存规则", en: "Save the rules" },
  resetRules: { "zh-CN": "恢复预设值", en: "Reset to the preset" },
  rulesSaved: { "zh-CN": "规则已保存。", en: "The rules were saved." },
  rulesInvalid: { "zh-CN": "请先改正标红的项。", en: "Correct the fields marked in red first." },
  // Following the workbook; no results without a ledger; data errors over the totals
  sheetRead: { "zh-CN": "已读取工作表", en: "Sheet read" },
  activeSheet: { "zh-CN": "当前工作表", en: "the sheet you are on" },
  notActiveSheet: {
    "zh-CN": "不是当前工作表；点“重新识别”读取您所在的工作表",
    en: 'not the sheet you are on; "Detect again" reads that one',
  },
  noLedgerNext: {
    "zh-CN":
      "切换到台账所在的工作表（窗格会自动重新识别），或在“识别”中选择工作表。没有台账就没有检查结果，也不会插入汇总表。",
    en: 'Switch to the sheet with the ledger (the pane reads it at once), or pick the sheet under "Detect". Without a ledger there are no results and no sheets to insert.',
  },
  goToDetect: { "zh-CN": "去“识别”选择工作表", en: 'Pick the sheet under "Detect"' },
  dataErrorsLink: { "zh-CN": "查看错误清单", en: "See the list of errors" },
  includesErrors: { "zh-CN": "含有误数据", en: "includes errors" },
  totalInvestment: { "zh-CN": "总投资", en: "Total investment" },
  annualPlan: { "zh-CN": "年度计划投资", en: "Annual plan" },
  completedInvestment: { "zh-CN": "完成投资", en: "Completed" },
  // Errors
  errorTitle: { "zh-CN": "操作未完成", en: "That did not work" },
  errorNext: { "zh-CN": "下一步", en: "What to do" },
  errorRetry: {
    "zh-CN": "请重试；如果仍然出错，请保存工作簿后关闭并重新打开台账助手。",
    en: "Try again; if it keeps failing, save the workbook, then close and reopen Taizhang.",
  },
  errorSheetGone: {
    "zh-CN": "请在“识别”中选择另一张工作表。",
    en: 'Pick another sheet under "Detect".',
  },
  errorRules: {
    "zh-CN": "请在“设置”中改正规则，或恢复预设值。",
    en: 'Fix the rules under "Settings", or reset them to the preset.',
  },
  errorFile: {
    "zh-CN": "请选择上月的台账文件（.xlsx 或 .xls），或选择本工作簿中的工作表。",
    en: "Choose last month's ledger file (.xlsx or .xls), or pick a sheet of this workbook.",
  },
  errorInput: {
    "zh-CN": "请在“识别”中检查报告月份、截止日期和分组。",
    en: 'Check the reporting month, the as-of date and the grouping under "Detect".',
  },
  dismiss: { "zh-CN": "关闭", en: "Dismiss" },
  done: { "zh-CN": "完成", en: "Done" },
  working: { "zh-CN": "正在处理…", en: "Working…" },
  // 督导函 (Output)
  lettersTitle: { "zh-CN": "下载督导函", en: "Download reminder letters" },
  lettersHint: {
    "zh-CN":
      "每个有滞后或未开工项目的责任单位一份 Word 督导函（公文格式），打包为一个 .zip 文件；文号、发文单位和日期取自设置。",
    en: "One Word letter (official layout) per responsible unit with projects behind schedule or not started, in one .zip file; number, sender and date come from the settings.",
  },
  downloadLetters: { "zh-CN": "下载督导函（Word）", en: "Download letters (Word)" },
  preparingLetters: { "zh-CN": "正在生成督导函…", en: "Making the letters…" },
  noLetters: {
    "zh-CN": "没有进度滞后或未开工项目的责任单位，无需发督导函。",
    en: "No responsible unit has projects behind schedule or not started: no letters needed.",
  },
  letterSettingsTitle: { "zh-CN": "督导函", en: "Reminder letters" },
  letterIssuer: { "zh-CN": "发文单位", en: "Sender" },
  letterIssuerDefault: { "zh-CN": "重点项目建设推进办公室", en: "Key Projects Office" },
  letterNumber: {
    "zh-CN": "文号格式（{year} 年份，{n} 序号）",
    en: "Letter number ({year} year, {n} number)",
  },
  letterStart: { "zh-CN": "起始序号", en: "First number" },
  letterStartInvalid: {
    "zh-CN": "请填写 1 到 999999 的整数。",
    en: "Give a whole number from 1 to 999999.",
  },
  letterDate: { "zh-CN": "成文日期（年-月-日）", en: "Date (year-month-day)" },
  letterDateToday: { "zh-CN": "留空为当天", en: "blank: the day they are made" },
  saveLetterSettings: { "zh-CN": "保存督导函设置", en: "Save letter settings" },
  letterSettingsSaved: { "zh-CN": "已保存到本工作簿。", en: "Saved in this workbook." },
} satisfies Record<string, LocalText>;

export type TextKey = keyof typeof TEXT;

const UNIT_NAMES_EN: Record<AmountUnit, string> = {
  万元: "万元 (CNY 10,000)",
  亿元: "亿元 (CNY 100 million)",
  元: "元 (CNY)",
  万美元: "万美元 (USD 10,000)",
};

export function unitName(unit: AmountUnit, lang: Lang): string {
  return lang === "en" ? UNIT_NAMES_EN[unit] : unit;
}

const UNIT_SOURCES: Record<Ledger["amountUnitSource"], LocalText> = {
  "unit-line": { "zh-CN": "据单位行", en: "from the unit line" },
  header: { "zh-CN": "据表头", en: "from the header" },
  user: { "zh-CN": "用户指定", en: "chosen by you" },
  default: { "zh-CN": "默认", en: "default" },
};

export function amountUnitText(ledger: Ledger, lang: Lang): string {
  const unit = unitName(ledger.amountUnit, lang);
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

/** "Sheet1!F12", "Sheet1!F", "Sheet1!12" or "Sheet1". */
export function locationText(
  sheet: string,
  column: string | null,
  sheetRow: number | null
): string {
  const cell = `${column ?? ""}${sheetRow ?? ""}`;
  return cell ? `${sheet}!${cell}` : sheet;
}

/** "9月" / "September" as a month choice. */
export function monthName(month: number, lang: Lang): string {
  return lang === "en"
    ? new Date(2024, month - 1, 1).toLocaleString("en", { month: "long" })
    : `${month}月`;
}

/** "共 56 个" / "56". */
export function countText(count: number, lang: Lang): string {
  return lang === "en" ? String(count) : `${count}个`;
}

/** "滞后项目（56）" in pickers. */
export function withCount(label: string, count: number): string {
  return `${label} (${count})`;
}

/** "第 12 行" / "row 12". */
export function rowText(sheetRow: number, lang: Lang): string {
  return lang === "en" ? `row ${sheetRow}` : `第${sheetRow}行`;
}

/** "写入了 3 张工作表：…" after inserting. */
export function insertedText(names: string[], lang: Lang): string {
  return lang === "en"
    ? `Inserted ${names.length} sheet${names.length === 1 ? "" : "s"}: ${names.join(", ")}.`
    : `已插入 ${names.length} 张工作表：${names.join("、")}。`;
}

export function annotatedText(
  sheet: string,
  columns: [string, string],
  marked: number,
  lang: Lang
): string {
  return lang === "en"
    ? `Annotated ${marked} projects on "${sheet}" (columns ${columns[0]}–${columns[1]}).`
    : `已在“${sheet}”标注 ${marked} 个项目（${columns[0]}—${columns[1]} 列）。`;
}

/** "上月 9月 → 本月 10月". */
export function reconcilePairText(previous: string, current: string, lang: Lang): string {
  return lang === "en" ? `"${previous}" → "${current}"` : `“${previous}” → “${current}”`;
}

/** "工作表“10月”中没有台账，无法检查" / "No ledger on sheet "10月": nothing to check". */
export function noLedgerText(sheet: string, lang: Lang): string {
  return lang === "en"
    ? `No ledger on sheet "${sheet}": nothing to check`
    : `工作表“${sheet}”中没有台账，无法检查`;
}

/** The banner over the totals: how many errors, and which of the totals include them. */
export function dataErrorsText(count: number, figures: string[], lang: Lang): string {
  if (lang === "en")
    return `${count} data error${count === 1 ? "" : "s"} found: the results may be wrong.${
      figures.length ? ` These totals include them: ${figures.join(", ")}.` : ""
    }`;
  return `发现 ${count} 处数据错误，检查结果可能不准确。${
    figures.length ? `含有误数据的合计：${figures.join("、")}。` : ""
  }`;
}

/** "找到 3 个项目" / "3 projects found" under the search box. */
export function matchCountText(count: number, lang: Lang): string {
  return lang === "en" ? `${count} project${count === 1 ? "" : "s"} found` : `找到 ${count} 个项目`;
}

/** "label：value" with the colon of the language (full-width in Chinese). */
export function labelled(label: string, value: string, lang: Lang): string {
  return lang === "en" ? `${label}: ${value}` : `${label}：${value}`;
}

/** "已生成 3 份督导函（一个 .zip 文件）。" / "Saved 3 letters (one .zip file)." */
export function lettersSavedText(count: number, lang: Lang): string {
  return lang === "en"
    ? `Saved ${count} letter${count === 1 ? "" : "s"} (one .zip file).`
    : `已生成 ${count} 份督导函（一个 .zip 文件）。`;
}
