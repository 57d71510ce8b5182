/**
 * The read-only workbook beside the pane: sheet tabs and the active sheet's cells, drawn from the
 * fake host's state with DOM text nodes only (a cell is never parsed as HTML). Shows merges,
 * fills and bold set by the add-in, its conditional formats (colour bands) and the selection.
 */
import type { MergedArea } from "../core/index";
import { columnLetters, parseAreaAddress } from "../core/index";
import type { FakeExcelHost } from "./fake-excel/host";
import type { FakeSheet } from "./fake-excel/model";
import { cellText } from "./cell-text";
import { bandHolds, parseBandFormula } from "./conditional-fill";

/** Enough to see a ledger and every summary sheet; more would slow the page for nothing. */
const MAX_ROWS = 400;
const MAX_COLS = 40;

interface CellLook {
  fill?: string;
  color?: string;
  bold?: boolean;
}

function inArea(area: MergedArea, row: number, col: number): boolean {
  return row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}

/** Fills, font colours and bold the add-in wrote, then the conditional formats on top. */
function cellLook(sheet: FakeSheet, row: number, col: number): CellLook {
  const look: CellLook = {};
  for (const write of sheet.formatWrites) {
    if (!inArea(write.area, row, col)) continue;
    if (write.property === "fill.color") look.fill = String(write.value);
    else if (write.property === "font.color") look.color = String(write.value);
    else if (write.property === "font.bold") look.bold = Boolean(write.value);
  }
  for (const format of sheet.conditionalFormats) {
    if (!inArea(format.area, row, col)) continue;
    const rule = parseBandFormula(format.formula);
    if (rule && bandHolds(rule, format.area, row, col, (r, c) => sheet.getValue(r, c))) {
      if (format.fill) look.fill = format.fill;
      if (format.fontColor) look.color = format.fontColor;
    }
  }
  return look;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function selectedRows(host: FakeExcelHost, sheet: FakeSheet): MergedArea | null {
  const selection = host.state.selection;
  if (!selection || selection.sheetId !== sheet.id) return null;
  return parseAreaAddress(selection.address);
}

function sheetTable(host: FakeExcelHost, sheet: FakeSheet): HTMLTableElement {
  const used = sheet.usedArea(false) ?? { top: 0, left: 0, bottom: 0, right: 0 };
  const bottom = Math.min(used.bottom, MAX_ROWS - 1);
  const right = Math.min(used.right, MAX_COLS - 1);
  const selected = selectedRows(host, sheet);
  const covered = new Set<string>();
  const table = element("table", undefined, "grid");
  table.setAttribute("aria-label", sheet.name);
  const head = table.createTHead().insertRow();
  head.appendChild(element("th", "", "corner"));
  for (let c = 0; c <= right; c++) head.appendChild(element("th", columnLetters(c)));
  const body = table.createTBody();
  for (let r = 0; r <= bottom; r++) {
    const tr = body.insertRow();
    tr.dataset.row = String(r + 1);
    if (selected && r >= selected.top && r <= selected.bottom) tr.classList.add("selected");
    const rowHead = element("th", String(r + 1));
    rowHead.scope = "row";
    tr.appendChild(rowHead);
    for (let c = 0; c <= right; c++) {
      if (covered.has(`${r}:${c}`)) continue;
      const td = tr.insertCell();
      const merge = sheet.merges.find((m) => m.top === r && m.left === c);
      if (merge) {
        td.rowSpan = merge.bottom - merge.top + 1;
        td.colSpan = merge.right - merge.left + 1;
        for (let mr = merge.top; mr <= merge.bottom; mr++)
          for (let mc = merge.left; mc <= merge.right; mc++) covered.add(`${mr}:${mc}`);
      }
      td.textContent = cellText(sheet.getValue(r, c), sheet.getNumberFormat(r, c));
      const formula = sheet.getFormula(r, c);
      if (formula) td.title = formula;
      const look = cellLook(sheet, r, c);
      if (look.fill) td.style.backgroundColor = look.fill;
      if (look.color) td.style.color = look.color;
      if (look.bold) td.style.fontWeight = "600";
      if (typeof sheet.getValue(r, c) === "number") td.classList.add("number");
    }
  }
  return table;
}

/** Draws the tabs and the active sheet into `root`; clicking a tab activates that sheet, as in Excel. */
export function renderWorkbook(
  root: HTMLElement,
  host: FakeExcelHost,
  onActivate: (name: string) => void
): void {
  const active =
    host.state.sheets.find((s) => s.id === host.state.activeSheetId) ?? host.state.sheets[0];
  const tabs = element("div", undefined, "tabs");
  tabs.setAttribute("role", "tablist");
  tabs.setAttribute("aria-label", "Sheets");
  for (const sheet of host.state.sheets) {
    if (sheet.visibility !== "Visible") continue;
    const tab = element("button", sheet.name, "tab");
    tab.type = "button";
    tab.setAttribute("role", "tab");
    tab.setAttribute("aria-selected", String(sheet === active));
    tab.dataset.sheet = sheet.name;
    tab.addEventListener("click", () => onActivate(sheet.name));
    tabs.appendChild(tab);
  }
  const scroller = element("div", undefined, "sheet");
  if (active) scroller.appendChild(sheetTable(host, active));
  root.replaceChildren(tabs, scroller);
  const selectedRow = scroller.querySelector("tr.selected");
  selectedRow?.scrollIntoView({ block: "center" });
}
