/** Classifying every row and reading projects, sections and subtotals. */
import type {
  AmountField,
  Amounts,
  Contact,
  Currency,
  FieldKey,
  ProjectRow,
  RowKind,
  SectionRow,
  SubtotalRow,
} from "../types";
import { AMOUNT_FIELDS } from "../types";
import { unitFromUnitLine } from "../parse/amount";
import { parseNumber } from "../parse/number";
import { cellText, compactKey } from "../parse/text";
import type { HeaderRange, HeaderTexts } from "./header";
import {
  isFootnoteLabel,
  parseSectionLabel,
  parseSubtotalLabel,
  statedCountOf,
  type SubtotalLabel,
} from "./labels";
import {
  decideStarted,
  readAmounts,
  readCurrency,
  readDate,
  readListed,
  readRate,
  readText,
  type RowContext,
} from "./project";
import { stackedFinding } from "./second-table";
import { CONTACT_FIELDS } from "./sub-fields";
import { isBreakdownLabel, stripProjectSuffix } from "./vocabulary";

export interface RowsResult {
  title: string | null;
  rowKinds: RowKind[];
  projects: ProjectRow[];
  sections: SectionRow[];
  subtotals: SubtotalRow[];
  /** Grid rows read one way of two (see RowPolicy.subRows). */
  ambiguousRows: number[];
}

/** Rows above the header: the first single-text row is the title; unit lines; blanks; the rest "other". */
export function classifyPreamble(
  ctx: Pick<RowContext, "view">,
  header: HeaderRange,
  kinds: RowKind[]
): string | null {
  let title: string | null = null;
  for (let r = 0; r < header.first; r++) {
    if (ctx.view.isBlankRow(r)) {
      kinds[r] = "blank";
      continue;
    }
    const texts = new Set<string>();
    let unit = false;
    for (const value of ctx.view.row(r)) {
      if (typeof value !== "string" || value.trim() === "") continue;
      texts.add(value.trim());
      if (unitFromUnitLine(value)) unit = true;
    }
    if (unit) kinds[r] = "unit";
    else if (title === null && texts.size === 1) {
      kinds[r] = "title";
      title = [...texts][0];
    } else kinds[r] = "other";
  }
  return title;
}

/** What the row's label cells say: name, seq, the first text of the row. */
interface RowLabels {
  name: string;
  seq: string;
  seqIsNumber: boolean;
  first: string;
  /** The label to read a section from ("一" in 序号 + "工业项目" in 名称 → "一、工业项目"). */
  section: string;
}

function labelsOf(ctx: RowContext, r: number): RowLabels {
  const nameCol = ctx.columns.name?.col ?? -1;
  const seqCol = ctx.columns.seq?.col ?? -1;
  const nameValue = ctx.view.cell(r, nameCol);
  const seqValue = ctx.view.cell(r, seqCol);
  const name = typeof nameValue === "string" ? nameValue.trim() : cellText(nameValue);
  const seq = cellText(seqValue);
  const seqIsNumber = typeof seqValue === "number" || /^\d+(\.\d+)?$/.test(seq);
  let first = "";
  for (const value of ctx.view.row(r)) {
    if (typeof value === "string" && value.trim() !== "") {
      first = value.trim();
      break;
    }
  }
  let section = name || (seqIsNumber ? "" : seq) || first;
  if (name && seq && !seqIsNumber && /^[(（]?[一二三四五六七八九十]+[)）]?[、.．]?$/.test(seq)) {
    section = /[)）]$/.test(seq) ? seq + name : `${seq.replace(/[、.．]$/, "")}、${name}`;
  }
  return { name, seq, seqIsNumber, first, section };
}

/** Amount cells holding a figure (cheap: no findings, no conversion). */
function countFigures(ctx: RowContext, r: number): number {
  let count = 0;
  for (const field of AMOUNT_FIELDS) {
    const match = ctx.columns[field];
    if (!match) continue;
    const value = ctx.view.cell(r, match.col);
    if (
      typeof value === "number"
        ? Number.isFinite(value)
        : typeof value === "string" && value !== "" && parseNumber(value).kind === "number"
    )
      count++;
  }
  return count;
}

function nonBlankCells(ctx: RowContext, r: number): number {
  let count = 0;
  for (const value of ctx.view.row(r))
    if (
      typeof value === "number" ||
      typeof value === "boolean" ||
      (typeof value === "string" && value.trim() !== "")
    )
      count++;
  return count;
}

/** "1 2 3 4 …" under the header: the column numbering row. */
function isColumnNumbering(ctx: RowContext, r: number): boolean {
  const row = ctx.view.row(r);
  let expected = 1;
  let seen = 0;
  for (const value of row) {
    const n =
      typeof value === "number"
        ? value
        : typeof value === "string" && /^\s*\d+\s*$/.test(value)
          ? Number(value)
          : null;
    if (n === null) {
      if (typeof value === "string" && value.trim() !== "") return false;
      continue;
    }
    if (n !== expected) return false;
    expected++;
    seen++;
  }
  return seen >= 3;
}

interface OpenSection {
  index: number;
  depth: number;
  enumerated: boolean;
}

/** The sections open at a project row, outermost first. */
interface OpenPath {
  rows: SectionRow[];
  /** Their names (ProjectRow.sections). */
  names: string[];
  /** Their indexes in the list of section rows. */
  indexes: number[];
}

interface PendingSubtotal {
  subtotal: SubtotalRow;
  label: SubtotalLabel | null;
  /** Section it belongs to when known at the time (opened by the previous row, or open). */
  section: number | null;
  /** First grid row of the run of projects it may close when no section is open. */
  runStart: number;
}

/** How the rows the form leaves open are read (chosen by the stated totals, see reading-check.ts). */
export interface RowPolicy {
  /**
   * Rows under a 其中 label with a project-like name and figures: "by-code" = a project when it
   * has its own code, else a breakdown of the project above; or always one or the other.
   */
  subRows: "by-code" | "project" | "detail";
  /** Roles the user gave rows, by grid row. */
  roles: ReadonlyMap<number, UserRowRole>;
}

export type UserRowRole = "project" | "subtotal" | "section" | "detail" | "ignore";

export const DEFAULT_POLICY: RowPolicy = { subRows: "by-code", roles: new Map() };

/** What a row under a 其中 label is: its name without the label, and how it reads. */
function subRowKind(
  ctx: RowContext,
  r: number,
  labels: RowLabels,
  figures: number,
  policy: RowPolicy
): { kind: RowKind; ambiguous: boolean } {
  const rest = stripSubLabel(labels.section);
  if (rest === "" || figures === 0) return { kind: "other", ambiguous: false };
  if (isBreakdownLabel(rest)) return { kind: "detail", ambiguous: false };
  const coded = cellText(ctx.view.cell(r, ctx.columns.code?.col ?? -1)) !== "";
  if (policy.subRows === "by-code") return { kind: coded ? "project" : "detail", ambiguous: true };
  return { kind: policy.subRows, ambiguous: true };
}

function stripSubLabel(text: string): string {
  return text.replace(/^其中\s*[:：,，、]?\s*/, "").trim();
}

export function readRows(
  ctx: RowContext,
  header: HeaderRange,
  texts: HeaderTexts,
  policy: RowPolicy = DEFAULT_POLICY
): RowsResult {
  const { view } = ctx;
  const rowKinds: RowKind[] = new Array<RowKind>(view.rowCount).fill("other");
  const title = classifyPreamble(ctx, header, rowKinds);
  for (let r = header.first; r <= header.last && r < view.rowCount; r++) rowKinds[r] = "header";

  const projects: ProjectRow[] = [];
  const projectPaths: number[][] = [];
  const sections: SectionRow[] = [];
  const pending: PendingSubtotal[] = [];
  const stack: OpenSection[] = [];
  // A header repeated inside the table (a page-break copy) says 项目名称 again in the name cell.
  const nameHeader = ctx.columns.name
    ? (texts.leaves[ctx.columns.name.col] ?? "").replace(/\s+/g, "")
    : "";
  let inFootnotes = false;
  let previousKind: RowKind = "header";
  let runStart = header.last + 1;
  /** Last row of the table's body (project, section or subtotal). */
  let lastBodyRow = -1;
  // The open sections as projects see them, made again only when a section row changes the
  // stack: the projects of one section share these arrays (100,000 rows, a handful of sections).
  let openPath: OpenPath | null = null;
  /** Rows whose reading the form leaves open (其中 rows with names and figures). */
  const ambiguousRows: number[] = [];

  for (let r = header.last + 1; r < view.rowCount; r++) {
    if (view.isBlankRow(r)) {
      rowKinds[r] = "blank";
      continue;
    }
    const labels = labelsOf(ctx, r);
    const figures = countFigures(ctx, r);
    const userRole = policy.roles.get(r);
    let kind: RowKind;
    let subName: string | null = null;
    if (userRole === "ignore") {
      kind = "other";
    } else if (userRole === "project") {
      kind = "project";
    } else if (userRole === "detail") {
      kind = "detail";
    } else if (userRole === "subtotal") {
      kind = "subtotal";
      const label = parseSubtotalLabel(labels.name) ?? parseSubtotalLabel(labels.seq);
      pending.push({
        subtotal: makeSubtotal(ctx, r, label?.word ?? "合计", label?.statedCount ?? null, labels),
        label,
        section: stack[stack.length - 1]?.index ?? null,
        runStart,
      });
      runStart = r + 1;
    } else if (
      isFootnoteLabel(labels.first) ||
      (inFootnotes && figures === 0 && !labels.seqIsNumber)
    ) {
      kind = "footnote";
    } else if (nameHeader !== "" && labels.name.replace(/\s+/g, "") === nameHeader) {
      // Right below the projects it is a page-break copy; after a gap, another table begins.
      if (projects.length > 0 && r > lastBodyRow + 1) {
        endAtSecondTable(ctx, rowKinds, lastBodyRow, r, header);
        break;
      }
      kind = "header";
    } else if (r === header.last + 1 && isColumnNumbering(ctx, r)) {
      kind = "other";
    } else {
      const subtotalLabel =
        parseSubtotalLabel(labels.name) ??
        (labels.seqIsNumber ? null : parseSubtotalLabel(labels.seq)) ??
        parseSubtotalLabel(labels.first);
      const section =
        labels.seqIsNumber || cellText(view.cell(r, ctx.columns.code?.col ?? -1)) !== ""
          ? null
          : parseSectionLabel(labels.section);
      const labelOnly = nonBlankCells(ctx, r) - figures <= 2;
      // "合计 | 13个": the count may stand in the name cell beside the word.
      const nameCount = labels.name === "" ? null : statedCountOf(labels.name);
      if (
        subtotalLabel &&
        (labels.name === "" || nameCount !== null || parseSubtotalLabel(labels.name))
      ) {
        kind = "subtotal";
        const opened = previousKind === "section" ? sections.length - 1 : null;
        pending.push({
          subtotal: makeSubtotal(
            ctx,
            r,
            subtotalLabel.word,
            subtotalLabel.statedCount ?? nameCount,
            labels
          ),
          label: subtotalLabel,
          section:
            opened ??
            byPrefix(sections, subtotalLabel.prefix) ??
            stack[stack.length - 1]?.index ??
            null,
          runStart,
        });
        runStart = r + 1;
      } else if (labels.section.startsWith("其中")) {
        const sub = subRowKind(ctx, r, labels, figures, policy);
        kind = sub.kind;
        if (kind === "project") subName = stripSubLabel(labels.section);
        if (sub.ambiguous) ambiguousRows.push(r);
      } else if (
        (previousKind === "project" || previousKind === "detail") &&
        figures > 0 &&
        !labels.seqIsNumber &&
        (labels.name === "" || isBreakdownLabel(labels.name)) &&
        cellText(view.cell(r, ctx.columns.code?.col ?? -1)) === ""
      ) {
        // 资金来源 rows under a project: amounts of that project, by source.
        kind = "detail";
      } else if (section && ((section.enumerated && section.depth <= 2) || labelOnly)) {
        kind = "section";
        const parent = [...stack].reverse().find((open) => open.enumerated);
        const depth = section.enumerated ? section.depth : parent ? parent.depth + 1 : 1;
        while (stack.length > 0 && stack[stack.length - 1].depth >= depth) stack.pop();
        openPath = null;
        const row: SectionRow = {
          gridRow: r,
          sheetRow: view.sheetRow(r),
          label: labels.section,
          name: section.name,
          depth,
          role: section.role,
          statedCount: section.statedCount,
        };
        sections.push(row);
        stack.push({ index: sections.length - 1, depth, enumerated: section.enumerated });
        if (figures > 0) {
          pending.push({
            subtotal: {
              ...makeSubtotal(ctx, r, "小计", section.statedCount, labels),
              section: section.name,
            },
            label: null,
            section: sections.length - 1,
            runStart: r + 1,
          });
        }
      } else if (labels.name !== "" || (figures > 0 && labels.seqIsNumber)) {
        kind = "project";
        openPath ??= {
          rows: stack.map((s) => sections[s.index]),
          names: stack.map((s) => sections[s.index].name),
          indexes: stack.map((s) => s.index),
        };
        projects.push(readProject(ctx, r, openPath));
        projectPaths.push(openPath.indexes);
      } else {
        kind = "other";
      }
    }
    if (kind === "project" && (userRole === "project" || subName !== null)) {
      openPath ??= {
        rows: stack.map((s) => sections[s.index]),
        names: stack.map((s) => sections[s.index].name),
        indexes: stack.map((s) => s.index),
      };
      const project = readProject(ctx, r, openPath);
      if (subName !== null) project.name = subName;
      projects.push(project);
      projectPaths.push(openPath.indexes);
    }
    inFootnotes = kind === "footnote" || (inFootnotes && kind === "other");
    if (kind === "project" || kind === "section" || kind === "subtotal") lastBodyRow = r;
    rowKinds[r] = kind;
    previousKind = kind;
  }

  adoptSiblingRoles(sections);
  applySectionRoles(ctx, projects, projectPaths, sections);
  const subtotals = resolveSubtotals(pending, sections, projects, projectPaths);
  return { title, rowKinds, projects, sections, subtotals, ambiguousRows };
}

/**
 * A numbered section whose name is no known word (`六、三个片区`) takes the role its siblings
 * (same depth, same parent) have, so its projects are not lost to "（未填）" in a sector table.
 */
function adoptSiblingRoles(sections: SectionRow[]): void {
  const parentOf: number[] = [];
  const open: number[] = [];
  sections.forEach((section, i) => {
    while (open.length > 0 && sections[open[open.length - 1]].depth >= section.depth) open.pop();
    parentOf[i] = open.length > 0 ? open[open.length - 1] : -1;
    open.push(i);
  });
  const families = new Map<string, number[]>();
  sections.forEach((section, i) => {
    const key = `${parentOf[i]}:${section.depth}`;
    const members = families.get(key) ?? [];
    members.push(i);
    families.set(key, members);
  });
  for (const members of families.values()) {
    const tally = { sector: 0, category: 0 };
    for (const i of members) {
      const role = sections[i].role;
      if (role === "sector" || role === "category") tally[role]++;
    }
    if (tally.sector === 0 && tally.category === 0) continue;
    const role = tally.sector >= tally.category ? "sector" : "category";
    // Only where the siblings agree on one role: a mixed family keeps what each name says.
    if (tally.sector > 0 && tally.category > 0) continue;
    for (const i of members) if (sections[i].role === "other") sections[i].role = role;
  }
}

/** Sector and category of projects without their own cell, from their sections' final roles. */
function applySectionRoles(
  ctx: RowContext,
  projects: ProjectRow[],
  paths: number[][],
  sections: SectionRow[]
): void {
  projects.forEach((project, i) => {
    const path = paths[i].map((index) => sections[index]);
    if (project.sector === null || !hasOwnValue(ctx, project.gridRow, "sector"))
      project.sector = innermost(path, "sector");
    if (project.category === null || !hasOwnValue(ctx, project.gridRow, "category"))
      project.category = innermost(path, "category");
  });
}

function hasOwnValue(ctx: RowContext, r: number, field: "sector" | "category"): boolean {
  const match = ctx.columns[field];
  return match !== undefined && cellText(ctx.view.shownCell(r, match.col)) !== "";
}

/**
 * Another table starts above the header row `r` (after the gap below `lastBodyRow`): its rows are
 * left unread ("other") and a finding says where it starts.
 */
function endAtSecondTable(
  ctx: RowContext,
  rowKinds: RowKind[],
  lastBodyRow: number,
  r: number,
  header: HeaderRange
): void {
  const { view } = ctx;
  let start = r;
  while (start - 1 > lastBodyRow && !view.isBlankRow(start - 1)) start--;
  for (let k = start; k < view.rowCount; k++) rowKinds[k] = view.isBlankRow(k) ? "blank" : "other";
  ctx.log.items.push(stackedFinding(view, start, [header.first, lastBodyRow]));
}

function byPrefix(sections: SectionRow[], prefix: string): number | null {
  if (prefix === "" || /^(全|总|本)/.test(prefix)) return null;
  const key = stripProjectSuffix(prefix);
  for (let i = sections.length - 1; i >= 0; i--)
    if (sections[i].name === key || compactKey(sections[i].name) === key) return i;
  return null;
}

/** The label of a subtotal row as a user reads it: "合计（15个）" when the count stands beside the word. */
function subtotalText(labels: RowLabels): string {
  const count = labels.name === "" ? null : statedCountOf(labels.name);
  if (count !== null && labels.seq !== "" && parseSubtotalLabel(labels.seq))
    return `${labels.seq.replace(/\s+/g, "")}（${labels.name.replace(/^[(（]|[)）]$/g, "")}）`;
  return labels.name || labels.seq || labels.first;
}

function makeSubtotal(
  ctx: RowContext,
  r: number,
  word: SubtotalLabel["word"],
  statedCount: number | null,
  labels: RowLabels
): SubtotalRow {
  return {
    gridRow: r,
    sheetRow: ctx.view.sheetRow(r),
    label: subtotalText(labels),
    scope: word === "小计" ? "section" : "total",
    section: null,
    amounts: readAmounts(ctx, r),
    statedCount,
    covers: [],
  };
}

/**
 * Scope and coverage: 总计 is always the total; 合计 is the total unless it names a section or the
 * sheet also has a 总计; 小计 covers the section it opens or closes, or else the run of projects
 * since the previous subtotal.
 */
function resolveSubtotals(
  pending: PendingSubtotal[],
  sections: SectionRow[],
  projects: ProjectRow[],
  paths: number[][]
): SubtotalRow[] {
  const hasGrandTotal = pending.some((p) => p.label?.word === "总计");
  const all = projects.map((p) => p.gridRow);
  return pending.map(({ subtotal, label, section, runStart }) => {
    const word = label?.word ?? "小计";
    const namesSection = label !== null && label.prefix !== "" && !/^(全|总|本)/.test(label.prefix);
    const isTotal =
      word === "总计" || ((word === "合计" || word === "共计") && !namesSection && !hasGrandTotal);
    if (isTotal) return { ...subtotal, scope: "total", section: null, covers: all };
    if (section !== null) {
      const covers = projects.filter((_, i) => paths[i].includes(section)).map((p) => p.gridRow);
      return { ...subtotal, scope: "section", section: sections[section].name, covers };
    }
    const covers = projects
      .filter((p) => p.gridRow >= runStart && p.gridRow < subtotal.gridRow)
      .map((p) => p.gridRow);
    return { ...subtotal, scope: "section", section: null, covers };
  });
}

function innermost(path: SectionRow[], role: "sector" | "category"): string | null {
  for (let i = path.length - 1; i >= 0; i--) if (path[i].role === role) return path[i].name;
  return null;
}

function readContact(
  ctx: RowContext,
  r: number,
  fields: { person: FieldKey; contact: FieldKey; phone: FieldKey }
): Contact | null {
  if (!ctx.columns[fields.person] && !ctx.columns[fields.contact] && !ctx.columns[fields.phone])
    return null;
  return {
    person: readText(ctx, r, fields.person),
    contact: readText(ctx, r, fields.contact),
    phone: readText(ctx, r, fields.phone),
  };
}

/**
 * The row's currency and the amount cells in another one. A plain number is in its column's
 * currency (万美元 header, else the row's 币种, else the sheet's); a cell that types its own
 * ("500万美元") is in that one. The row's currency is its total investment's (the listing
 * threshold is checked in it).
 */
function rowCurrencies(
  ctx: RowContext,
  r: number,
  amounts: Amounts,
  stated: Partial<Record<AmountField, Currency>>
): { currency: Currency; overrides: Partial<Record<AmountField, Currency>> | null } {
  const byColumn = readCurrency(ctx, r);
  const cellCurrency = (field: AmountField): Currency =>
    stated[field] ?? (ctx.units[field] === "万美元" ? "USD" : byColumn);
  const currency = amounts.totalInvestment !== null ? cellCurrency("totalInvestment") : byColumn;
  let overrides: Partial<Record<AmountField, Currency>> | null = null;
  for (const field of AMOUNT_FIELDS) {
    if (amounts[field] === null) continue;
    const own = cellCurrency(field);
    if (own !== currency) (overrides ??= {})[field] = own;
  }
  return { currency, overrides };
}

function readProject(ctx: RowContext, r: number, open: OpenPath): ProjectRow {
  const path = open.rows;
  const name = readText(ctx, r, "name", true);
  if (name === null) {
    const col = ctx.columns.name?.col ?? 0;
    ctx.log.cell("read.missing-name", "warning", r, col, "name", {
      "zh-CN": "有数据但没有项目名称",
      en: "figures but no project name",
    });
  }
  const category = readText(ctx, r, "category") ?? innermost(path, "category");
  const status = readText(ctx, r, "status");
  const startDate = readDate(ctx, r, "startDate");
  const stated: Partial<Record<AmountField, Currency>> = {};
  const amounts = readAmounts(ctx, r, stated);
  const { currency, overrides } = rowCurrencies(ctx, r, amounts, stated);
  const started = decideStarted(ctx, status, category, startDate, amounts.completed);
  return {
    gridRow: r,
    sheetRow: ctx.view.sheetRow(r),
    hidden: ctx.view.isHidden(r),
    seq: readText(ctx, r, "seq"),
    code: readText(ctx, r, "code"),
    name,
    owner: readText(ctx, r, "owner"),
    responsibleUnit: readText(ctx, r, "responsibleUnit"),
    ownerContact: readContact(ctx, r, CONTACT_FIELDS.owner),
    responsibleContact: readContact(ctx, r, CONTACT_FIELDS.responsible),
    leader: readText(ctx, r, "leader"),
    sector: readText(ctx, r, "sector") ?? innermost(path, "sector"),
    category,
    level: readText(ctx, r, "level"),
    listed: readListed(ctx, r),
    county: readText(ctx, r, "county"),
    status,
    progress: readText(ctx, r, "progress"),
    problems: readText(ctx, r, "problems"),
    remarks: readText(ctx, r, "remarks"),
    startDate,
    endDate: readDate(ctx, r, "endDate"),
    currency,
    amounts,
    currencyOverrides: overrides,
    statedRate: readRate(ctx, r),
    started: started.started,
    startedBy: started.by,
    sections: open.names,
    cells: ctx.view.cells(r),
  };
}
