/**
 * One 督导函 (supervision letter) per responsible unit that has projects behind schedule or not
 * started: addressee, a paragraph with the unit's figures, a table of those projects, the request
 * to report back, sender and date. Amounts in 万元.
 */
import { billion, percent, yi } from "../format";
import { BLANK_GROUP_KEY, GROUP_FIELDS, fieldKeyOf, figuresOf, partitionProjects } from "../groups";
import type { CheckReport, GroupFigures, ProjectResult } from "../report-types";
import { isOnList } from "../lists";
import { compareText, countNoun } from "../text/phrases";
import { FORMATS, type SheetSpec } from "../sheet-spec";
import type { Contact, Lang } from "../types";
import { capitalise, say } from "./labels";
import { DEFAULT_REPLY_DAYS, type SummaryOptions } from "./options";
import { asOfText, followingMonthDate } from "../text/wording";
import { projectColumns, projectRows, varianceOrder } from "./project-columns";
import { sanitizeSheetName } from "./sheet-names";
import { compact, headerRows, seqColumn, specColumns } from "./table";

const INDENT = "\u3000\u3000";

export function buildReminderLetters(report: CheckReport, options: SummaryOptions): SheetSpec[] {
  const byUnit = partitionProjects(report.projects, {
    spec: "responsibleUnit",
    label: GROUP_FIELDS.responsibleUnit.label,
    source: { field: "responsibleUnit" },
    keyOf: (row) => fieldKeyOf(row, "responsibleUnit"),
  });
  return byUnit
    .filter((unit) => unit.key !== BLANK_GROUP_KEY && unit.projects.some(needsReminder))
    .map((unit) => letterFor(report, unit.key, unit.projects, options));
}

function needsReminder(project: ProjectResult): boolean {
  return isOnList(project, "behind") || isOnList(project, "not-started");
}

/** Letters list the behind first (worst lag first), then the not started in ledger order. */
function notStarted(p: ProjectResult): number {
  return Number(p.schedule.status === "not-started");
}

function letterFor(
  report: CheckReport,
  unit: string,
  projects: ProjectResult[],
  options: SummaryOptions
): SheetSpec {
  const { lang } = options;
  // In ledger order; the letter shows them in `order` (behind by lag, then not started).
  const listed = projects.filter(needsReminder);
  const order = varianceOrder(listed, 1, notStarted);
  const figures = figuresOf(unit, projects, {
    hasCompletion: report.totals.completed !== null,
    timeProgress: report.period.timeProgress,
  });
  const issuer = options.issuer ?? say(lang, "重点项目建设推进办公室", "Key Projects Office");
  const set = projectColumns(report, lang, say(lang, "（万元）", " (CNY 10k)"));
  const columns = compact([
    seqColumn<ProjectResult>(lang),
    set.name,
    set.total,
    set.plan,
    ...set.progress,
    set.status,
    set.problems(listed),
  ]);
  const varianceColumn = columns.findIndex((c) => c.format === FORMATS.points2);
  const behind = listed.filter((p) => isOnList(p, "behind"));
  const counts = {
    behind: behind.length,
    severe: behind.filter((p) => isOnList(p, "severely-behind")).length,
    notStarted: listed.length - behind.length,
  };

  return {
    key: `letter:${unit}`,
    name: sanitizeSheetName(say(lang, `督导函-${unit}`, `Letter-${unit}`)),
    title: say(
      lang,
      "关于加快推进重点项目建设进度的督导函",
      "Reminder: please speed up your key projects"
    ),
    infoLines: [],
    leadParagraphs: [
      say(lang, `${unit}：`, `To ${unit}:`),
      ...contactLine(projects, lang),
      figuresParagraph(report, figures, counts, lang),
    ],
    columns: specColumns(columns),
    headerRows: headerRows(columns),
    rows: projectRows(columns, listed, order),
    footnotes: [],
    paragraphs: closingParagraphs(
      counts.notStarted > 0,
      options.replyWithinDays ?? DEFAULT_REPLY_DAYS,
      issuer,
      lang
    ),
    signatureLines: [issuer, options.letterDate ?? followingMonthDate(report.period, lang)],
    freezeColumns: 0,
    ...(varianceColumn < 0 ? {} : { varianceColumn, bands: report.rules.colourBands }),
  };
}

/**
 * The unit's people as the ledger names them (责任人, 联络人, 电话 under the responsible unit's
 * header), from its first project that names any: "（责任人：叶景林；联络人：庄毅斌）".
 */
export function unitContact(projects: readonly ProjectResult[]): Contact | null {
  for (const p of projects) {
    const c = p.row.responsibleContact;
    if (c && (c.person || c.contact || c.phone)) return c;
  }
  return null;
}

function contactLine(projects: readonly ProjectResult[], lang: Lang): string[] {
  const c = unitContact(projects);
  if (!c) return [];
  const zh = [
    c.person ? `责任人：${c.person}` : "",
    c.contact ? `联络人：${c.contact}` : "",
    c.phone ? `电话：${c.phone}` : "",
  ].filter(Boolean);
  const en = [
    c.person ? `in charge: ${c.person}` : "",
    c.contact ? `contact: ${c.contact}` : "",
    c.phone ? `phone: ${c.phone}` : "",
  ].filter(Boolean);
  return [say(lang, `（${zh.join("；")}）`, `(${en.join("; ")})`)];
}

interface ReminderCounts {
  behind: number;
  severe: number;
  notStarted: number;
}

/** "截至2024年9月底，你单位牵头负责的重点项目共3个，总投资…，低于时序进度…个百分点。其中，…" */
function figuresParagraph(
  report: CheckReport,
  figures: GroupFigures,
  counts: ReminderCounts,
  lang: Lang
): string {
  const when = asOfText(report.period, lang);
  // Unit totals read like the bulletin's: 亿元 with two decimals (the table below lists 万元).
  const zh: string[] = [
    `共${figures.projects}个，总投资${yi(figures.totalInvestment)}亿元，年度计划投资${yi(figures.annualPlan)}亿元`,
  ];
  const en: string[] = [
    `${countNoun(figures.projects, "key project")} with a total investment of ${billion(figures.totalInvestment)} billion yuan and an annual plan of ${billion(figures.annualPlan)} billion yuan`,
  ];
  if (figures.completed !== null) {
    zh.push(`累计完成投资${yi(figures.completed)}亿元`);
    en.push(`${billion(figures.completed)} billion yuan completed`);
  }
  if (figures.completionRate !== null) {
    zh.push(`占年度计划的${percent(figures.completionRate)}`);
    en.push(`${percent(figures.completionRate)} of the plan`);
  }
  if (figures.variancePoints !== null) {
    zh.push(compareText(figures.variancePoints, "zh-CN"));
    en.push(compareText(figures.variancePoints, "en"));
  }

  const zhParts: string[] = [];
  const enParts: string[] = [];
  if (counts.behind > 0) {
    zhParts.push(
      `进度滞后项目${counts.behind}个${counts.severe > 0 ? `（其中严重滞后${counts.severe}个）` : ""}`
    );
    enParts.push(
      `${counts.behind} behind schedule${counts.severe > 0 ? ` (${counts.severe} severely)` : ""}`
    );
  }
  if (counts.notStarted > 0) {
    zhParts.push(`未开工项目${counts.notStarted}个`);
    enParts.push(`${counts.notStarted} not started`);
  }
  return say(
    lang,
    `${INDENT}${when}，你单位牵头负责的重点项目${zh.join("，")}。其中，${zhParts.join("，")}，具体情况见下表。`,
    `${capitalise(when)}, your unit leads ${en.join(", ")}. Of these, ${enParts.join(" and ")}; see the table below.`
  );
}

function closingParagraphs(
  hasNotStarted: boolean,
  days: number,
  issuer: string,
  lang: Lang
): string[] {
  return [
    say(
      lang,
      `${INDENT}请你单位高度重视，对照年度目标任务和时序进度要求，逐个分析项目滞后原因，制定切实可行的整改措施，明确责任人和完成时限，倒排工期、挂图作战，全力加快项目建设进度。${
        hasNotStarted ? "未开工项目要加快办理前期手续，尽快落实开工条件，确保早日开工建设。" : ""
      }`,
      `Please give this your full attention: analyse why each project is late, set concrete measures with owners and deadlines, and speed up construction.${
        hasNotStarted
          ? " For projects not yet started, complete the preliminary procedures and start construction as soon as possible."
          : ""
      }`
    ),
    say(
      lang,
      `${INDENT}请于${days}个工作日内将整改措施及推进情况书面报送${issuer}。`,
      `Please send your measures and progress in writing to ${issuer} within ${days} working days.`
    ),
  ];
}
