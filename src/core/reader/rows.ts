/** Classifying every row and reading projects, sections and subtotals. */
import type { ProjectRow, RowKind, SectionRow, SubtotalRow } from "../types";
import { AMOUNT_FIELDS } from "../types";
import { unitFromUnitLine } from "../parse/amount";
import { parseNumber } from "../parse/number";
import { cellText, compactKey } from "../parse/text";
import type { HeaderRange, HeaderTexts } from "./header";
import {
  isFootnoteLabel,
  parseSectionLabel,
  parseSubtotalLabel,
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
import { stripProjectSuffix } from "./vocabulary";

export interface RowsResult {
  title: string | null;
  rowKinds: RowKind[];
  projects: ProjectRow[];
  sections: SectionRow[];
  subtotals: SubtotalRow[];
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

export function readRows(ctx: RowContext, header: HeaderRange, texts: HeaderTexts): RowsResult {
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

  for (let r = header.last + 1; r < view.rowCount; r++) {
    if (view.isBlankRow(r)) {
      rowKinds[r] = "blank";
      continue;
    }
    const labels = labelsOf(ctx, r);
    const figures = countFigures(ctx, r);
    let kind: RowKind;
    if (isFootnoteLabel(labels.first) || (inFootnotes && figures === 0 && !labels.seqIsNumber)) {
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
      if (subtotalLabel && (labels.name === "" || parseSubtotalLabel(labels.name))) {
        kind = "subtotal";
        const opened = previousKind === "section" ? sections.length - 1 : null;
        pending.push({
          subtotal: makeSubtotal(ctx, r, subtotalLabel.word, subtotalLabel.statedCount, labels),
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
        kind = "other";
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
    inFootnotes = kind === "footnote" || (inFootnotes && kind === "other");
    if (kind === "project" || kind === "section" || kind === "subtotal") lastBodyRow = r;
    rowKinds[r] = kind;
    previousKind = kind;
  }

  const subtotals = resolveSubtotals(pending, sections, projects, projectPaths);
  return { title, rowKinds, projects, sections, subtotals };
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
    label: labels.name || labels.seq || labels.first,
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
  return {
    gridRow: r,
    sheetRow: ctx.view.sheetRow(r),
    hidden: ctx.view.isHidden(r),
    seq: readText(ctx, r, "seq"),
    code: readText(ctx, r, "code"),
    name,
    owner: readText(ctx, r, "owner"),
    responsibleUnit: readText(ctx, r, "responsibleUnit"),
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
    currency: readCurrency(ctx, r),
    amounts: readAmounts(ctx, r),
    statedRate: readRate(ctx, r),
    started: decideStarted(ctx, status, category, startDate),
    sections: open.names,
    cells: ctx.view.cells(r),
  };
}
