/** Classifying every row and reading projects, sections and subtotals. */
import type {
  AmountField,
  Amounts,
  Contact,
  Currency,
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
import type { ContactColumns } from "./row-columns";
import { stackedFinding } from "./second-table";
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
  const columns = ctx.layout.amountList;
  for (let i = 0; i < columns.length; i++) {
    const value = ctx.view.cell(r, columns[i].col);
    if (
      typeof value === "number"
        ? Number.isFinite(value)
        : typeof value === "string" && value !== "" && parseNumber(value).kind === "number"
    )
      count++;
  }
  return count;
}

/** Only labels besides the figures (asked of section labels only: not every project row counts its cells). */
function isLabelOnly(ctx: RowContext, r: number, figures: number): boolean {
  return nonBlankCells(ctx, r) - figures <= 2;
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

/** The stems statistical forms number their text columns with: 甲 乙 丙 丁 … before 1 2 3. */
const STEMS = "甲乙丙丁戊己庚辛壬癸";

/** "1 2 3 4 …" or "甲 乙 丙 1 2 3 …" under the header: the column numbering row. */
function isColumnNumbering(ctx: RowContext, r: number): boolean {
  const row = ctx.view.row(r);
  let expected = 1;
  let stems = 0;
  let seen = 0;
  for (const value of row) {
    const text = typeof value === "string" ? value.trim() : "";
    if (text.length === 1 && STEMS.indexOf(text) === stems) {
      stems++;
      continue;
    }
    const n = typeof value === "number" ? value : /^\d+$/.test(text) ? Number(text) : null;
    if (n === null) {
      if (text !== "") return false;
      continue;
    }
    if (n !== expected) return false;
    expected++;
    seen++;
  }
  return seen + stems >= 3;
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
  /** A breakdown of the total by a value ("续建项目"): covers the projects of that category or sector. */
  byValue?: string;
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
  policy: RowPolicy,
  parentCode: string
): { kind: RowKind; ambiguous: boolean } {
  const rest = stripSubLabel(labels.section);
  if (rest === "" || figures === 0) return { kind: "other", ambiguous: false };
  if (isBreakdownLabel(rest)) return { kind: "detail", ambiguous: false };
  return { kind: subRowByCode(ctx, r, policy, parentCode), ambiguous: true };
}

/**
 * A sub-row of a project by the policy: "by-code" takes it as a project of its own when it has a
 * code of its own, and as part of the project above when its code extends that project's
 * ("…-1") or it has none.
 */
function subRowByCode(
  ctx: RowContext,
  r: number,
  policy: RowPolicy,
  parentCode: string
): "project" | "detail" {
  if (policy.subRows !== "by-code") return policy.subRows;
  const code = cellText(ctx.view.cell(r, ctx.columns.code?.col ?? -1));
  if (code === "") return "detail";
  return parentCode !== "" && code.startsWith(parentCode) ? "detail" : "project";
}

/**
 * A row breaking the total down: a label ("其中：续建项目", "新开工项目") in the 序号 or name
 * cell, and a count ("44个") in the other or a 其中 before the label.
 */
function totalBreakdown(labels: RowLabels): { name: string; count: number | null } | null {
  const seqCount = labels.seq === "" ? null : statedCountOf(labels.seq);
  const nameCount = labels.name === "" ? null : statedCountOf(labels.name);
  const label = seqCount !== null ? labels.name : nameCount !== null ? labels.seq : labels.section;
  const count = seqCount ?? nameCount;
  const name = stripSubLabel(label);
  if (name === "" || (count === null && !label.startsWith("其中"))) return null;
  return { name, count };
}

/**
 * The name cell says the name column's header again (spaces aside). Names are trimmed, so their
 * first character is the first without spaces too: that comparison spares most rows a regex.
 */
function isHeaderCopy(name: string, nameHeader: string): boolean {
  return name.charCodeAt(0) === nameHeader.charCodeAt(0) && name.replace(/\s+/g, "") === nameHeader;
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
  /** The last row read was a project or its breakdown (a label row between them does not count). */
  let afterProject = false;
  /** Under a bare "其中：" row of a project: its sub-rows until the next numbered project. */
  let inSubRows = false;
  /** Right under a 合计 row, in the rows that break the total down ("其中：续建项目"). */
  let inTotalBreakdown = false;
  /** Code of the last project, which a sub-row's code extends ("…-1"). */
  let parentCode = "";

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
    } else if (nameHeader !== "" && isHeaderCopy(labels.name, nameHeader)) {
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
      // "合计 | 13个": the count may stand in the name cell beside the word.
      const nameCount =
        subtotalLabel === null || labels.name === "" ? null : statedCountOf(labels.name);
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
      } else if (
        (previousKind === "subtotal" || inTotalBreakdown) &&
        figures > 0 &&
        !labels.seqIsNumber &&
        totalBreakdown(labels) !== null
      ) {
        // "其中：续建项目 | 44个" under the 合计: the total broken down by a category.
        kind = "subtotal";
        const { name, count } = totalBreakdown(labels)!;
        pending.push({
          subtotal: { ...makeSubtotal(ctx, r, "小计", count, labels), label: name },
          label: null,
          section: null,
          runStart: r + 1,
          byValue: name,
        });
        inTotalBreakdown = true;
      } else if (labels.section.startsWith("其中")) {
        const sub = subRowKind(ctx, r, labels, figures, policy, parentCode);
        kind = sub.kind;
        if (kind === "project") subName = stripSubLabel(labels.section);
        if (sub.ambiguous) ambiguousRows.push(r);
        // A bare "其中：" under a project opens its sub-rows.
        if (stripSubLabel(labels.section) === "" && figures === 0 && afterProject) inSubRows = true;
      } else if (inSubRows && !labels.seqIsNumber && figures > 0 && !section?.enumerated) {
        const sub = subRowByCode(ctx, r, policy, parentCode);
        kind = sub;
        if (kind === "project") subName = labels.name;
        ambiguousRows.push(r);
      } else if (
        afterProject &&
        figures > 0 &&
        !labels.seqIsNumber &&
        (labels.name === "" || isBreakdownLabel(labels.name) || isBreakdownLabel(labels.section)) &&
        cellText(view.cell(r, ctx.columns.code?.col ?? -1)) === "" &&
        (labels.name !== "" || !section?.enumerated)
      ) {
        // 资金来源 rows under a project: amounts of that project, by source.
        kind = "detail";
      } else if (
        section &&
        ((section.enumerated && section.depth <= 2) || isLabelOnly(ctx, r, figures))
      ) {
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
        parentCode = cellText(view.cell(r, ctx.columns.code?.col ?? -1));
        inSubRows = false;
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
    if (kind === "section" || (kind === "subtotal" && !inTotalBreakdown)) inSubRows = false;
    if (kind !== "subtotal") inTotalBreakdown = false;
    afterProject = kind === "project" || kind === "detail" || (afterProject && kind === "other");
    if (kind === "project" || kind === "section" || kind === "subtotal") lastBodyRow = r;
    rowKinds[r] = kind;
    previousKind = kind;
  }

  // Projects took their sector and category from their sections as they were read; only a role
  // decided later (by the siblings, or an area) needs another pass.
  if (adoptSiblingRoles(sections) || sections.some((section) => section.role === "area"))
    applySectionRoles(ctx, projects, projectPaths, sections);
  const subtotals = resolveSubtotals(pending, sections, projects, projectPaths);
  return { title, rowKinds, projects, sections, subtotals, ambiguousRows };
}

/**
 * A numbered section whose name is no known word (`六、三个片区`) takes the role its siblings
 * (same depth, same parent) have, so its projects are not lost to "（未填）" in a sector table.
 */
function adoptSiblingRoles(sections: SectionRow[]): boolean {
  let changed = false;
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
    const tally = { sector: 0, category: 0, area: 0, other: 0 };
    for (const i of members) tally[sections[i].role]++;
    const known = (["sector", "category", "area"] as const).filter((role) => tally[role] > 0);
    // Only where the siblings agree on one role; a lone area word among sectors (六、三个片区)
    // is one more sector.
    const lone = known.length === 2 && known.includes("area") && tally.area === 1;
    if (known.length !== 1 && !lone) continue;
    const role = lone ? known.find((r) => r !== "area")! : known[0];
    for (const i of members) {
      if (sections[i].role === role || (sections[i].role !== "other" && !lone)) continue;
      sections[i].role = role;
      changed = true;
    }
  }
  return changed;
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
    if (project.county === null || !hasOwnValue(ctx, project.gridRow, "county"))
      project.county = innermost(path, "area");
  });
}

function hasOwnValue(ctx: RowContext, r: number, field: "sector" | "category" | "county"): boolean {
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
  return pending.map(({ subtotal, label, section, runStart, byValue }) => {
    if (byValue !== undefined) {
      const key = stripProjectSuffix(byValue);
      const covers = projects
        .filter(
          (p) =>
            (p.category !== null && stripProjectSuffix(p.category) === key) ||
            (p.sector !== null && stripProjectSuffix(p.sector) === key)
        )
        .map((p) => p.gridRow);
      return { ...subtotal, scope: "section", section: byValue, covers };
    }
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

function innermost(path: SectionRow[], role: SectionRow["role"]): string | null {
  for (let i = path.length - 1; i >= 0; i--) if (path[i].role === role) return path[i].name;
  return null;
}

function readContact(ctx: RowContext, r: number, columns: ContactColumns | null): Contact | null {
  if (columns === null) return null;
  return {
    person: readText(ctx, r, columns.person),
    contact: readText(ctx, r, columns.contact),
    phone: readText(ctx, r, columns.phone),
  };
}

/**
 * The row's currency: its total investment's (the listing threshold is checked in it). A plain
 * number is in its column's currency (万美元 header, else the row's 币种, else the sheet's); a
 * cell that types its own ("500万美元") is in that one.
 */
function rowCurrency(ctx: RowContext, amounts: Amounts, byColumn: Currency): Currency {
  if (amounts.totalInvestment === null) return byColumn;
  return cellCurrency(ctx, "totalInvestment", byColumn);
}

/** The amount cells in another currency than the row's, or null (most rows). */
function currencyOverrides(
  ctx: RowContext,
  amounts: Amounts,
  currency: Currency,
  byColumn: Currency
): Partial<Record<AmountField, Currency>> | null {
  if (!ctx.usdColumns && ctx.typed === null) return null;
  let overrides: Partial<Record<AmountField, Currency>> | null = null;
  for (const field of AMOUNT_FIELDS) {
    if (amounts[field] === null) continue;
    const own = cellCurrency(ctx, field, byColumn);
    if (own !== currency) (overrides ??= {})[field] = own;
  }
  return overrides;
}

function cellCurrency(ctx: RowContext, field: AmountField, byColumn: Currency): Currency {
  return ctx.typed?.[field] ?? (ctx.units[field] === "万美元" ? "USD" : byColumn);
}

function readProject(ctx: RowContext, r: number, open: OpenPath): ProjectRow {
  const path = open.rows;
  const { layout } = ctx;
  const { fields } = layout;
  const name = readText(ctx, r, fields.name, true);
  if (name === null) {
    const col = ctx.columns.name?.col ?? 0;
    ctx.log.cell("read.missing-name", "warning", r, col, "name", {
      "zh-CN": "有数据但没有项目名称",
      en: "figures but no project name",
    });
  }
  const category = readText(ctx, r, fields.category) ?? innermost(path, "category");
  const status = readText(ctx, r, fields.status);
  const startDate = readDate(ctx, r, fields.startDate);
  const amounts = readAmounts(ctx, r);
  const byColumn = readCurrency(ctx, r);
  const currency = rowCurrency(ctx, amounts, byColumn);
  const overrides = currencyOverrides(ctx, amounts, currency, byColumn);
  const started = decideStarted(ctx, status, category, startDate, amounts.completed);
  return {
    gridRow: r,
    sheetRow: ctx.view.sheetRow(r),
    hidden: ctx.view.isHidden(r),
    seq: readText(ctx, r, fields.seq),
    code: readText(ctx, r, fields.code),
    name,
    owner: readText(ctx, r, fields.owner),
    responsibleUnit: readText(ctx, r, fields.responsibleUnit),
    ownerContact: readContact(ctx, r, layout.ownerContact),
    responsibleContact: readContact(ctx, r, layout.responsibleContact),
    leader: readText(ctx, r, fields.leader),
    sector: readText(ctx, r, fields.sector) ?? innermost(path, "sector"),
    category,
    level: readText(ctx, r, fields.level),
    listed: readListed(ctx, r),
    county: readText(ctx, r, fields.county),
    status,
    progress: readText(ctx, r, fields.progress),
    problems: readText(ctx, r, fields.problems),
    remarks: readText(ctx, r, fields.remarks),
    startDate,
    endDate: readDate(ctx, r, fields.endDate),
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
