/**
 * The 督导函 (supervision letters): one per responsible unit with projects behind schedule or not
 * started, as plain data (title, 文号, addressee, body with the unit's figures and projects, the
 * unit's people from the ledger, sender, date) that a document writer lays out (src/docx); and,
 * for the report workbook, one sheet listing every unit a letter goes to.
 */
import { InputError } from "../errors";
import {
  DEFAULT_LETTER_NUMBER,
  type LetterDate,
  letterNumberProblem,
  parseLetterDate,
} from "./letter-fields";
import { billion, percent, yi } from "../format";
import { BLANK_GROUP_KEY, GROUP_FIELDS, fieldKeyOf, figuresOf, partitionProjects } from "../groups";
import { isOnList } from "../lists";
import type { CheckReport, GroupFigures, ProjectResult } from "../report-types";
import { bandIndex } from "../schedule/schedule";
import { FORMATS, type SheetSpec, type SpecRow } from "../sheet-spec";
import { compareText, countNoun, joinNames } from "../text/phrases";
import {
  asOfText,
  completedHeader,
  periodLabel,
  timeProgressLine,
  wanAmountText,
} from "../text/wording";
import type { Contact, Lang, LocalText } from "../types";
import { numberedNotes } from "./footnotes";
import { STATUS_LABELS, capitalise, pick, say } from "./labels";
import { DEFAULT_REPLY_DAYS, areaWord, type SummaryOptions } from "./options";
import { varianceOrder } from "./project-columns";
import { sanitizeSheetName } from "./sheet-names";
import {
  listAmountColumn,
  compact,
  countColumn,
  headerRows,
  percentColumn,
  pointsColumn,
  rateHeader,
  rowValues,
  seqColumn,
  specColumns,
  textColumn,
} from "./table";

/** 文号 when the settings give none: 机关代字〔年份〕序号. */

export interface LetterOptions extends SummaryOptions {
  /** The letters' date, YYYY-MM-DD: the settings' date, else today (the adapter's clock). */
  date: string;
}

/** A 督导函 as data: a writer lays it out, in this order, and adds nothing of its own. */
export interface ReminderLetter {
  /** "letter:县交通局". */
  key: string;
  lang: Lang;
  /** The responsible unit written to. */
  unit: string;
  /** "督导函-县交通局": a file name (without extension) safe on every disk, unique among the letters. */
  fileName: string;
  title: string;
  /** 文号: "重点办督〔2024〕3号". */
  documentNumber: string;
  /** "县交通局：" */
  addressee: string;
  /** Body paragraphs in order, without indentation (a writer indents the first line). */
  body: string[];
  /**
   * The unit's people as the ledger names them, under the addressee:
   * "（责任人：叶景林；联络人：庄毅斌；电话：0596-1234567）"; null when it names none.
   */
  contact: string | null;
  /** Sender. */
  issuer: string;
  /** "2024年10月15日" / "15 October 2024". */
  date: string;
}

/** A unit that gets a letter: its projects (ledger order) and those the letter names. */
interface LetterUnit {
  unit: string;
  projects: ProjectResult[];
  /** Behind by lag (worst first), then not started in ledger order. */
  listed: ProjectResult[];
  figures: GroupFigures;
  counts: ReminderCounts;
  contact: Contact | null;
}

interface ReminderCounts {
  behind: number;
  severe: number;
  notStarted: number;
}

/** One letter per responsible unit with projects behind or not started, in ledger order of the units. */
export function buildReminderLetters(
  report: CheckReport,
  options: LetterOptions
): ReminderLetter[] {
  const { lang } = options;
  const date = parseLetterDate(options.date);
  const pattern = options.letterNumber ?? DEFAULT_LETTER_NUMBER;
  assertLetterNumber(pattern);
  const first = options.firstLetterNumber ?? 1;
  const issuer = issuerOf(options);
  const units = letterUnits(report);
  const fileNames = uniqueFileNames(
    units.map((u) => say(lang, `督导函-${u.unit}`, `Letter-${u.unit}`))
  );
  return units.map((u, i) => ({
    key: `letter:${u.unit}`,
    lang,
    unit: u.unit,
    fileName: fileNames[i],
    title: say(
      lang,
      "关于加快推进重点项目建设进度的督导函",
      "Reminder: please speed up your key projects"
    ),
    documentNumber: letterNumber(pattern, date.year, first + i),
    addressee: say(lang, `${u.unit}：`, `To ${u.unit}:`),
    body: [
      figuresParagraph(report, u, lang),
      ...u.listed.map((p, k) => projectParagraph(report, p, k + 1, lang)),
      ...closingParagraphs(u.counts.notStarted > 0, options, issuer, lang),
    ],
    contact: contactLine(u.contact, lang),
    issuer,
    date: dateText(date, lang),
  }));
}

/** The units written to, with their figures; no letter without an addressee (blank unit). */
function letterUnits(report: CheckReport): LetterUnit[] {
  const byUnit = partitionProjects(report.projects, {
    spec: "responsibleUnit",
    label: GROUP_FIELDS.responsibleUnit.label,
    source: { field: "responsibleUnit" },
    keyOf: (row) => fieldKeyOf(row, "responsibleUnit"),
  });
  return byUnit
    .filter((unit) => unit.key !== BLANK_GROUP_KEY && unit.projects.some(needsReminder))
    .map((unit) => {
      const named = unit.projects.filter(needsReminder);
      const listed = varianceOrder(named, 1, notStarted).map((i) => named[i]);
      const behind = named.filter((p) => isOnList(p, "behind"));
      return {
        unit: unit.key,
        projects: unit.projects,
        listed,
        figures: figuresOf(unit.key, unit.projects, {
          hasCompletion: report.totals.completed !== null,
          timeProgress: report.period.timeProgress,
        }),
        counts: {
          behind: behind.length,
          severe: behind.filter((p) => isOnList(p, "severely-behind")).length,
          notStarted: named.length - behind.length,
        },
        contact: unitContact(unit.projects),
      };
    });
}

function needsReminder(project: ProjectResult): boolean {
  return isOnList(project, "behind") || isOnList(project, "not-started");
}

/** Letters list the behind first (worst lag first), then the not started in ledger order. */
function notStarted(p: ProjectResult): number {
  return Number(p.schedule.status === "not-started");
}

function issuerOf(options: SummaryOptions): string {
  return options.issuer ?? say(options.lang, "重点项目建设推进办公室", "Key Projects Office");
}

/**
 * The unit's people as the ledger names them (责任人, 联络人, 电话 under the responsible unit's
 * header), from its first project that names any.
 */
export function unitContact(projects: readonly ProjectResult[]): Contact | null {
  for (const p of projects) {
    const c = p.row.responsibleContact;
    if (c && (c.person || c.contact || c.phone)) return c;
  }
  return null;
}

const CONTACT_LABELS: { key: keyof Contact; label: LocalText }[] = [
  { key: "person", label: { "zh-CN": "责任人", en: "In charge" } },
  { key: "contact", label: { "zh-CN": "联络人", en: "Contact" } },
  { key: "phone", label: { "zh-CN": "电话", en: "Phone" } },
];

/** "（责任人：叶景林；电话：0596-1234567）" / "(In charge: 叶景林; phone: …)", the fields the ledger fills. */
function contactLine(contact: Contact | null, lang: Lang): string | null {
  if (contact === null) return null;
  const zh: string[] = [];
  const en: string[] = [];
  for (const { key, label } of CONTACT_LABELS) {
    const value = contact[key]?.trim();
    if (!value) continue;
    zh.push(`${label["zh-CN"]}：${value}`);
    en.push(`${en.length === 0 ? label.en : label.en.toLowerCase()}: ${value}`);
  }
  if (zh.length === 0) return null;
  return say(lang, `（${zh.join("；")}）`, `(${en.join("; ")})`);
}

// ───────────── The body ─────────────

/** "时序进度" as the tables say it (the narrative keeps the bulletins' "时间进度"). */
function versusSchedule(points: number, lang: Lang): string {
  return compareText(points, lang, "时序进度");
}

/** "截至2024年9月底，你单位牵头负责的重点项目共2个，总投资…，低于时序进度…个百分点。其中，…，具体情况如下：" */
function figuresParagraph(report: CheckReport, unit: LetterUnit, lang: Lang): string {
  const { figures, counts } = unit;
  const when = asOfText(report.period, lang);
  // Unit totals read like the bulletin's: 亿元 with two decimals (each project below in 万元).
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
    zh.push(versusSchedule(figures.variancePoints, "zh-CN"));
    en.push(versusSchedule(figures.variancePoints, "en"));
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
    `${when}，你单位牵头负责的重点项目${zh.join("，")}。其中，${zhParts.join("，")}，具体情况如下：`,
    `${capitalise(when)}, your unit leads ${en.join(", ")}. Of these, ${enParts.join(" and ")}:`
  );
}

/**
 * "1.方山至坡头道路改建工程：年度计划投资30,000万元，1-9月完成投资6,000万元，占年度计划的20.00%，
 * 低于时序进度55.00个百分点，严重滞后。" A project not started says so instead of its progress.
 */
function projectParagraph(report: CheckReport, p: ProjectResult, n: number, lang: Lang): string {
  const name =
    p.row.name ?? say(lang, `第${p.row.sheetRow}行项目`, `Project of row ${p.row.sheetRow}`);
  const parts: string[] = [];
  if (p.cny.annualPlan !== null)
    parts.push(
      say(
        lang,
        `年度计划投资${wanAmountText(p.cny.annualPlan, lang)}`,
        `annual plan ${wanAmountText(p.cny.annualPlan, lang)}`
      )
    );
  if (p.schedule.status === "not-started") {
    parts.push(say(lang, "尚未开工", "not started yet"));
  } else {
    if (p.cny.completed !== null)
      parts.push(
        say(
          lang,
          `${completedHeader(report.period, lang)}${wanAmountText(p.cny.completed, lang)}`,
          `${wanAmountText(p.cny.completed, lang)} completed`
        )
      );
    const { completionRate, variancePoints } = p.schedule;
    if (completionRate !== null)
      parts.push(
        say(
          lang,
          `占年度计划的${percent(completionRate)}`,
          `${percent(completionRate)} of the plan`
        )
      );
    if (variancePoints !== null) parts.push(versusSchedule(variancePoints, lang));
    if (p.schedule.status === "severely-behind")
      parts.push(pick(STATUS_LABELS["severely-behind"], lang).toLowerCase());
  }
  const problems = (p.row.problems ?? "").trim().replace(/[。.；;，,]+$/, "");
  const tail = problems ? say(lang, `存在问题：${problems}。`, ` Problems: ${problems}.`) : "";
  return say(
    lang,
    `${n}.${name}：${parts.join("，")}。${tail}`,
    `${n}. ${name}: ${parts.join(", ")}.${tail}`
  );
}

function closingParagraphs(
  hasNotStarted: boolean,
  options: SummaryOptions,
  issuer: string,
  lang: Lang
): string[] {
  const days = options.replyWithinDays ?? DEFAULT_REPLY_DAYS;
  return [
    say(
      lang,
      `请你单位高度重视，对照年度目标任务和时序进度要求，逐个分析项目滞后原因，制定切实可行的整改措施，明确责任人和完成时限，倒排工期、挂图作战，全力加快项目建设进度。${
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
      `请于${days}个工作日内将整改措施及推进情况书面报送${issuer}。`,
      `Please send your measures and progress in writing to ${issuer} within ${days} working days.`
    ),
  ];
}

// ───────────── 文号, date, file names ─────────────

function assertLetterNumber(pattern: string): void {
  const problem = letterNumberProblem(pattern);
  if (problem) throw new InputError(problem, "input.letter-number");
}

/** "重点办督〔{year}〕{n}号" → "重点办督〔2024〕3号". */
export function letterNumber(pattern: string, year: number, n: number): string {
  return pattern.replace(/\{year\}/g, String(year)).replace(/\{n\}/g, String(n));
}

/** A day as YYYY-MM-DD on the calendar of the machine whose clock gave it (the letters' default date). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const EN_MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2024年10月15日" / "15 October 2024" (成文日期 in Arabic numerals, as GB/T 9704-2012 has it). */
function dateText(date: LetterDate, lang: Lang): string {
  return say(
    lang,
    `${date.year}年${date.month}月${date.day}日`,
    `${date.day} ${EN_MONTH_NAMES[date.month - 1]} ${date.year}`
  );
}

const MAX_FILE_NAME = 80;

/**
 * File names from unit names: characters no disk allows (\ / : * ? " < > |, control characters)
 * become "_", no leading or trailing dot or space, at most 80 characters; a name two units share
 * gets " (2)", " (3)"… (compared without case, as Windows and macOS do).
 */
export function uniqueFileNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((raw) => {
    // eslint-disable-next-line no-control-regex
    const clean = raw.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, "_");
    const base = clean.slice(0, MAX_FILE_NAME).replace(/^[.\s]+|[.\s]+$/g, "") || "_";
    let name = base;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${base} (${k})`;
    used.add(name.toLowerCase());
    return name;
  });
}

// ───────────── The sheet: every unit written to ─────────────

/**
 * One sheet listing the units that get a letter: counts, the projects named, the unit's figures
 * (万元, as the lists) and its people; null when no unit needs one.
 */
export function buildLetterListSheet(
  report: CheckReport,
  options: SummaryOptions
): SheetSpec | null {
  const { lang } = options;
  const units = letterUnits(report);
  if (units.length === 0) return null;
  const hasCompletion = report.totals.completed !== null;
  const contactOf = (key: keyof Contact) => (u: LetterUnit) => u.contact?.[key]?.trim() ?? "";
  const contactColumns = CONTACT_LABELS.filter(({ key }) => units.some((u) => contactOf(key)(u)));
  const columns = compact<LetterUnit>([
    seqColumn(lang),
    textColumn(say(lang, "责任单位", "Responsible unit"), 16, (u) => u.unit),
    countColumn(say(lang, "滞后项目（个）", "Behind"), (u) => u.counts.behind),
    countColumn(say(lang, "其中严重滞后（个）", "Severely"), (u) => u.counts.severe),
    countColumn(say(lang, "未开工项目（个）", "Not started"), (u) => u.counts.notStarted),
    textColumn(say(lang, "督导项目", "Projects named"), 40, (u) =>
      joinNames(
        u.listed.map((p) => p.row.name ?? ""),
        lang
      )
    ),
    listAmountColumn(say(lang, "年度计划投资", "Annual plan"), (u) => u.figures.annualPlan),
    hasCompletion
      ? listAmountColumn(completedHeader(report.period, lang), (u) => u.figures.completed)
      : null,
    hasCompletion ? percentColumn(rateHeader(lang), (u) => u.figures.completionRate) : null,
    hasCompletion && report.period.timeProgress !== null
      ? pointsColumn<LetterUnit>(lang, (u) => u.figures.variancePoints)
      : null,
    ...contactColumns.map(({ key, label }) =>
      textColumn<LetterUnit>(pick(label, lang), key === "phone" ? 16 : 10, contactOf(key))
    ),
  ]);
  const varianceColumn = columns.findIndex((c) => c.format === FORMATS.points2);
  const bands = report.rules.colourBands;
  const rows: SpecRow[] = units.map((u, i) => ({
    values: rowValues(columns, u, i),
    kind: "data",
    band: bandIndex(u.figures.variancePoints, bands),
  }));
  const progressLine = timeProgressLine(report.period, lang);
  const periodText = periodLabel(report.period, lang);
  const area = areaWord(report, options);
  return {
    key: "letters",
    name: sanitizeSheetName(say(lang, "督导函", "Reminder letters")),
    title: say(
      lang,
      `${periodText}${area}重点项目督导函发送清单`,
      `Reminder letters to units${area ? `, ${area}` : ""}${periodText ? `, ${periodText}` : ""}`
    ),
    infoLines: [
      say(lang, "单位：万元、个", "Unit: CNY 10,000; projects"),
      ...(progressLine === null ? [] : [progressLine]),
    ],
    columns: specColumns(columns),
    headerRows: headerRows(columns),
    rows,
    footnotes: numberedNotes(
      [
        say(
          lang,
          "每个单位一份督导函（Word 文档），在任务窗格“输出”中下载，或用命令行 taizhang check 台账.xlsx --letters 文件夹 生成。",
          "Each unit's letter is a Word document: download them from the task pane's Output step, or write them with taizhang check LEDGER.xlsx --letters FOLDER."
        ),
        say(
          lang,
          "督导项目先列进度滞后项目（滞后最多的在前），再列未开工项目；金额为该单位全部项目合计。",
          "Projects named: behind schedule first (largest lag first), then not started; amounts are the unit's totals over all its projects."
        ),
      ],
      lang
    ),
    freezeColumns: 2,
    ...(varianceColumn < 0 ? {} : { varianceColumn, bands }),
  };
}
