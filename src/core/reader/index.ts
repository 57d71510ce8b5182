/**
 * The ledger reader: a host's Grid → a Ledger (header, column map, unit, reporting period, every
 * row classified, projects parsed, findings). Pure; never throws, whatever the grid holds.
 */
import type {
  AmountField,
  AmountUnit,
  Grid,
  Ledger,
  LocalText,
  ReaderOptions,
  RowKind,
} from "../types";
import { AMOUNT_FIELDS, AMOUNT_UNITS } from "../types";
import { unitFromUnitLine } from "../parse/amount";
import { compactKey } from "../parse/text";
import { periodFromHeader, periodFromTitle, yearFromText } from "../parse/period";
import { ledgerYearOf } from "./amount-columns";
import { mapColumns } from "./columns";
import { FIELD_LABELS } from "./fields";
import { FindingLog } from "./findings";
import { GridView } from "./grid-view";
import { matchHeader } from "./fields";
import {
  combineHeaders,
  headerCellText,
  locateHeader,
  type HeaderRange,
  type HeaderTexts,
} from "./header";
import { rateScaleOf, type RowContext } from "./project";
import { readRowsChecked } from "./reading-check";
import { rowColumns } from "./row-columns";
import { classifyPreamble, type UserRowRole } from "./rows";
import { firstColumns, sideBySideFinding, sideBySideSplit } from "./second-table";

export { FIELD_LABELS } from "./fields";

/** A column of project counts: the mark of a summary table. */
const COUNT_HEADER = /项目数|项目个数|个数|数量|numberofprojects|projects?count|^projects$/;
const SAMPLE_ROWS = 300;

/** Every row "blank" or "other": the rows of a sheet read as no ledger. */
function unreadRowKinds(view: GridView): RowKind[] {
  const rowKinds: RowKind[] = [];
  for (let r = 0; r < view.rowCount; r++) rowKinds.push(view.isBlankRow(r) ? "blank" : "other");
  return rowKinds;
}

/**
 * A ledger of nothing found yet: default unit, no period; `rowKinds` is unreadRowKinds(view)
 * where it is returned as it is (a ledger found classifies its rows itself).
 */
function emptyLedger(view: GridView, findings: Ledger["findings"], rowKinds: RowKind[]): Ledger {
  return {
    sheetName: view.sheetName,
    found: false,
    origin: view.origin,
    title: null,
    header: null,
    headers: [],
    columns: {},
    setAside: [],
    reading: { subRows: "by-code", ambiguousRows: [], detailRows: [] },
    amountUnit: "万元",
    amountUnitSource: "default",
    reportingMonth: null,
    reportingYear: null,
    periodText: null,
    rowKinds,
    projects: [],
    sections: [],
    subtotals: [],
    findings,
  };
}

function forcedHeader(view: GridView, options: ReaderOptions): HeaderRange | null {
  const h = options.header;
  if (!h || !Number.isInteger(h.first) || !Number.isInteger(h.last)) return null;
  if (h.first < 0 || h.last < h.first || h.last >= view.rowCount) return null;
  return { first: h.first, last: h.last };
}

function sampleRows(view: GridView, header: HeaderRange): number[] {
  const rows: number[] = [];
  for (let r = header.last + 1; r < view.rowCount && rows.length < SAMPLE_ROWS; r++)
    if (!view.isBlankRow(r)) rows.push(r);
  return rows;
}

type LedgerUnit = Pick<Ledger, "amountUnit" | "amountUnitSource">;
type LedgerPeriod = Pick<Ledger, "reportingMonth" | "reportingYear" | "periodText">;

/** The sheet unit: the user's, else a unit line above or in the header, else the amount headers' own unit. */
function sheetUnit(
  view: GridView,
  header: HeaderRange,
  columns: Ledger["columns"],
  options: ReaderOptions
): LedgerUnit {
  if (options.amountUnit && (AMOUNT_UNITS as readonly string[]).includes(options.amountUnit))
    return { amountUnit: options.amountUnit, amountUnitSource: "user" };
  for (let r = 0; r <= header.last; r++) {
    for (const value of view.row(r)) {
      const unit = typeof value === "string" && value.length < 80 ? unitFromUnitLine(value) : null;
      if (unit) return { amountUnit: unit, amountUnitSource: "unit-line" };
    }
  }
  const tally = new Map<AmountUnit, number>();
  for (const field of AMOUNT_FIELDS) {
    const unit = columns[field]?.unit;
    if (unit) tally.set(unit, (tally.get(unit) ?? 0) + 1);
  }
  const [top] = [...tally].sort((a, b) => b[1] - a[1]);
  return top
    ? { amountUnit: top[0], amountUnitSource: "header" }
    : { amountUnit: "万元", amountUnitSource: "default" };
}

/** Reporting month/year: from the completed column's header first, then other headers, then the title. */
function reportingPeriodOf(
  view: GridView,
  header: HeaderRange,
  texts: HeaderTexts,
  columns: Ledger["columns"],
  title: string | null
): LedgerPeriod {
  const preferred: AmountField[] = ["completed", "completedThisMonth", "completedSinceStart"];
  const headerSources = [
    ...preferred.map((f) => columns[f]?.header ?? "").filter((t) => t !== ""),
    columns.statedRate?.header ?? "",
    ...texts.headers,
  ].filter((t) => t !== "");
  const titleSources: string[] = [];
  for (let r = 0; r < header.first; r++)
    for (const v of view.row(r))
      if (typeof v === "string" && v.trim() !== "" && v.length < 200) titleSources.push(v.trim());
  let found: { month: number; year: number | null; text: string } | null = null;
  for (const text of headerSources) {
    const match = periodFromHeader(text);
    if (match) {
      found = { ...match, text };
      break;
    }
  }
  if (!found) {
    for (const text of titleSources) {
      const match = periodFromTitle(text);
      if (match) {
        found = { ...match, text };
        break;
      }
    }
  }
  const year =
    found?.year ??
    (title ? yearFromText(title) : null) ??
    [...headerSources, ...titleSources].map((t) => yearFromText(t)).find((y) => y !== null) ??
    null;
  return {
    reportingMonth: found?.month ?? null,
    reportingYear: year,
    periodText: found?.text ?? null,
  };
}

/**
 * Reads one grid. Each way out builds its Ledger once, from what was found by then; findings go
 * through the log, whose list the ledger carries.
 */
function read(grid: Grid, options: ReaderOptions): Ledger {
  const view = new GridView(grid);
  const log = new FindingLog(view);
  const nothing = emptyLedger(view, log.items, []);

  let hasContent = false;
  for (let r = 0; r < view.rowCount && !hasContent; r++) hasContent = !view.isBlankRow(r);
  if (!hasContent) {
    log.sheet("read.empty-sheet", "error", {
      "zh-CN": `工作表“${view.sheetName}”是空的`,
      en: `Sheet "${view.sheetName}" is empty`,
    });
    return { ...nothing, rowKinds: unreadRowKinds(view) };
  }

  const header = forcedHeader(view, options) ?? locateHeader(view);
  if (!header) {
    log.sheet(
      "read.not-a-ledger",
      "error",
      {
        "zh-CN": `工作表“${view.sheetName}”不像项目台账：前${Math.min(view.rowCount, 60)}行中找不到表头（如“项目名称”“总投资”）`,
        en: `Sheet "${view.sheetName}" does not look like a project ledger: no header row (such as 项目名称 / 总投资) in its first ${Math.min(view.rowCount, 60)} rows`,
      },
      { reason: "no-header" }
    );
    return { ...nothing, rowKinds: unreadRowKinds(view) };
  }
  const texts = combineHeaders(view, header);
  const split = sideBySideSplit(view, header, texts);
  if (split) {
    const first = read(firstColumns(grid, split.keep), options);
    return { ...first, findings: [...first.findings, sideBySideFinding(view, split)] };
  }
  const sample = sampleRows(view, header);
  const title = classifyPreamble({ view }, header, []);
  const year = ledgerYearOf(preambleYear(view, header, title), texts.headers);
  const { columns, setAside } = mapColumns(view, texts, sample, options, log, year);
  const unit = sheetUnit(view, header, columns, options);
  const headed = { ...nothing, header, headers: texts.headers, columns, setAside, ...unit };
  const notALedger = (reason: string, message: LocalText): Ledger => {
    log.sheet("read.not-a-ledger", "error", message, { reason });
    const rowKinds = unreadRowKinds(view);
    return { ...headed, rowKinds, title: classifyPreamble({ view }, header, rowKinds) };
  };

  const hasAmount = AMOUNT_FIELDS.some((f) => columns[f]);
  if ((!columns.name || !hasAmount) && isCardForm(view))
    return notALedger("card-form", {
      "zh-CN": `工作表“${view.sheetName}”是单个项目的表单（“项目名称”“业主单位”等写在左侧一列、内容填在右侧），不是每行一个项目的台账，无法逐项汇总`,
      en: `Sheet "${view.sheetName}" is a form for one project (labels such as 项目名称 down the left, values to their right), not a ledger with one project per row`,
    });
  if (!columns.name && texts.headers.some((h) => COUNT_HEADER.test(compactKey(h))))
    return notALedger("summary-only", {
      "zh-CN": `工作表“${view.sheetName}”是汇总表（每行一个分类或地区及其项目数），不是每行一个项目的台账`,
      en: `Sheet "${view.sheetName}" is a summary table (one row per group or area with its project count), not a ledger with one project per row`,
    });
  if (!columns.name || !hasAmount) {
    const missing = !columns.name
      ? FIELD_LABELS.name
      : { "zh-CN": "投资金额", en: "investment amount" };
    return notALedger(!columns.name ? "no-name-column" : "no-amount-column", {
      "zh-CN": `工作表“${view.sheetName}”不像项目台账：表头（第${view.sheetRow(header.first)}行）中没有“${missing["zh-CN"]}”列`,
      en: `Sheet "${view.sheetName}" does not look like a project ledger: the header (row ${view.sheetRow(header.first)}) has no ${missing.en} column`,
    });
  }

  const units = {} as Record<AmountField, AmountUnit>;
  for (const field of AMOUNT_FIELDS) units[field] = columns[field]?.unit ?? unit.amountUnit;
  const usd = unit.amountUnit === "万美元" || columns.totalInvestment?.unit === "万美元";
  const period = reportingPeriodOf(view, header, texts, columns, title);
  const ctx: RowContext = {
    view,
    columns,
    layout: rowColumns(columns, units),
    log,
    units,
    defaultCurrency: usd ? "USD" : "CNY",
    rateScale: rateScaleOf(view, columns, columns.statedRate?.header ?? "", sample),
    period:
      period.reportingMonth !== null && period.reportingYear !== null
        ? { year: period.reportingYear, month: period.reportingMonth }
        : null,
    hasStartDateColumn: columns.startDate !== undefined,
    hasFormats: Array.isArray(grid.numberFormats),
    lastFormat: { format: null, isDate: false },
    typedCurrencies: new Map(),
    typed: null,
    usdColumns: AMOUNT_FIELDS.some((f) => units[f] === "万美元"),
  };
  const rows = readRowsChecked(ctx, header, texts, userRowRoles(view, options));
  reportMixedCurrencies(ctx, log);
  const found = rows.projects.length > 0;
  if (!found) {
    // A header with only 合计/分类 rows under it: a summary table or an empty template.
    const hasTotals = rows.subtotals.length > 0 || rows.sections.length > 0;
    log.sheet(
      "read.not-a-ledger",
      "error",
      hasTotals
        ? {
            "zh-CN": `工作表“${view.sheetName}”有台账表头，但表中只有合计/分类行，没有项目行（像是汇总表或未填写的模板）`,
            en: `Sheet "${view.sheetName}" has a ledger header but only total or section rows under it, no project rows (a summary table or an empty template)`,
          }
        : {
            "zh-CN": `工作表“${view.sheetName}”有台账表头，但表头下没有项目行`,
            en: `Sheet "${view.sheetName}" has a ledger header but no project rows under it`,
          },
      { reason: hasTotals ? "summary-only" : "no-projects" }
    );
  } else reportGaps(columns, period, log);
  return {
    ...headed,
    ...period,
    found,
    title,
    rowKinds: rows.rowKinds,
    projects: rows.projects,
    sections: rows.sections,
    subtotals: rows.subtotals,
    reading: {
      subRows: rows.policy.subRows,
      ambiguousRows: rows.ambiguousRows.map((r) => view.sheetRow(r)),
      detailRows: rows.rowKinds.flatMap((k, r) => (k === "detail" ? [view.sheetRow(r)] : [])),
    },
  };
}

/** The user's row roles (by 1-based sheet row) as grid rows. */
function userRowRoles(view: GridView, options: ReaderOptions): Map<number, UserRowRole> {
  const roles = new Map<number, UserRowRole>();
  const given = options.rowRoles;
  if (!given || typeof given !== "object") return roles;
  for (const [key, role] of Object.entries(given)) {
    const r = Number(key) - view.origin.row - 1;
    if (Number.isInteger(r) && r >= 0 && r < view.rowCount && USER_ROLES.has(role))
      roles.set(r, role);
  }
  return roles;
}

const USER_ROLES: ReadonlySet<string> = new Set<UserRowRole>([
  "project",
  "subtotal",
  "section",
  "detail",
  "ignore",
]);

/** An amount column with cells typed in two currencies ("500万美元" among plain 万元 figures). */
function reportMixedCurrencies(ctx: RowContext, log: FindingLog): void {
  for (const [field, seen] of ctx.typedCurrencies) {
    const match = ctx.columns[field];
    if (!match) continue;
    const base = ctx.units[field] === "万美元" ? "USD" : ctx.defaultCurrency;
    const other = base === "USD" ? "CNY" : "USD";
    const firstOther = seen[other];
    if (firstOther === undefined) continue;
    const label = FIELD_LABELS[field];
    const names = { CNY: { zh: "万元", en: "CNY" }, USD: { zh: "万美元", en: "USD" } };
    log.sheet(
      "read.mixed-currency",
      "warning",
      {
        "zh-CN": `${match.letter}列（${label["zh-CN"]}）的金额币种不一：第${ctx.view.sheetRow(firstOther)}行等填写为${names[other].zh}，其余为${names[base].zh}；各按单元格所写币种计算`,
        en: `Column ${match.letter} (${label.en}) mixes currencies: row ${ctx.view.sheetRow(firstOther)} and others are typed in ${names[other].en}, the rest are ${names[base].en}; each cell is read in its own currency`,
      },
      { field, column: match.letter, firstRow: ctx.view.sheetRow(firstOther) }
    );
  }
}

/**
 * A form for one project: field labels (项目名称, 业主单位, 责任单位 …) down the first column of
 * several rows, each followed by its value, rather than one header row over many project rows.
 */
function isCardForm(view: GridView): boolean {
  const limit = Math.min(view.rowCount, 40);
  let labelRows = 0;
  let nameLabelRow = false;
  for (let r = 0; r < limit; r++) {
    const row = view.row(r);
    let first = -1;
    for (let c = 0; c < row.length; c++)
      if (typeof row[c] === "string" && (row[c] as string).trim() !== "") {
        first = c;
        break;
      }
    if (first < 0 || first > 1) continue;
    const match = matchHeader(headerCellText(row[first]));
    if (!match || match.confidence < 0.8) continue;
    labelRows++;
    if (match.field === "name") nameLabelRow = true;
  }
  return nameLabelRow && labelRows >= 4 && labelRows >= limit / 3;
}

/** The year the title (or another line above the header) names: "2024年全市重点项目…". */
function preambleYear(view: GridView, header: HeaderRange, title: string | null): number | null {
  const fromTitle = title ? yearFromText(title) : null;
  if (fromTitle !== null) return fromTitle;
  for (let r = 0; r < header.first; r++)
    for (const v of view.row(r))
      if (typeof v === "string" && v.length < 200) {
        const year = yearFromText(v);
        if (year !== null) return year;
      }
  return null;
}

/** Sheet-level notes: key columns absent, reporting period not stated. */
function reportGaps(columns: Ledger["columns"], period: LedgerPeriod, log: FindingLog): void {
  for (const field of ["annualPlan", "completed"] as const) {
    if (columns[field]) continue;
    const label = FIELD_LABELS[field];
    log.sheet(
      "read.missing-column",
      "info",
      {
        "zh-CN": `未找到“${label["zh-CN"]}”列`,
        en: `No ${label.en} column found`,
      },
      { field }
    );
  }
  if (period.reportingMonth === null) {
    log.sheet("read.period-missing", "info", {
      "zh-CN": "表头和标题中没有写明报告期（如“1-6月”“截至5月底”），请指定报告月份",
      en: "The headers and title do not state the reporting period (such as 1-6月 or 截至5月底); please give the reporting month",
    });
  }
}

export function readLedger(grid: Grid, options: ReaderOptions = {}): Ledger {
  try {
    return read(grid, options ?? {});
  } catch (error) {
    // Guards above should make this unreachable; a host must still never see an exception.
    const view = new GridView({
      sheetName: typeof grid?.sheetName === "string" ? grid.sheetName : "",
      values: [],
    });
    return emptyLedger(
      view,
      [
        {
          code: "read.internal-error",
          severity: "error",
          sheet: view.sheetName,
          sheetRow: null,
          column: null,
          field: null,
          message: {
            "zh-CN": `读取工作表时出错：${String(error)}`,
            en: `Reading the sheet failed: ${String(error)}`,
          },
        },
      ],
      unreadRowKinds(view)
    );
  }
}

/** The first sheet that reads as a ledger; the preferred sheet (by name) is tried first. */
export function findLedgerSheet(
  grids: Grid[],
  preferred?: string
): { grid: Grid; ledger: Ledger } | null {
  if (!Array.isArray(grids)) return null;
  const ordered = preferred
    ? [
        ...grids.filter((g) => g?.sheetName === preferred),
        ...grids.filter((g) => g?.sheetName !== preferred),
      ]
    : grids;
  for (const grid of ordered) {
    const ledger = readLedger(grid);
    if (ledger.found) return { grid, ledger };
  }
  return null;
}
