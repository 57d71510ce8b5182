/**
 * Last month's ledger against this month's (月度核对): projects added and removed, cumulative
 * figures that went down, plans and totals that changed, each project's increment, and the
 * 当月完成 column against the change of the cumulative. Amounts in 万元 CNY. Before all that, what
 * may make the comparison wrong: the two ledgers swapped or of one month, and codes that are
 * duplicated or missing in either ledger.
 */
import type {
  AmountChange,
  CnyAmounts,
  ProjectRef,
  ReconcileResult,
  RuleSet,
} from "../report-types";
import type { AmountField, Finding, Ledger, LocalText, ProjectRow } from "../types";
import { toCnyAmounts } from "../rules/currency";
import type { FindingSpec } from "../checks/finding";
import { AMOUNT_LABELS, exceeds, money, projectLabel, sameAmount } from "../checks/labels";
import { codeProblems } from "./code-problems";
import { matchProjects } from "./identity";
import {
  periodFindings,
  periodOrder,
  type CumulativeMoves,
  type PeriodOrder,
} from "./period-order";
import { findingIn, type SourceLedger } from "./sources";

/** previous cumulative + this month may differ from the current cumulative by rounding. */
const MONTH_TOLERANCE_WAN = 0.5;

interface Side {
  ledger: Ledger;
  row: ProjectRow;
  cny: CnyAmounts;
}

/** The names the user gave the two inputs (file names), so findings can say which file. */
export interface ReconcileFiles {
  previous: string;
  current: string;
}

interface Context {
  previous: Ledger;
  current: Ledger;
  /** The current ledger with its file: where findings on its rows are. */
  currentSource: SourceLedger;
  order: PeriodOrder;
  /** The cumulative of this year restarts: the previous ledger is of an earlier year. */
  yearBoundary: boolean;
  checkMonth: boolean;
  /** Findings on matched projects, in ledger order. */
  findings: Finding[];
  moves: CumulativeMoves;
}

export function reconcileLedgers(
  previous: Ledger,
  current: Ledger,
  rules: RuleSet,
  files?: ReconcileFiles
): ReconcileResult {
  const previousSource: SourceLedger = { ledger: previous, file: files?.previous };
  const currentSource: SourceLedger = { ledger: current, file: files?.current };
  const order = periodOrder(previous, current);
  const yearBoundary = order === "year-boundary";
  const context: Context = {
    previous,
    current,
    currentSource,
    order,
    yearBoundary,
    checkMonth: false,
    findings: [],
    moves: { compared: 0, decreased: 0, increased: 0 },
  };
  const monthNotes: Finding[] = [];
  context.checkMonth =
    Boolean(current.columns.completedThisMonth) && consecutiveMonths(context, monthNotes);

  const { pairs, unmatchedPrevious, unmatchedCurrent } = matchProjects(
    previous.projects,
    current.projects
  );
  const result: ReconcileResult = {
    previous: { sheet: previous.sheetName, month: previous.reportingMonth },
    current: { sheet: current.sheetName, month: current.reportingMonth },
    added: unmatchedCurrent.map(projectRef),
    removed: unmatchedPrevious.map(projectRef),
    decreased: [],
    planChanged: [],
    totalChanged: [],
    increments: [],
    monthIncrement: null,
    monthMismatches: [],
    findings: [],
  };

  const hasCompletion =
    Boolean(current.columns.completed) && (yearBoundary || Boolean(previous.columns.completed));
  let monthIncrement = 0;
  for (const pair of pairs) {
    const before: Side = {
      ledger: previous,
      row: pair.previous,
      cny: toCnyAmounts(pair.previous, rules),
    };
    const after: Side = {
      ledger: current,
      row: pair.current,
      cny: toCnyAmounts(pair.current, rules),
    };
    const change: AmountChange = {
      ...projectRef(after.row),
      previous: before.cny.completed,
      current: after.cny.completed,
    };
    // Across a year boundary the cumulative of this year starts again from zero.
    const base = yearBoundary ? 0 : before.cny.completed;
    const increment =
      hasCompletion && base !== null && after.cny.completed !== null
        ? after.cny.completed - base
        : null;
    result.increments.push({ ...change, increment });
    if (increment !== null) monthIncrement += increment;

    if (!yearBoundary && change.previous !== null && change.current !== null) {
      countMove(context.moves, change.previous, change.current);
      if (exceeds(change.previous, change.current)) {
        result.decreased.push(change);
        context.findings.push(decreasedFinding(context, before, after));
      }
    }
    if (!yearBoundary) compareAmount(context, before, after, "annualPlan", result.planChanged);
    compareAmount(context, before, after, "totalInvestment", result.totalChanged);
    checkThisMonth(context, before, after, base, result);
  }
  result.monthIncrement = hasCompletion ? monthIncrement : null;
  // What may make the comparison itself wrong comes first.
  result.findings = [
    ...periodFindings(previousSource, currentSource, order, context.moves),
    ...monthNotes,
    ...codeProblems(previousSource, { "zh-CN": "上期台账", en: "The previous ledger" }),
    ...codeProblems(currentSource, { "zh-CN": "本期台账", en: "The current ledger" }),
    ...context.findings,
  ];
  return result;
}

function countMove(moves: CumulativeMoves, previous: number, current: number): void {
  moves.compared++;
  if (exceeds(previous, current)) moves.decreased++;
  else if (exceeds(current, previous)) moves.increased++;
}

/** A finding on a row of the current ledger (or the whole sheet), carrying its file. */
function onCurrent(context: Context, sheetRow: number | null, spec: FindingSpec): Finding {
  return findingIn(context.currentSource, sheetRow, spec);
}

function projectRef(row: ProjectRow): ProjectRef {
  return { code: row.code, name: row.name, sheetRow: row.sheetRow };
}

/** 上期“5月”第12行 / previous sheet "5月" row 12. */
function where(side: Side, which: "previous" | "current"): LocalText {
  return which === "previous"
    ? {
        "zh-CN": `上期“${side.ledger.sheetName}”第${side.row.sheetRow}行`,
        en: `previous sheet "${side.ledger.sheetName}" row ${side.row.sheetRow}`,
      }
    : {
        "zh-CN": `本期“${side.ledger.sheetName}”第${side.row.sheetRow}行`,
        en: `current sheet "${side.ledger.sheetName}" row ${side.row.sheetRow}`,
      };
}

function sides(before: Side, after: Side): Record<string, unknown> {
  return {
    previousSheet: before.ledger.sheetName,
    previousRow: before.row.sheetRow,
    currentSheet: after.ledger.sheetName,
    currentRow: after.row.sheetRow,
  };
}

function decreasedFinding(context: Context, before: Side, after: Side): Finding {
  const previous = before.cny.completed as number;
  const current = after.cny.completed as number;
  const who = projectLabel(after.row);
  const [a, b, gap] = [money(previous), money(current), money(previous - current)];
  const [from, to] = [where(before, "previous"), where(after, "current")];
  return onCurrent(context, after.row.sheetRow, {
    code: "reconcile.decreased",
    severity: "error",
    field: "completed",
    message: {
      "zh-CN": `${who["zh-CN"]}本年累计完成投资减少了${gap["zh-CN"]}：${from["zh-CN"]}为${a["zh-CN"]}，${to["zh-CN"]}为${b["zh-CN"]}。累计数不应减少`,
      en: `${who.en}: cumulative completed this year went down by ${gap.en}: ${a.en} on ${from.en}, ${b.en} on ${to.en}. A cumulative figure cannot decrease`,
    },
    data: { previous, current, ...sides(before, after) },
  });
}

/** Plan or total changed (an adjustment to note, not an error). Compared only when both ledgers have the column. */
function compareAmount(
  context: Context,
  before: Side,
  after: Side,
  field: AmountField,
  changes: AmountChange[]
): void {
  if (!context.previous.columns[field] || !context.current.columns[field]) return;
  const previous = before.cny[field];
  const current = after.cny[field];
  const same =
    previous === null || current === null ? previous === current : sameAmount(previous, current);
  if (same) return;
  changes.push({ ...projectRef(after.row), previous, current });
  const who = projectLabel(after.row);
  const label = AMOUNT_LABELS[field];
  const show = (value: number | null): LocalText =>
    value === null ? { "zh-CN": "空白", en: "blank" } : money(value);
  const [a, b] = [show(previous), show(current)];
  const [from, to] = [where(before, "previous"), where(after, "current")];
  context.findings.push(
    onCurrent(context, after.row.sheetRow, {
      code: field === "annualPlan" ? "reconcile.plan-changed" : "reconcile.total-changed",
      severity: "info",
      field,
      message: {
        "zh-CN": `${who["zh-CN"]}的${label["zh-CN"]}由${a["zh-CN"]}（${from["zh-CN"]}）调整为${b["zh-CN"]}（${to["zh-CN"]}）`,
        en: `${who.en}: ${label.en} changed from ${a.en} (${from.en}) to ${b.en} (${to.en})`,
      },
      data: { previous, current, ...sides(before, after) },
    })
  );
}

function checkThisMonth(
  context: Context,
  before: Side,
  after: Side,
  base: number | null,
  result: ReconcileResult
): void {
  const thisMonth = after.cny.completedThisMonth;
  const current = after.cny.completed;
  if (!context.checkMonth || base === null || thisMonth === null || current === null) return;
  if (Math.abs(base + thisMonth - current) <= MONTH_TOLERANCE_WAN) return;
  result.monthMismatches.push({ ...projectRef(after.row), previous: base, thisMonth, current });
  const who = projectLabel(after.row);
  const [a, m, sum, c] = [money(base), money(thisMonth), money(base + thisMonth), money(current)];
  const from = where(before, "previous");
  context.findings.push(
    onCurrent(context, after.row.sheetRow, {
      code: "reconcile.month-mismatch",
      severity: "warning",
      field: "completedThisMonth",
      message: {
        "zh-CN": `${who["zh-CN"]}上期累计${a["zh-CN"]}（${from["zh-CN"]}）加当月完成${m["zh-CN"]}为${sum["zh-CN"]}，与本期累计${c["zh-CN"]}不符`,
        en: `${who.en}: previous cumulative ${a.en} (${from.en}) plus this month ${m.en} is ${sum.en}, but the current cumulative is ${c.en}`,
      },
      data: { previous: base, thisMonth, current, ...sides(before, after) },
    })
  );
}

/**
 * The 当月完成 column equals the change of the cumulative only between adjacent months. Months
 * in order but apart get a note; swapped or equal months have their own (period-order.ts).
 */
function consecutiveMonths(context: Context, notes: Finding[]): boolean {
  const { previous, current, yearBoundary, order } = context;
  const [pm, cm] = [previous.reportingMonth, current.reportingMonth];
  if (pm === null || cm === null) return true;
  if (order !== "forward" && order !== "year-boundary") return false;
  const adjacent = yearBoundary ? pm === 12 && cm === 1 : cm - pm === 1;
  if (adjacent) return true;
  notes.push(
    onCurrent(context, null, {
      code: "reconcile.months-not-adjacent",
      severity: "info",
      field: "completedThisMonth",
      message: {
        "zh-CN": `上期为${pm}月、本期为${cm}月，不是相邻月份，不核对“上期累计＋当月完成＝本期累计”`,
        en: `The previous ledger is of month ${pm} and the current of month ${cm}, not adjacent months, so "previous + this month = current" is not checked`,
      },
    })
  );
  return false;
}
