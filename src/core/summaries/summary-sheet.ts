/**
 * The summary table by one group field, in government report style: 合计 first, amounts in 亿元
 * (or 万元), rates as percentages, variance in ± points coloured by the rule set's bands.
 */
import { InputError } from "../errors";
import { groupKeyText, resolveGroupBy } from "../groups";
import type { CheckReport, GroupFigures } from "../report-types";
import { bandIndex } from "../schedule/schedule";
import { displayWidth, type ChartSpec, type SheetSpec } from "../sheet-spec";
import type { Lang, LocalText } from "../types";
import { lagRanks } from "../schedule/rank";
import { rankColumn } from "./rank-column";
import {
  bandsNote,
  numberedNotes,
  rateNote,
  roundingNote,
  rankNote,
  rulesNotes,
  timeProgressNote,
} from "./footnotes";
import { capitalise, pick, say } from "./labels";
import {
  amountScaleOf,
  amountUnitText,
  areaWord,
  scaleAmount,
  type SummaryOptions,
} from "./options";
import { completedHeader, periodLabel, timeProgressLine, yearHeader } from "../text/wording";
import { sanitizeSheetName } from "./sheet-names";
import {
  amountColumn,
  countColumn,
  headerRows,
  percentColumn,
  pointsColumn,
  rateHeader,
  rowValues,
  seqColumn,
  specColumns,
  textColumn,
  type ColumnDef,
} from "./table";

interface SummaryLine {
  name: string;
  figures: GroupFigures;
  seq: number | null;
  kind: "total" | "data";
  /** 排名 among the groups (unit summaries), or null. */
  rank: number | null;
}

export function buildSummarySheet(
  report: CheckReport,
  groupBy: string,
  options: SummaryOptions
): SheetSpec {
  const { lang } = options;
  const groups = report.groups[groupBy];
  if (!groups) throw missingGroup(report, groupBy);
  const scale = amountScaleOf(options);
  const { period } = report;
  const label = pick(groupByLabel(report, groupBy), lang);
  const hasCompletion = report.totals.completed !== null;
  const hasVariance = hasCompletion && period.timeProgress !== null;

  // Groups the chart cannot show (no rate: no annual plan) or that are not judged on schedule
  // (all 前期) go after the others, in their order, and out of the chart: no empty bars.
  const charted = groups.filter((g) => isCharted(g, hasVariance));
  const shown = [...charted, ...groups.filter((g) => !isCharted(g, hasVariance))];
  const ranked = hasVariance && isRankedGrouping(report, groupBy);
  const ranks = ranked ? lagRanks(shown.map((g) => g.variancePoints)) : [];
  const lines: SummaryLine[] = [
    {
      name: say(lang, "合计", "Total"),
      figures: report.totals,
      seq: null,
      kind: "total",
      rank: null,
    },
    ...shown.map((g, i): SummaryLine => ({
      name: groupKeyText(g.key, lang),
      figures: g,
      seq: i + 1,
      kind: "data",
      rank: ranks[i] ?? null,
    })),
  ];
  const amount = (wan: number | null) => (wan === null ? null : scaleAmount(wan, scale));
  const year = yearHeader(period, lang);
  const nameWidth = Math.min(30, Math.max(12, ...lines.map((l) => displayWidth(l.name) + 2)));

  const columns: ColumnDef<SummaryLine>[] = [
    seqColumn(lang, (l) => l.seq),
    textColumn(capitalise(label), nameWidth, (l) => l.name),
    countColumn(say(lang, "项目数\n（个）", "Projects"), (l) => l.figures.projects),
    amountColumn(say(lang, "总投资", "Total investment"), (l) => amount(l.figures.totalInvestment)),
    amountColumn(say(lang, "计划投资", "Annual plan"), (l) => amount(l.figures.annualPlan), year),
  ];
  if (hasCompletion) {
    columns.push(
      amountColumn(completedHeader(period, lang), (l) => amount(l.figures.completed), year),
      percentColumn(rateHeader(lang), (l) => l.figures.completionRate, year)
    );
  }
  const rateColumn = columns.length - 1;
  if (hasVariance) columns.push(pointsColumn(lang, (l) => l.figures.variancePoints));
  const varianceColumn = hasVariance ? columns.length - 1 : undefined;
  if (ranked) columns.push(rankColumn(lang, (l) => l.rank));
  columns.push(
    countColumn(say(lang, "开工数\n（个）", "Started"), (l) => l.figures.started),
    percentColumn(say(lang, "开工率", "Start rate"), (l) => l.figures.startRate)
  );

  const bands = report.rules.colourBands;
  const rows = lines.map((line) => ({
    values: rowValues(columns, line, 0),
    kind: line.kind,
    ...(hasVariance ? { band: bandIndex(line.figures.variancePoints, bands) } : {}),
  }));

  const notes = [
    ...(hasCompletion ? [rateNote(lang, hasVariance)] : []),
    timeProgressNote(report, lang),
    say(lang, "开工率为已开工项目数/项目数。", "Start rate = projects started / projects."),
    hasVariance ? bandsNote(report, lang) : null,
    ranked ? rankNote(lang) : null,
    shown.length > charted.length ? unchartedNote(shown.slice(charted.length), lang) : null,
    ...rulesNotes(report, lang),
    roundingNote(lang),
  ].filter((n): n is string => n !== null);

  const chart: ChartSpec | undefined =
    hasVariance && period.timeProgress !== null && charted.length > 0
      ? {
          title: say(
            lang,
            `各${label}投资完成率与时序进度对比`,
            `Completion rate by ${label} vs time progress`
          ),
          categoryColumn: 1,
          valueColumn: rateColumn,
          valueName: rateHeader(lang),
          lineValue: period.timeProgress,
          lineName: say(lang, "时序进度", "Time progress"),
          skipFirstRow: true,
          rowCount: charted.length,
        }
      : undefined;

  const area = areaWord(report, options);
  const periodText = periodLabel(period, lang);
  const progressLine = timeProgressLine(period, lang);
  return {
    key: `summary:${groupBy}`,
    name: sanitizeSheetName(say(lang, `汇总-${label}`, `Summary-${capitalise(label)}`)),
    title: say(
      lang,
      `${periodText}${area}重点项目建设进度汇总表（按${label}）`,
      `Key project progress by ${label}${area ? `, ${area}` : ""}${periodText ? `, ${periodText}` : ""}`
    ),
    infoLines: [
      say(
        lang,
        `单位：${amountUnitText(scale, lang)}、个`,
        `Unit: ${amountUnitText(scale, lang)}; projects`
      ),
      ...(progressLine === null ? [] : [progressLine]),
    ],
    columns: specColumns(columns),
    headerRows: headerRows(columns),
    rows,
    footnotes: numberedNotes(notes, lang),
    freezeColumns: 2,
    ...(varianceColumn === undefined ? {} : { varianceColumn, bands }),
    ...(chart ? { chart } : {}),
  };
}

/** Whether a group has a bar in the chart: a completion rate, and not only 前期 projects. */
function isCharted(group: GroupFigures, hasVariance: boolean): boolean {
  if (!hasVariance) return true;
  return group.completionRate !== null && group.preliminary < group.projects;
}

/** Units report to the office and are ranked (责任单位, 县区); sectors and categories are not. */
const RANKED_FIELDS: readonly string[] = ["responsibleUnit", "county"];

function isRankedGrouping(report: CheckReport, groupBy: string): boolean {
  try {
    const source = resolveGroupBy(report.ledger, groupBy).source;
    return "field" in source && RANKED_FIELDS.includes(source.field);
  } catch {
    return false;
  }
}

/** "前期、（未填）未列入图表（无年度计划或均为前期工作项目）。" */
function unchartedNote(groups: readonly GroupFigures[], lang: Lang): string {
  const names = groups.map((g) => groupKeyText(g.key, lang));
  return say(
    lang,
    `${names.join("、")}无年度计划投资或均为前期工作项目，不与时序进度比较，列于表末，未列入图表。`,
    `${names.join(", ")}: no annual plan or preliminary work only; not compared with the time progress, listed last and left out of the chart.`
  );
}

/** What the groups are ("行业" / "sector"), or the group-by as given when the ledger cannot say. */
export function groupByLabel(report: CheckReport, groupBy: string): LocalText {
  try {
    return resolveGroupBy(report.ledger, groupBy).label;
  } catch {
    return { "zh-CN": groupBy, en: groupBy };
  }
}

function missingGroup(report: CheckReport, groupBy: string): InputError {
  const known = Object.keys(report.groups);
  return new InputError(
    {
      "zh-CN": `检查结果中没有按“${groupBy}”分组的汇总；已有分组：${known.join("、") || "无"}。`,
      en: `The check has no summary grouped by "${groupBy}"; groupings available: ${known.join(", ") || "none"}.`,
    },
    "input.group-by"
  );
}
