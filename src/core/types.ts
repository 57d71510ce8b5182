/**
 * Shared data contracts of the pure core. Nothing here knows Office.js, React, files or Node.
 *
 * Data flows one way: Grid (from a host) → Ledger (reader) → CheckReport (engine: rules,
 * checks, schedule, groups, text) → SheetSpec[] (summaries as data) → a renderer writes them.
 */
import type { FindingCode } from "./finding-codes";

// ───────────────────────────── Language ─────────────────────────────

export type Lang = "zh-CN" | "en";
/** Text shown to users, always in both languages. */
export type LocalText = Record<Lang, string>;

// ───────────────────────────── Grid (host input) ─────────────────────────────

/** A cell as a host gives it. Error values arrive as strings such as "#N/A", "#DIV/0!". */
export type CellValue = number | string | boolean | null;

/** A merged area, 0-based and inclusive, in grid coordinates (relative to values[0][0]). */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One worksheet (or part of one) as a host reads it. */
export interface Grid {
  sheetName: string;
  /** rows × columns; rows may be ragged (missing cells are null). */
  values: CellValue[][];
  /** Excel number format codes, same shape as values where known ("General", "0.00%", "yyyy-mm-dd"). */
  numberFormats?: (string | null)[][];
  /** Formulas where the host knows them (same shape; null where the cell holds a constant). */
  formulas?: (string | null)[][];
  merges?: MergedArea[];
  /** Hidden rows, as 0-based grid row indices. */
  hiddenRows?: number[];
  /** 0-based sheet row and column of values[0][0] (A1 = {row:0,col:0}). Default A1. */
  origin?: { row: number; col: number };
}

// ───────────────────────────── Findings ─────────────────────────────

export type Severity = "error" | "warning" | "info";

/** Anything worth telling the user about the data, located as precisely as possible. */
export interface Finding {
  /** Stable machine id from the catalogue (finding-codes.ts), e.g. "check.plan-exceeds-total". */
  code: FindingCode;
  severity: Severity;
  /** The input file, as the user named it, where a command reads several (reconcile, consolidate). */
  file?: string;
  sheet: string;
  /** 1-based sheet row, or null for sheet-level findings. */
  sheetRow: number | null;
  /** Sheet column letter ("F"), or null. */
  column: string | null;
  field: FieldKey | null;
  message: LocalText;
  /** Machine-readable figures behind the message (e.g. { stated: 123, computed: 120 }). */
  data?: Record<string, unknown>;
}

// ───────────────────────────── Ledger (reader output) ─────────────────────────────

/** The amount units a ledger states, in the order the pane offers them. */
export const AMOUNT_UNITS = ["万元", "亿元", "元", "万美元"] as const;
export type AmountUnit = (typeof AMOUNT_UNITS)[number];
export type Currency = "CNY" | "USD";

/** Fields the reader recognises. Amount fields are listed in AMOUNT_FIELDS. */
export type FieldKey =
  | "seq"
  | "code"
  | "name"
  | "owner"
  | "ownerPerson"
  | "ownerContact"
  | "ownerPhone"
  | "responsibleUnit"
  | "responsiblePerson"
  | "responsibleContact"
  | "responsiblePhone"
  | "leader"
  | "sector"
  | "category"
  | "level"
  | "listed"
  | "county"
  | "scale"
  | "period"
  | "startDate"
  | "endDate"
  | "status"
  | "totalInvestment"
  | "annualPlan"
  | "completed"
  | "completedSinceStart"
  | "completedThisMonth"
  | "completedBeforeThisYear"
  | "statedRate"
  | "progress"
  | "problems"
  | "remarks"
  | "currency";

export type AmountField =
  | "totalInvestment"
  | "annualPlan"
  | "completed"
  | "completedSinceStart"
  | "completedThisMonth"
  | "completedBeforeThisYear";

export const AMOUNT_FIELDS: readonly AmountField[] = [
  "totalInvestment",
  "annualPlan",
  "completed",
  "completedSinceStart",
  "completedThisMonth",
  "completedBeforeThisYear",
];

/** The people of the owner or the responsible unit, from sub-columns under its header. */
export interface Contact {
  /** 负责人 / 责任人. */
  person: string | null;
  /** 联系人 / 联络人. */
  contact: string | null;
  /** 电话、电子邮箱及传真. */
  phone: string | null;
}

export interface ColumnMatch {
  /** 0-based grid column index. */
  col: number;
  /** Sheet column letter. */
  letter: string;
  /** Header text as read (group headers joined with "/": "2024年/计划投资"). */
  header: string;
  /** 0..1. 1 = exact header synonym or user choice. */
  confidence: number;
  by: "header" | "content" | "user";
  /** Unit found inside this column's header ("总投资（亿元）"), if any. */
  unit?: AmountUnit;
}

/** An amount column the reader recognised and deliberately did not count, and why. */
export interface SetAsideColumn {
  col: number;
  letter: string;
  header: string;
  reason:
    | "target"
    | "funding"
    | "before-year"
    | "since-start"
    | "month"
    | "part-year"
    | "multi-year"
    | "other-year"
    | "duplicate";
}

export type ColumnMap = Partial<Record<FieldKey, ColumnMatch>>;

/** A calendar date or month; day is absent for month-only values such as "2024.3". */
export interface SimpleDate {
  year: number;
  month: number;
  day?: number;
}

/** Amounts in 万 of the row's own currency (万元 for CNY, 万美元 for USD); null = absent/unknown. */
export type Amounts = Record<AmountField, number | null>;

export interface ProjectRow {
  /** 0-based index into grid.values. */
  gridRow: number;
  /** 1-based sheet row. */
  sheetRow: number;
  hidden: boolean;
  seq: string | null;
  code: string | null;
  name: string | null;
  owner: string | null;
  responsibleUnit: string | null;
  /** Contacts of the owner and of the responsible unit, where the ledger has those columns. */
  ownerContact: Contact | null;
  responsibleContact: Contact | null;
  leader: string | null;
  /** From the sector column, else from the enclosing sector section row. */
  sector: string | null;
  /** From the category column, else from the enclosing category section row. */
  category: string | null;
  level: string | null;
  listed: boolean | null;
  county: string | null;
  status: string | null;
  progress: string | null;
  problems: string | null;
  remarks: string | null;
  startDate: SimpleDate | null;
  endDate: SimpleDate | null;
  currency: Currency;
  amounts: Amounts;
  /**
   * Amount cells that state a currency other than the row's ("500万美元" typed in a 万元 column),
   * each in 万 of its own currency; null when none does.
   */
  currencyOverrides: Partial<Record<AmountField, Currency>> | null;
  /** Stated completion rate as a fraction (69.13% → 0.6913), or null. */
  statedRate: number | null;
  /** From the status column or the start date (relative to the reporting period); null = unknown. */
  started: boolean | null;
  /** What decided `started`: the status or category column, the start date, or completed investment. */
  startedBy: "status" | "category" | "start-date" | "completion" | null;
  /** Labels of the enclosing section rows, outermost first (already stripped: "工业"). */
  sections: string[];
  /** The raw cell values of the row (grid columns), so any column can be grouped on. */
  cells: CellValue[];
}

export interface SectionRow {
  gridRow: number;
  sheetRow: number;
  /** Raw label: "一、工业项目（21个）". */
  label: string;
  /** Stripped label: "工业". */
  name: string;
  /** 1 for "一、", 2 for "（一）", 3 for "1." ... */
  depth: number;
  /** What the label names, by its vocabulary and its siblings' ("area": 市本级, 某某县). */
  role: "sector" | "category" | "area" | "other";
  /** The count stated in the label ("（21个）" → 21), or null. */
  statedCount: number | null;
}

export interface SubtotalRow {
  gridRow: number;
  sheetRow: number;
  label: string;
  /** "total" = 合计/总计 of the whole table; "section" = 小计 of one section. */
  scope: "total" | "section";
  /** The section a 小计 closes, or null. */
  section: string | null;
  /** Stated figures, in 万 of the sheet's currency. */
  amounts: Amounts;
  /** Count stated in the label ("合计（120个）" → 120), or null. */
  statedCount: number | null;
  /** gridRow of every project the row should sum. */
  covers: number[];
}

/** "detail": a breakdown row under a project (资金来源, 其中：中央资金), part of that project. */
export type RowKind =
  | "title"
  | "unit"
  | "header"
  | "project"
  | "section"
  | "subtotal"
  | "detail"
  | "blank"
  | "footnote"
  | "other";

export interface Ledger {
  sheetName: string;
  /** False when the sheet does not read as a ledger; findings say why. */
  found: boolean;
  origin: { row: number; col: number };
  title: string | null;
  /** Header rows, 0-based grid indices, inclusive; null when not found. */
  header: { first: number; last: number } | null;
  /** Combined header text per grid column. */
  headers: string[];
  columns: ColumnMap;
  /** Amount columns recognised and not counted (targets, earlier years, since start …). */
  setAside: SetAsideColumn[];
  /** How the rows the form leaves open were read (see reader/reading-check.ts). */
  reading: {
    /** Rows under a 其中 label with names and figures: by their own code, or all one way. */
    subRows: "by-code" | "project" | "detail";
    /** 1-based sheet rows read one way of two. */
    ambiguousRows: number[];
    /** 1-based sheet rows read as breakdowns of the project above (资金来源 …). */
    detailRows: number[];
  };
  amountUnit: AmountUnit;
  amountUnitSource: "unit-line" | "header" | "user" | "default";
  /** Reporting month (1–12) from the headers/title ("1-6月" → 6), or null. */
  reportingMonth: number | null;
  reportingYear: number | null;
  /** The text the period was read from ("1-6月累计完成投资"). */
  periodText: string | null;
  rowKinds: RowKind[];
  projects: ProjectRow[];
  sections: SectionRow[];
  subtotals: SubtotalRow[];
  findings: Finding[];
}

/** What the user can force on the reader. */
export interface ReaderOptions {
  /** field → 0-based grid column (null = the field is absent). */
  columns?: Partial<Record<FieldKey, number | null>>;
  amountUnit?: AmountUnit;
  /** Force the header rows (0-based grid indices, inclusive). */
  header?: { first: number; last: number };
  /** Force what rows are, by 1-based sheet row ("12": "subtotal"). */
  rowRoles?: Record<number, "project" | "subtotal" | "section" | "detail" | "ignore">;
}
