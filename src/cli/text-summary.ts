/**
 * The readable summary `taizhang check` prints without --json/--out: totals, the group tables,
 * the worst lagging projects, listing failures, data problems and the report paragraph.
 */
import { fixed, percent, pointsSigned, yi } from "../core/index";
import { groupKeyText } from "../core/index";
import type { CheckReport, GroupFigures, ReconcileResult } from "../core/index";
import { projectsIn } from "../core/index";
import { allFindings, groupByLabel } from "../core/index";
import { SEVERITY_LABELS, STATUS_LABELS, pick, say } from "../core/index";
import { periodLabel, timeModeText } from "../core/index";
import { readingLines } from "../core/index";
import type { Finding, Lang } from "../core/index";
import { clip, textTable } from "./text-table";

export const LIST_LIMIT = 10;
export const FINDINGS_LIMIT = 15;
const NAME_WIDTH = 28;

const dash = "—";
const rate = (v: number | null) => (v === null ? dash : percent(v));
const points = (v: number | null) => (v === null ? dash : pointsSigned(v));
const wan = (v: number | null) => (v === null ? dash : fixed(v));

export function checkSummaryText(
  report: CheckReport,
  source: { file: string; sheet: string },
  lang: Lang
): string {
  const s = (zh: string, en: string) => say(lang, zh, en);
  const { period, totals } = report;
  const out: string[] = [];
  out.push(s(`台账助手 · 检查结果`, `Taizhang · check`));
  out.push(`${s("文件", "File")}: ${source.file}  ${s("工作表", "Sheet")}: ${source.sheet}`);
  const periodText =
    period.month === null
      ? s("未知（请用 --month 或 --as-of 指定）", "unknown (use --month or --as-of)")
      : periodLabel(period, lang);
  const tText = period.timeProgress === null ? dash : percent(period.timeProgress);
  out.push(
    `${s("报告期", "Period")}: ${periodText}  ${s("时序进度", "Time progress")}: ${tText}（${timeModeText(period.mode, lang)}）`
  );
  // The reading first: what was taken for what, and whether the sheet's own 合计 agrees.
  const mismatch = report.findings.find((f) => f.code === "read.totals-mismatch");
  if (mismatch) out.push("", `${s("！！", "!! ")}${mismatch.message[lang]}`);
  for (const line of readingLines(report.ledger))
    out.push(`${s("识别", "Reading")}: ${line[lang]}`);
  out.push("");

  out.push(s("【合计】", "[Totals]") + `  ${s("金额单位：亿元", "amounts in CNY 100 million")}`);
  out.push(
    groupTable([{ ...totals, key: s("全部项目", "All projects") }], s("范围", "Scope"), lang)
  );
  for (const [by, groups] of Object.entries(report.groups)) {
    out.push("");
    const label = pick(groupByLabel(report, by), lang);
    out.push(s(`【按${label}】`, `[By ${label}]`));
    out.push(groupTable(groups, label, lang));
  }

  const behind = projectsIn(report, "behind")
    .filter((p) => p.schedule.variancePoints !== null)
    .sort((a, b) => (a.schedule.variancePoints ?? 0) - (b.schedule.variancePoints ?? 0));
  out.push("");
  out.push(
    s(`【滞后项目】共 ${behind.length} 个`, `[Behind schedule] ${behind.length} projects`) +
      (behind.length > LIST_LIMIT
        ? s(`，列出最滞后的 ${LIST_LIMIT} 个`, `, the ${LIST_LIMIT} worst`)
        : "")
  );
  if (behind.length > 0) {
    out.push(
      textTable(
        [
          s("行", "Row"),
          s("项目名称", "Project"),
          s("完成率", "Rate"),
          s("与时序进度比", "vs time"),
          s("状态", "Status"),
          s("责任单位", "Unit"),
        ],
        behind
          .slice(0, LIST_LIMIT)
          .map((p) => [
            String(p.row.sheetRow),
            clip(p.row.name ?? dash, NAME_WIDTH),
            rate(p.schedule.completionRate),
            points(p.schedule.variancePoints),
            pick(STATUS_LABELS[p.schedule.status], lang),
            p.row.responsibleUnit ?? "",
          ]),
        ["right", "left", "right", "right", "left", "left"]
      )
    );
  }

  // 前期 projects apart: the 新开工 and 续建 projects not started yet are the ones to chase.
  const notStarted = projectsIn(report, "not-started").length;
  const preliminary = projectsIn(report, "preliminary").length;
  out.push("");
  out.push(
    s(
      `【未开工】共 ${notStarted} 个；【前期工作项目】共 ${preliminary} 个（另列，不计入未开工）`,
      `[Not started] ${notStarted} projects; [Preliminary work] ${preliminary} projects (listed apart)`
    )
  );

  const notListed = projectsIn(report, "not-listed");
  out.push("");
  out.push(
    s(
      `【未达入库标准】共 ${notListed.length} 个`,
      `[Failing the listing criteria] ${notListed.length} projects`
    )
  );
  if (notListed.length > 0) {
    out.push(
      textTable(
        [
          s("行", "Row"),
          s("项目名称", "Project"),
          s("总投资（万元）", "Total (CNY 10k)"),
          s("原因", "Why"),
        ],
        notListed
          .slice(0, LIST_LIMIT)
          .map((p) => [
            String(p.row.sheetRow),
            clip(p.row.name ?? dash, NAME_WIDTH),
            wan(p.cny.totalInvestment),
            p.listing.reasons.map((r) => r[lang]).join("；"),
          ]),
        ["right", "left", "right", "left"]
      )
    );
    if (notListed.length > LIST_LIMIT) out.push(more(notListed.length - LIST_LIMIT, lang));
  }

  out.push("");
  out.push(findingsText(allFindings(report), lang));
  out.push("");
  out.push(s("【报告段落】", "[Report paragraph]"));
  out.push(report.narrative[lang]);
  return `${out.join("\n")}\n`;
}

function groupTable(groups: GroupFigures[], label: string, lang: Lang): string {
  const s = (zh: string, en: string) => say(lang, zh, en);
  return textTable(
    [
      label,
      s("项目数", "Projects"),
      s("开工", "Started"),
      s("总投资", "Total"),
      s("年度计划", "Plan"),
      s("累计完成", "Completed"),
      s("完成率", "Rate"),
      s("与时序进度比", "vs time"),
    ],
    groups.map((g) => [
      clip(groupKeyText(g.key, lang), NAME_WIDTH),
      String(g.projects),
      String(g.started),
      yi(g.totalInvestment),
      yi(g.annualPlan),
      g.completed === null ? dash : yi(g.completed),
      rate(g.completionRate),
      points(g.variancePoints),
    ]),
    ["left", "right", "right", "right", "right", "right", "right", "right"]
  );
}

export function findingsText(findings: Finding[], lang: Lang): string {
  const s = (zh: string, en: string) => say(lang, zh, en);
  const lines = [s(`【数据问题】共 ${findings.length} 条`, `[Data problems] ${findings.length}`)];
  for (const f of findings.slice(0, FINDINGS_LIMIT)) {
    const where = [
      f.sheet,
      f.sheetRow === null ? null : s(`第${f.sheetRow}行`, `row ${f.sheetRow}`),
      f.column === null ? null : s(`${f.column}列`, `column ${f.column}`),
    ]
      .filter(Boolean)
      .join(" ");
    lines.push(`  [${pick(SEVERITY_LABELS[f.severity], lang)}] ${where}：${f.message[lang]}`);
  }
  if (findings.length > FINDINGS_LIMIT) lines.push(more(findings.length - FINDINGS_LIMIT, lang));
  return lines.join("\n");
}

function more(count: number, lang: Lang): string {
  return say(lang, `  …另有 ${count} 条`, `  …and ${count} more`);
}

export function reconcileSummaryText(result: ReconcileResult, lang: Lang): string {
  const s = (zh: string, en: string) => say(lang, zh, en);
  const ref = (p: { code: string | null; name: string | null; sheetRow: number }) =>
    `${p.code ?? ""} ${p.name ?? dash}`.trim() + s(`（第${p.sheetRow}行）`, ` (row ${p.sheetRow})`);
  const out: string[] = [s("台账助手 · 月度核对", "Taizhang · monthly reconciliation")];
  out.push(
    `${s("上月", "Previous")}: ${result.previous.sheet}（${result.previous.month ?? "?"}${s("月", "")}）  ${s("本月", "Current")}: ${result.current.sheet}（${result.current.month ?? "?"}${s("月", "")}）`
  );
  const list = (title: string, items: string[]) => {
    out.push("", `${title}${s(`共 ${items.length} 个`, ` ${items.length}`)}`);
    for (const item of items.slice(0, LIST_LIMIT)) out.push(`  · ${item}`);
    if (items.length > LIST_LIMIT) out.push(more(items.length - LIST_LIMIT, lang));
  };
  list(s("【新增项目】", "[Added]"), result.added.map(ref));
  list(s("【减少项目】", "[Removed]"), result.removed.map(ref));
  list(
    s("【累计完成额下降】", "[Cumulative completed went down]"),
    result.decreased.map((c) => `${ref(c)}: ${wan(c.previous)} → ${wan(c.current)}`)
  );
  list(
    s("【年度计划调整】", "[Annual plan changed]"),
    result.planChanged.map((c) => `${ref(c)}: ${wan(c.previous)} → ${wan(c.current)}`)
  );
  list(
    s("【总投资调整】", "[Total investment changed]"),
    result.totalChanged.map((c) => `${ref(c)}: ${wan(c.previous)} → ${wan(c.current)}`)
  );
  list(
    s("【上月累计+当月≠本月累计】", "[Previous + this month ≠ current]"),
    result.monthMismatches.map(
      (m) => `${ref(m)}: ${fixed(m.previous)} + ${fixed(m.thisMonth)} ≠ ${fixed(m.current)}`
    )
  );
  out.push(
    "",
    `${s("本月新增完成投资（万元）", "This month's increment (CNY 10k)")}: ${wan(result.monthIncrement)}`
  );
  out.push("", findingsText(result.findings, lang));
  return `${out.join("\n")}\n`;
}
