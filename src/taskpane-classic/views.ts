/**
 * What the classic pane shows, built from the reader's Ledger and the engine's CheckReport.
 * Functions return detached DOM; app.ts puts them in place and wires the actions.
 */
import { amountUnitText, dataErrorsText, headerRowsText, noLedgerText } from "../taskpane/i18n";
import { resultContext } from "../taskpane/state/results";
import { dataErrorsOf } from "../app/data-errors";
import { ledgerPeriodLabel, percent, pointsSigned, rateText } from "../core/index";
import { FIELD_LABELS } from "../core/index";
import type { CheckReport, GroupFigures, ProjectResult } from "../core/index";
import { groupByLabel } from "../core/index";
import { STATUS_LABELS } from "../core/index";
import { timeProgressLine } from "../core/index";
import type { ColumnMatch, FieldKey, Lang, Ledger } from "../core/index";
import { type Child, button, el } from "./dom";
import { TEXT, groupedBy, moreProjects } from "./strings";

/** Enough lagging projects to act on in the pane; the full list is the output sheet. */
export const LAGGING_SHOWN = 30;
const READING_NOTES_SHOWN = 3;

export type BarKind = "success" | "warning" | "error" | "busy" | "info";

export function messageBar(kind: BarKind, title: string | null, text?: string): HTMLElement {
  return el("div", `tz-bar tz-bar-${kind}`, [title ? el("strong", null, title) : null, text]);
}

export function paneHeader(lang: Lang): HTMLElement {
  const icon = el("img");
  icon.src = "assets/icon-32.png";
  icon.alt = "";
  return el("div", "tz-top", [
    icon,
    el("span", "tz-title", TEXT.appName[lang]),
    el("span", "tz-edition", TEXT.edition[lang]),
  ]);
}

function factsTable(rows: [string, Child][]): HTMLElement {
  const body = el("tbody");
  for (const [label, value] of rows)
    body.appendChild(el("tr", null, [el("th", null, label), el("td", null, value)]));
  return el("table", "tz-facts", body);
}

/** The column map in sheet order. */
function mappedColumns(ledger: Ledger): [FieldKey, ColumnMatch][] {
  const entries: [FieldKey, ColumnMatch][] = [];
  for (const field of Object.keys(ledger.columns) as FieldKey[]) {
    const match = ledger.columns[field];
    if (match) entries.push([field, match]);
  }
  return entries.sort((a, b) => a[1].col - b[1].col);
}

function columnItem(field: FieldKey, match: ColumnMatch, lang: Lang): HTMLElement {
  const label = FIELD_LABELS[field][lang];
  const notes: string[] = [];
  if (match.header && match.header !== label) notes.push(match.header);
  if (match.by === "content") notes.push(TEXT.byContent[lang]);
  return el("li", null, [
    el("span", "tz-letter", match.letter),
    label,
    notes.length > 0 ? el("span", "tz-muted", ` ${notes.join(" · ")}`) : null,
  ]);
}

/** What the reader understood: sheet, header rows, projects, unit, period, the column map. */
export function ledgerView(ledger: Ledger, lang: Lang): HTMLElement {
  const view = el("div", "tz-ledger", [
    ledger.found
      ? messageBar("success", TEXT.found[lang])
      : messageBar("warning", null, TEXT.notFound[lang]),
    factsTable([
      [TEXT.sheet[lang], ledger.sheetName],
      [TEXT.headerRows[lang], headerRowsText(ledger, lang)],
      [TEXT.projects[lang], ledger.projects.length],
      [TEXT.amountUnit[lang], amountUnitText(ledger, lang)],
      [TEXT.reportingMonth[lang], ledgerPeriodLabel(ledger, lang) ?? TEXT.unknown[lang]],
    ]),
  ]);
  if (ledger.found) {
    const list = el("ul", "tz-columns");
    for (const [field, match] of mappedColumns(ledger))
      list.appendChild(columnItem(field, match, lang));
    view.appendChild(el("h2", null, TEXT.columns[lang]));
    view.appendChild(list);
  }
  const notes = ledger.findings.filter((f) => f.severity !== "info").slice(0, READING_NOTES_SHOWN);
  if (notes.length > 0) {
    view.appendChild(el("h2", null, `${TEXT.readingFindings[lang]}（${ledger.findings.length}）`));
    for (const finding of notes) {
      const where = [finding.sheetRow === null ? "" : `${finding.column ?? ""}${finding.sheetRow}`];
      view.appendChild(
        el("p", "tz-note", `${where[0] ? `${where[0]}：` : ""}${finding.message[lang]}`)
      );
    }
  }
  return view;
}

function signedPoints(points: number | null): HTMLElement {
  if (points === null) return el("span", null, "—");
  return el("span", points < 0 ? "tz-behind" : "tz-ahead", pointsSigned(points));
}

function tile(label: string, value: Child): HTMLElement {
  return el("td", "tz-tile", [
    el("span", "tz-tile-label", label),
    el("span", "tz-tile-value", value),
  ]);
}

/** Totals: projects, started, completion rate and points against the time schedule. */
function totalsView(report: CheckReport, lang: Lang): HTMLElement[] {
  const totals = report.totals;
  const vs = signedPoints(totals.variancePoints);
  const first = el("tr", null, [
    tile(TEXT.projects[lang], totals.projects),
    tile(
      TEXT.started[lang],
      `${totals.started}${totals.startRate === null ? "" : ` · ${percent(totals.startRate, 1)}`}`
    ),
  ]);
  const second = el("tr", null, [
    tile(TEXT.completionRate[lang], rateText(totals.completionRate)),
    tile(`${TEXT.vsSchedule[lang]}（${TEXT.points[lang]}）`, vs),
  ]);
  const line = timeProgressLine(report.period, lang);
  return [
    el("table", "tz-tiles", el("tbody", null, [first, second])),
    line ? el("p", "tz-note", line) : el("span"),
  ];
}

function groupRow(figures: GroupFigures, lang: Lang, className?: string): HTMLElement {
  return el("tr", className, [
    el("td", null, figures.key === "" ? TEXT.blankGroup[lang] : figures.key),
    el("td", null, figures.projects),
    el("td", null, rateText(figures.completionRate)),
    el("td", null, signedPoints(figures.variancePoints)),
  ]);
}

/** The first group-by table of the report, with the total row. */
function groupView(report: CheckReport, lang: Lang): HTMLElement[] {
  const keys = Object.keys(report.groups);
  if (keys.length === 0) return [];
  const groupBy = keys[0];
  const label = groupByLabel(report, groupBy)[lang];
  const head = el("tr", null, [
    el("th", null, label || TEXT.group[lang]),
    el("th", null, TEXT.projects[lang]),
    el("th", null, TEXT.completionRate[lang]),
    el("th", null, `${TEXT.vsSchedule[lang]}（${TEXT.points[lang]}）`),
  ]);
  const body = el("tbody");
  for (const figures of report.groups[groupBy]) body.appendChild(groupRow(figures, lang));
  body.appendChild(
    groupRow({ ...report.totals, key: lang === "zh-CN" ? "合计" : "Total" }, lang, "tz-total")
  );
  return [
    el("h2", null, groupedBy(label, lang)),
    el("table", "tz-table", [el("thead", null, head), body]),
  ];
}

export function laggingProjects(report: CheckReport): ProjectResult[] {
  return report.projects
    .filter((p) => p.schedule.status === "behind" || p.schedule.status === "severely-behind")
    .sort((a, b) => (a.schedule.variancePoints ?? 0) - (b.schedule.variancePoints ?? 0));
}

function statusPill(project: ProjectResult, report: CheckReport, lang: Lang): HTMLElement {
  const pill = el("span", "tz-pill", STATUS_LABELS[project.schedule.status][lang]);
  const band =
    project.schedule.band === null ? undefined : report.rules.colourBands[project.schedule.band];
  if (band) {
    pill.style.backgroundColor = band.fill;
    pill.style.color = band.font;
  }
  return pill;
}

/** Lagging projects, most behind first; a click selects the project's row in the ledger. */
function laggingParts(
  report: CheckReport,
  lang: Lang,
  onSelect: (p: ProjectResult) => void,
  busy: boolean
): HTMLElement[] {
  const lagging = laggingProjects(report);
  const title = el("h2", null, `${TEXT.lagging[lang]}（${lagging.length}）`);
  if (lagging.length === 0) return [title, el("p", "tz-note", TEXT.noneLagging[lang])];
  const list = el("ul", "tz-projects");
  for (const project of lagging.slice(0, LAGGING_SHOWN)) {
    const row = project.row;
    const item = button("", "tz-project", () => onSelect(project), busy);
    item.appendChild(el("span", "tz-project-name", row.name ?? `#${row.sheetRow}`));
    item.appendChild(statusPill(project, report, lang));
    item.appendChild(signedPoints(project.schedule.variancePoints));
    item.appendChild(
      el(
        "span",
        "tz-muted",
        ` · ${rateText(project.schedule.completionRate)}${row.responsibleUnit ? ` · ${row.responsibleUnit}` : ""}`
      )
    );
    list.appendChild(el("li", null, item));
  }
  const parts: HTMLElement[] = [title, el("p", "tz-note", TEXT.selectHint[lang]), list];
  if (lagging.length > LAGGING_SHOWN)
    parts.push(el("p", "tz-note", moreProjects(lagging.length - LAGGING_SHOWN, lang)));
  return parts;
}

function findingCount(report: CheckReport): number {
  let count = report.findings.length;
  for (const project of report.projects) count += project.findings.length;
  return count;
}

/** Totals, the first group table and the count of data issues. */
export function reportView(report: CheckReport, lang: Lang): HTMLElement {
  const view = el("div", "tz-report", el("h2", null, TEXT.results[lang]));
  const errors = dataErrorsOf(report);
  const parts: HTMLElement[] = [
    // Every result names its sheet and period, as in the modern pane.
    el("p", "tz-context", resultContext(report, lang)),
    errors.findings.length > 0
      ? messageBar(
          "error",
          null,
          dataErrorsText(
            errors.findings.length,
            errors.figures.map((f) => FIELD_LABELS[f][lang]),
            lang
          )
        )
      : el("span"),
    ...totalsView(report, lang),
    ...groupView(report, lang),
    el("p", "tz-note", `${TEXT.dataFindings[lang]}：${findingCount(report)}`),
  ];
  for (const part of parts) view.appendChild(part);
  return view;
}

/** A sheet without a ledger: no results, what to do instead. */
export function noLedgerView(ledger: Ledger, lang: Lang): HTMLElement {
  return messageBar("warning", noLedgerText(ledger.sheetName, lang), TEXT.noLedgerNext[lang]);
}

/** The lagging projects, last in the pane: the list can be long. */
export function laggingView(
  report: CheckReport,
  lang: Lang,
  onSelect: (p: ProjectResult) => void,
  busy: boolean
): HTMLElement {
  return el("div", "tz-lagging", laggingParts(report, lang, onSelect, busy));
}

/** The report paragraph, read-only, with its copy button. */
export function narrativeView(
  report: CheckReport,
  lang: Lang,
  onCopy: (area: HTMLTextAreaElement) => void
): HTMLElement {
  const area = el("textarea", "tz-narrative");
  area.readOnly = true;
  area.value = report.narrative[lang];
  area.setAttribute("aria-label", TEXT.narrative[lang]);
  return el("div", "tz-narrative-box", [
    el("h2", null, TEXT.narrative[lang]),
    area,
    el(
      "div",
      null,
      button(TEXT.copy[lang], "tz-btn", () => onCopy(area))
    ),
  ]);
}
