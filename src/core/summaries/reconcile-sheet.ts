/**
 * Month-on-month reconciliation as one table with section rows: added, removed, cumulative
 * completed that went down (errors, in red), plan and total investment adjusted, this month's
 * increments (total first), and 当月完成 that does not add up. Amounts in the summaries' unit (亿元 by default; the notes' figures in 万元).
 */
import { fixed } from "../format";
import type { AmountChange, ProjectRef, ReconcileResult } from "../report-types";
import { FORMATS, type SheetSpec, type SpecRow } from "../sheet-spec";
import type { Lang } from "../types";
import { ERROR_FONT, pick, say } from "./labels";
import { FIELD_LABELS } from "../reader/fields";
import { orderHeadline, orderWarnings } from "../reconcile/period-order";
import { numberedNotes } from "./footnotes";
import { reconcileAmounts } from "./amount-formats";
import { amountScaleOf, amountUnitText, scaleAmount, type SummaryOptions } from "./options";
import { monthText } from "../text/wording";
import { sanitizeSheetName } from "./sheet-names";
import {
  amountColumn,
  compact,
  headerRows,
  rowValues,
  seqColumn,
  specColumns,
  textColumn,
} from "./table";

interface ReconcileLine {
  seq: number | null;
  code: string | null;
  name: string;
  /** Row in this month's ledger, or null (removed projects, totals). */
  row: number | null;
  previous: number | null;
  current: number | null;
  change: number | null;
  note: string;
}

interface Section {
  title: string;
  lines: ReconcileLine[];
  /** Lines that are errors, shown in red. */
  error?: boolean;
  /** A 合计 line shown first. */
  total?: ReconcileLine;
  /** Shown instead of lines when the section cannot be computed. */
  unavailable?: string;
}

const ZH_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

export function buildReconcileSheet(result: ReconcileResult, options: SummaryOptions): SheetSpec {
  const { lang } = options;
  const sections = reconcileSections(result, lang);
  const hasCodes = sections.some((s) => s.lines.some((l) => l.code !== null));
  // The summaries' unit (亿元 by default), so the increment reads against the summary tables.
  const scale = amountScaleOf(options);
  const amounts = reconcileAmounts(scale);
  const amount = (wan: number | null) => (wan === null ? null : scaleAmount(wan, scale));
  const columns = compact<ReconcileLine>([
    seqColumn(lang, (l) => l.seq),
    hasCodes
      ? textColumn<ReconcileLine>(pick(FIELD_LABELS.code, lang), 16, (l) => l.code ?? "")
      : null,
    textColumn<ReconcileLine>(pick(FIELD_LABELS.name, lang), 30, (l) => l.name),
    {
      header: say(lang, "行号", "Row"),
      width: 7,
      format: FORMATS.integer,
      align: "center",
      value: (l) => l.row,
    },
    amountColumn<ReconcileLine>(
      say(lang, "上月数", "Last month"),
      (l) => amount(l.previous),
      undefined,
      amounts
    ),
    amountColumn<ReconcileLine>(
      say(lang, "本月数", "This month"),
      (l) => amount(l.current),
      undefined,
      amounts
    ),
    amountColumn<ReconcileLine>(
      say(lang, "增减", "Change"),
      (l) => amount(l.change),
      undefined,
      amounts
    ),
    textColumn<ReconcileLine>(say(lang, "说明", "Details"), 40, (l) => l.note),
  ]);

  const rows: SpecRow[] = [];
  sections.forEach((section, i) => {
    const count = section.lines.length;
    const label = say(
      lang,
      `${ZH_NUMERALS[i]}、${section.title}（${count}个）`,
      `${i + 1}. ${section.title} (${count})`
    );
    rows.push({ values: [label], kind: "group", span: true });
    if (section.unavailable !== undefined) {
      rows.push({ values: rowValues(columns, emptyLine(section.unavailable), 0), kind: "data" });
      return;
    }
    if (section.total) rows.push({ values: rowValues(columns, section.total, 0), kind: "total" });
    section.lines.forEach((line, n) => {
      rows.push({
        values: rowValues(columns, line, n),
        kind: "data",
        ...(line.row === null ? {} : { ledgerRow: line.row }),
        ...(section.error ? { fontColor: ERROR_FONT } : {}),
      });
    });
  });

  const months = monthsText(result, lang);
  const area = options.area ?? "";
  return {
    lang,
    key: "reconcile",
    name: sanitizeSheetName(say(lang, "月度核对", "Reconciliation")),
    title: say(
      lang,
      `${area}重点项目台账月度核对表${months ? `（${months}）` : ""}`,
      `Monthly ledger reconciliation${area ? `, ${area}` : ""}${months ? ` (${months})` : ""}`
    ),
    infoLines: [
      say(lang, `单位：${amountUnitText(scale, lang)}`, `Unit: ${amountUnitText(scale, lang)}`),
      say(
        lang,
        `上月台账：${result.previous.sheet}；本月台账：${result.current.sheet}`,
        `Last month: ${result.previous.sheet}; this month: ${result.current.sheet}`
      ),
      // Ledgers that look swapped or of one month: said above the table it puts in doubt.
      ...orderWarnings(result.findings).map((f) => {
        const line = orderHeadline(f);
        return say(lang, `注意：${line["zh-CN"]}`, `Attention: ${line.en}`);
      }),
    ],
    columns: specColumns(columns),
    headerRows: headerRows(columns),
    rows,
    footnotes: numberedNotes(
      [
        say(
          lang,
          "项目先按项目编码匹配，无编码时按项目名称（去除空格和标点后）匹配。",
          "Projects are matched by code, else by name (ignoring spaces and punctuation)."
        ),
        say(
          lang,
          "行号为本月台账中的行号；减少项目的行号为上月台账中的行号，见说明。",
          "Rows are rows of this month's ledger; removed projects give last month's row in the details."
        ),
        say(
          lang,
          "累计完成投资下降为错误，请核实更正。",
          "Cumulative completed investment going down is an error: please check and correct it."
        ),
      ],
      lang
    ),
    freezeColumns: hasCodes ? 3 : 2,
  };
}

function reconcileSections(result: ReconcileResult, lang: Lang): Section[] {
  const ref = (p: ProjectRef, n: number, row: number | null, note = ""): ReconcileLine => ({
    seq: n + 1,
    code: p.code,
    name: p.name ?? "",
    row,
    previous: null,
    current: null,
    change: null,
    note,
  });
  const change = (c: AmountChange, n: number, note: string): ReconcileLine => ({
    ...ref(c, n, c.sheetRow, note),
    previous: c.previous,
    current: c.current,
    change: difference(c.current, c.previous),
  });

  const increments: Section = {
    title: say(lang, "本月完成投资增量", "This month's increment of completed investment"),
    lines: result.increments.map((c, n) => ({ ...change(c, n, ""), change: c.increment })),
  };
  if (result.monthIncrement === null) {
    increments.unavailable = say(
      lang,
      "台账无累计完成投资列，无法计算本月增量。",
      "The ledgers have no completed-investment column: no increment can be computed."
    );
  } else {
    const sum = (pick: (c: AmountChange) => number | null) =>
      result.increments.reduce((total, c) => total + (pick(c) ?? 0), 0);
    increments.total = {
      ...emptyLine(""),
      name: say(lang, "合计", "Total"),
      previous: sum((c) => c.previous),
      current: sum((c) => c.current),
      change: result.monthIncrement,
    };
  }

  return [
    {
      title: say(lang, "新增项目", "Added projects"),
      lines: result.added.map((p, n) => ref(p, n, p.sheetRow)),
    },
    {
      title: say(lang, "减少项目", "Removed projects"),
      lines: result.removed.map((p, n) =>
        ref(
          p,
          n,
          null,
          say(lang, `上月台账第${p.sheetRow}行`, `Row ${p.sheetRow} of last month's ledger`)
        )
      ),
    },
    {
      title: say(lang, "累计完成投资下降", "Cumulative completed investment went down"),
      error: true,
      lines: result.decreased.map((c, n) =>
        change(
          c,
          n,
          say(
            lang,
            "累计完成投资不应减少，请核实。",
            "Cumulative completed investment cannot go down: please check."
          )
        )
      ),
    },
    {
      title: say(lang, "年度计划投资调整", "Annual plan changed"),
      lines: result.planChanged.map((c, n) =>
        change(c, n, say(lang, "年度计划投资调整", "Annual plan changed"))
      ),
    },
    {
      title: say(lang, "总投资调整", "Total investment changed"),
      lines: result.totalChanged.map((c, n) =>
        change(c, n, say(lang, "总投资调整", "Total investment changed"))
      ),
    },
    increments,
    {
      title: say(lang, "当月完成投资核对不符", "This month's figure does not add up"),
      error: true,
      lines: result.monthMismatches.map((m, n) => ({
        ...ref(m, n, m.sheetRow, mismatchNote(m.previous, m.thisMonth, m.current, lang)),
        previous: m.previous,
        current: m.current,
        change: m.current - m.previous,
      })),
    },
  ];
}

function mismatchNote(previous: number, thisMonth: number, current: number, lang: Lang): string {
  const sum = previous + thisMonth;
  const [p, t, s, c, d] = [previous, thisMonth, sum, current, current - sum].map((v) => fixed(v));
  return say(
    lang,
    `上月累计${p}+当月完成${t}=${s}，与本月累计${c}相差${d}万元。`,
    `Last month ${p} + this month ${t} = ${s}, but the cumulative figure is ${c} (difference ${d}).`
  );
}

function emptyLine(note: string): ReconcileLine {
  return {
    seq: null,
    code: null,
    name: "",
    row: null,
    previous: null,
    current: null,
    change: null,
    note,
  };
}

function difference(current: number | null, previous: number | null): number | null {
  return current === null || previous === null ? null : current - previous;
}

/** "8月→9月" / "Aug → Sep" when both months are known. */
function monthsText(result: ReconcileResult, lang: Lang): string {
  const { month: from } = result.previous;
  const { month: to } = result.current;
  if (from === null || to === null) return "";
  return `${monthText(from, lang)}${say(lang, "→", " → ")}${monthText(to, lang)}`;
}
