/**
 * Project lists (amounts in 万元): behind (worst lag first), ahead (largest lead first), not
 * started, failing the listing criteria, and the data problems, one row per finding. Every row
 * carries the project's ledger row so a host can select it.
 */
import { fixed } from "../format";
import { LIST_KINDS, type ListKind, projectsIn } from "../lists";
import { FORMATS, type SheetSpec, type SpecRow } from "../sheet-spec";
import type { CheckReport, ListingResult, ListingTier, ProjectResult } from "../report-types";
import type { Finding, Lang, LocalText, SimpleDate } from "../types";
import {
  numberedNotes,
  bandsNote,
  rankNote,
  rateNote,
  rulesNotes,
  severeNote,
  startProgressNote,
  timeProgressNote,
} from "./footnotes";
import { ERROR_FONT, SEVERITY_LABELS, pick, say } from "./labels";
import { FIELD_LABELS } from "../reader/fields";
import { areaWord, type SummaryOptions } from "./options";
import { periodLabel, timeProgressLine } from "../text/wording";
import { projectColumns, projectRows, varianceOrder } from "./project-columns";
import { sanitizeSheetName } from "./sheet-names";
import { lagRanks } from "../schedule/rank";
import { startedThisYear } from "../schedule/start-progress";
import { rankColumn } from "./rank-column";
import {
  compact,
  headerRows,
  percentColumn,
  rowValues,
  seqColumn,
  specColumns,
  textColumn,
  type ColumnDef,
} from "./table";

export { LIST_KINDS, type ListKind };

/** Tab name, title (after period and area) and the line shown when the list is empty. */
export const LIST_TEXT: Record<ListKind, { tab: LocalText; title: LocalText; empty: LocalText }> = {
  behind: {
    tab: { "zh-CN": "滞后项目", en: "Behind" },
    title: { "zh-CN": "进度滞后重点项目清单", en: "Projects behind schedule" },
    empty: { "zh-CN": "本期无进度滞后项目。", en: "No project is behind schedule." },
  },
  ahead: {
    tab: { "zh-CN": "超进度项目", en: "Ahead" },
    title: { "zh-CN": "超时序进度重点项目清单", en: "Projects ahead of schedule" },
    empty: { "zh-CN": "本期无超时序进度项目。", en: "No project is ahead of schedule." },
  },
  "not-started": {
    tab: { "zh-CN": "未开工项目", en: "Not started" },
    title: { "zh-CN": "未开工重点项目清单", en: "Projects not started" },
    empty: { "zh-CN": "本期无未开工项目。", en: "Every project has started." },
  },
  preliminary: {
    tab: { "zh-CN": "前期项目", en: "Preliminary" },
    title: { "zh-CN": "重大前期工作项目清单", en: "Projects in preliminary work" },
    empty: { "zh-CN": "本期无前期工作项目。", en: "No project is in preliminary work." },
  },
  "not-listed": {
    tab: { "zh-CN": "未达入库标准", en: "Below criteria" },
    title: { "zh-CN": "未达入库标准项目清单", en: "Projects below the listing criteria" },
    empty: { "zh-CN": "所有项目均达到入库标准。", en: "Every project meets the listing criteria." },
  },
  problems: {
    tab: { "zh-CN": "数据问题", en: "Data problems" },
    title: { "zh-CN": "重点项目台账数据问题清单", en: "Data problems in the ledger" },
    empty: { "zh-CN": "未发现数据问题。", en: "No data problems found." },
  },
};

const TIER_LABELS: Record<ListingTier, LocalText> = {
  construction: { "zh-CN": "重大建设项目", en: "Construction" },
  preliminary: { "zh-CN": "重大前期工作项目", en: "Preliminary work" },
};

/**
 * The lists in the order asked. Behind and ahead need R and T: without a completion column or a
 * reporting month they are left out.
 */
export function buildListSheets(
  report: CheckReport,
  options: SummaryOptions,
  kinds: readonly ListKind[] = LIST_KINDS
): SheetSpec[] {
  return kinds
    .map((kind) => buildListSheet(report, kind, options))
    .filter((s): s is SheetSpec => s !== null);
}

export function buildListSheet(
  report: CheckReport,
  kind: ListKind,
  options: SummaryOptions
): SheetSpec | null {
  switch (kind) {
    case "behind":
    case "ahead":
      return hasVariance(report) ? scheduleList(report, kind, options) : null;
    case "not-started":
    case "preliminary":
      return notStartedList(report, kind, options);
    case "not-listed":
      return notListedList(report, options);
    case "problems":
      return problemsList(report, options);
  }
}

function hasVariance(report: CheckReport): boolean {
  return report.totals.completed !== null && report.period.timeProgress !== null;
}

function scheduleList(
  report: CheckReport,
  kind: "behind" | "ahead",
  options: SummaryOptions
): SheetSpec {
  const { lang } = options;
  // In ledger order; the list shows them in `order` (worst lag or largest lead first).
  const projects = projectsIn(report, kind);
  const order = varianceOrder(projects, kind === "behind" ? 1 : -1);
  const set = projectColumns(report, lang);
  const columns = compact([
    seqColumn<ProjectResult>(lang),
    set.name,
    set.unit,
    set.sectorCategory,
    set.total,
    set.plan,
    ...set.progress,
    startProgressColumn(report, projects, lang),
    kind === "behind" ? lagRankColumn(projects, lang) : null,
    set.status,
    set.problems(projects),
  ]);
  const notes = [
    rateNote(lang, true),
    timeProgressNote(report, lang),
    startProgressNote(report, projects, lang),
    ...(kind === "behind"
      ? [severeNote(report, lang), bandsNote(report, lang), rankNote(lang)]
      : []),
    ...rulesNotes(report, lang),
  ];
  const varianceColumn = columns.findIndex((c) => c.format === FORMATS.points2);
  return {
    ...listFrame(report, kind, options, columns, projects, notes, order),
    varianceColumn,
    bands: report.rules.colourBands,
  };
}

/** Not started, and 前期 (listed apart: they are not expected to have started). */
/** The time progress each project is judged against, when one of them started this year. */
function startProgressColumn(
  report: CheckReport,
  projects: readonly ProjectResult[],
  lang: Lang
): ColumnDef<ProjectResult> | null {
  if (!projects.some((p) => startedThisYear(report.period, p.row.startDate))) return null;
  return percentColumn<ProjectResult>(
    say(lang, "项目时序进度", "Own time progress"),
    (p) => p.schedule.timeProgress
  );
}

/** 排名 of the lagging projects: most behind = 1, equal variances share a rank. */
function lagRankColumn(projects: readonly ProjectResult[], lang: Lang): ColumnDef<ProjectResult> {
  const ranks = lagRanks(projects.map((p) => p.schedule.variancePoints));
  const rankOf = new Map<ProjectResult, number | null>();
  projects.forEach((p, i) => rankOf.set(p, ranks[i]));
  return rankColumn<ProjectResult>(lang, (p) => rankOf.get(p) ?? null);
}

function notStartedList(
  report: CheckReport,
  kind: "not-started" | "preliminary",
  options: SummaryOptions
): SheetSpec {
  const { lang } = options;
  const projects = projectsIn(report, kind);
  const set = projectColumns(report, lang);
  const startDate = projects.some((p) => p.row.startDate !== null)
    ? textColumn<ProjectResult>(
        pick(FIELD_LABELS.startDate, lang),
        12,
        (p) => dateText(p.row.startDate, lang),
        "center"
      )
    : null;
  const progress = projects.some((p) => (p.row.progress ?? "").trim() !== "")
    ? textColumn<ProjectResult>(pick(FIELD_LABELS.progress, lang), 24, (p) => p.row.progress ?? "")
    : null;
  const columns = compact([
    seqColumn<ProjectResult>(lang),
    set.name,
    set.unit,
    set.sectorCategory,
    set.total,
    set.plan,
    startDate,
    progress,
    set.problems(projects),
  ]);
  const notes = [preliminaryNote(report, kind, lang), ...rulesNotes(report, lang)];
  return listFrame(report, kind, options, columns, projects, notes);
}

/** Where the 前期 projects are: "类别为前期、预备、储备的前期工作项目另列…". */
function preliminaryNote(
  report: CheckReport,
  kind: "not-started" | "preliminary",
  lang: Lang
): string | null {
  const words = report.rules.preliminaryCategories;
  if (words.length === 0) return null;
  const zhWords = words.join("、");
  const enWords = words.join(", ");
  return kind === "preliminary"
    ? say(
        lang,
        `类别为${zhWords}的项目为重大前期工作项目，单独列出，不计入未开工项目。`,
        `Projects whose category is ${enWords} are in preliminary work; they are listed here, not among the projects not started.`
      )
    : say(
        lang,
        `类别为${zhWords}的重大前期工作项目另列于“${LIST_TEXT.preliminary.tab["zh-CN"]}”表。`,
        `Projects in preliminary work (category ${enWords}) are listed apart, on "${LIST_TEXT.preliminary.tab.en}".`
      );
}

function notListedList(report: CheckReport, options: SummaryOptions): SheetSpec {
  const { lang } = options;
  const projects = projectsIn(report, "not-listed");
  const set = projectColumns(report, lang);
  const columns = compact([
    seqColumn<ProjectResult>(lang),
    set.name,
    set.unit,
    set.sectorCategory,
    set.total,
    textColumn<ProjectResult>(
      say(lang, "入库标准", "Threshold"),
      14,
      (p) => thresholdText(p.listing, lang),
      "center"
    ),
    textColumn<ProjectResult>(
      say(lang, "项目层级", "Tier"),
      14,
      (p) => pick(TIER_LABELS[p.listing.tier], lang),
      "center"
    ),
    textColumn<ProjectResult>(say(lang, "原因", "Reason"), 40, (p) =>
      p.listing.reasons.map((r) => pick(r, lang)).join(say(lang, "；", "; "))
    ),
  ]);
  return listFrame(report, "not-listed", options, columns, projects, rulesNotes(report, lang));
}

/** "≥3000万元" / "≥ CNY 30 million". */
export function thresholdText(listing: ListingResult, lang: Lang): string {
  const usd = listing.thresholdCurrency === "USD";
  if (lang === "zh-CN") return `≥${trimNumber(listing.threshold)}${usd ? "万美元" : "万元"}`;
  return `≥ ${usd ? "USD" : "CNY"} ${trimNumber(listing.threshold / 100)} million`;
}

function trimNumber(value: number): string {
  return String(Number(fixed(value, 4)));
}

function dateText(date: SimpleDate | null, lang: Lang): string {
  if (date === null) return "";
  const month = String(date.month).padStart(2, "0");
  if (lang === "en")
    return date.day === undefined
      ? `${date.year}-${month}`
      : `${date.year}-${month}-${String(date.day).padStart(2, "0")}`;
  return `${date.year}年${date.month}月${date.day === undefined ? "" : `${date.day}日`}`;
}

/** Title, unit line, header and rows of a project list. */
function listFrame(
  report: CheckReport,
  kind: ListKind,
  options: SummaryOptions,
  columns: ColumnDef<ProjectResult>[],
  projects: ProjectResult[],
  notes: (string | null)[],
  order?: readonly number[]
): SheetSpec {
  const { lang } = options;
  const progressLine = timeProgressLine(report.period, lang);
  const rows = projectRows(columns, projects, order);
  return {
    ...listHeading(report, kind, options),
    infoLines: [
      say(lang, "单位：万元", "Unit: CNY 10,000"),
      ...(progressLine === null ? [] : [progressLine]),
    ],
    columns: specColumns(columns),
    headerRows: headerRows(columns),
    rows,
    footnotes: listNotes(kind, rows.length, notes, lang),
    freezeColumns: 2,
  };
}

function listHeading(
  report: CheckReport,
  kind: ListKind,
  options: SummaryOptions
): Pick<SheetSpec, "key" | "name" | "title"> {
  const { lang } = options;
  const text = LIST_TEXT[kind];
  const periodText = periodLabel(report.period, lang);
  const area = areaWord(report, options);
  return {
    key: `list:${kind}`,
    name: sanitizeSheetName(pick(text.tab, lang)),
    title: say(
      lang,
      `${periodText}${area}${text.title["zh-CN"]}`,
      `${text.title.en}${area ? `, ${area}` : ""}${periodText ? `, ${periodText}` : ""}`
    ),
  };
}

function listNotes(
  kind: ListKind,
  rowCount: number,
  notes: (string | null)[],
  lang: Lang
): string[] {
  const present = notes.filter((n): n is string => n !== null);
  return [
    ...(rowCount === 0 ? [pick(LIST_TEXT[kind].empty, lang)] : []),
    ...numberedNotes(present, lang),
  ];
}

// ───────────── Data problems ─────────────

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

interface ProblemLine {
  finding: Finding;
  projectName: string;
  ledgerRow: number | null;
}

function problemsList(report: CheckReport, options: SummaryOptions): SheetSpec {
  const { lang } = options;
  const findings = allFindings(report);
  const nameOfRow = projectNames(report, findings);
  // A project's own findings are named after it even when they cite another file (consolidate).
  const nameOfFinding = new Map<Finding, string>();
  for (const p of report.projects)
    for (const f of p.findings) nameOfFinding.set(f, p.row.name ?? "");
  // Rows of other sheets (last month's ledger…) are neither named nor selectable here.
  const ledgerRowOf = (f: Finding) => (f.sheet === report.ledger.sheetName ? f.sheetRow : null);
  const lines: ProblemLine[] = findings.map((finding) => {
    const row = ledgerRowOf(finding);
    const byRow = row === null ? "" : (nameOfRow.get(row) ?? "");
    return { finding, projectName: nameOfFinding.get(finding) ?? byRow, ledgerRow: row };
  });
  // Findings of several input files (consolidate) say which file, and then always the sheet.
  const files = [...new Set(findings.flatMap((f) => (f.file === undefined ? [] : [f.file])))];
  const severalSheets = files.length > 0 || new Set(findings.map((f) => f.sheet)).size > 1;
  const columns = compact<ProblemLine>([
    seqColumn(lang),
    files.length > 0
      ? textColumn<ProblemLine>(say(lang, "文件", "File"), 16, (l) => l.finding.file ?? "")
      : null,
    severalSheets
      ? textColumn<ProblemLine>(say(lang, "工作表", "Sheet"), 12, (l) => l.finding.sheet)
      : null,
    {
      header: say(lang, "行号", "Row"),
      width: 7,
      format: FORMATS.integer,
      align: "center",
      value: (l) => l.finding.sheetRow,
    },
    textColumn<ProblemLine>(say(lang, "列", "Column"), 6, (l) => l.finding.column ?? "", "center"),
    textColumn<ProblemLine>(pick(FIELD_LABELS.name, lang), 30, (l) => l.projectName),
    textColumn<ProblemLine>(say(lang, "字段", "Field"), 14, (l) =>
      l.finding.field ? pick(FIELD_LABELS[l.finding.field], lang) : ""
    ),
    textColumn<ProblemLine>(
      say(lang, "严重程度", "Severity"),
      9,
      (l) => pick(SEVERITY_LABELS[l.finding.severity], lang),
      "center"
    ),
    textColumn<ProblemLine>(say(lang, "说明", "Details"), 50, (l) => pick(l.finding.message, lang)),
  ]);
  const rows: SpecRow[] = lines.map((line, i) => ({
    values: rowValues(columns, line, i),
    kind: "data",
    ...(line.ledgerRow === null ? {} : { ledgerRow: line.ledgerRow }),
    ...(line.finding.severity === "error" ? { fontColor: ERROR_FONT } : {}),
  }));
  const severityNote = say(
    lang,
    "“错误”须更正后再汇总；“警告”请核实；“提示”供参考。",
    "Fix errors before summarising; check warnings; infos are for reference."
  );
  return {
    ...listHeading(report, "problems", options),
    infoLines: [
      files.length > 0
        ? say(lang, `台账文件：${files.join("、")}`, `Ledger files: ${files.join(", ")}`)
        : say(
            lang,
            `台账工作表：${report.ledger.sheetName}`,
            `Ledger sheet: ${report.ledger.sheetName}`
          ),
    ],
    columns: specColumns(columns),
    headerRows: headerRows(columns),
    rows,
    footnotes: listNotes("problems", rows.length, [severityNote], lang),
    freezeColumns: (severalSheets ? 3 : 2) + (files.length > 0 ? 1 : 0),
  };
}

/** Sheet row → project name, for the rows that have findings (not all 100,000 projects). */
function projectNames(report: CheckReport, findings: Finding[]): Map<number, string> {
  const rows = new Set(findings.map((f) => f.sheetRow));
  const names = new Map<number, string>();
  for (const p of report.projects)
    if (rows.has(p.row.sheetRow)) names.set(p.row.sheetRow, p.row.name ?? "");
  return names;
}

/** Sheet-level and project findings, each once: errors first, then by row. */
export function allFindings(report: CheckReport): Finding[] {
  const seen = new Set<string>();
  const unique: Finding[] = [];
  for (const finding of [...report.findings, ...report.projects.flatMap((p) => p.findings)]) {
    const id = [
      finding.code,
      finding.sheet,
      finding.sheetRow,
      finding.column,
      finding.field,
      finding.message.en,
    ].join("\u0001");
    if (seen.has(id)) continue;
    seen.add(id);
    unique.push(finding);
  }
  return unique
    .map((finding, order) => ({ finding, order }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] ||
        (a.finding.sheetRow ?? 0) - (b.finding.sheetRow ?? 0) ||
        a.order - b.order
    )
    .map((x) => x.finding);
}
