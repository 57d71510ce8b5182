/** The "注：" lines under the tables, numbered as government tables number them. */
import { percent } from "../format";
import type { CheckReport, ProjectResult } from "../report-types";
import type { Lang, LocalText } from "../types";
import { pick, say } from "./labels";
import { asOfText, monthText } from "../text/wording";
import { startedThisYear } from "../schedule/start-progress";
import { severeLagPoints } from "../rules/bands";

/** "注：text" for one note; "注：1.a" then "2.b"… for several. */
export function numberedNotes(notes: string[], lang: Lang): string[] {
  const lead = say(lang, "注：", "Notes: ");
  if (notes.length <= 1) return notes.map((n) => `${lead}${n}`);
  return notes.map((n, i) => `${i === 0 ? lead : ""}${i + 1}.${n}`);
}

/** How R and V are computed (only when the sheet shows them). */
export function rateNote(lang: Lang, withVariance: boolean): string {
  const rate = say(
    lang,
    "占年度计划%为累计完成投资/年度计划投资",
    "% of plan = completed / annual plan"
  );
  if (!withVariance) return `${rate}${say(lang, "。", ".")}`;
  return say(
    lang,
    `${rate}；与时序进度比=（占年度计划%−时序进度）×100，单位为个百分点，正数为超时序进度，负数为滞后于时序进度。`,
    `${rate}; vs time progress = (% of plan − time progress) × 100, in percentage points; positive is ahead, negative behind.`
  );
}

/** How T was computed: "时序进度按月计算，为9/12=75.00%。" */
export function timeProgressNote(report: CheckReport, lang: Lang): string | null {
  const { period } = report;
  if (period.timeProgress === null) return null;
  const value = percent(period.timeProgress);
  if (period.mode === "month" && period.month !== null) {
    return say(
      lang,
      `时序进度按月计算，为${period.month}/12=${value}。`,
      `Time progress counts months: ${period.month}/12 = ${value}.`
    );
  }
  return say(
    lang,
    `时序进度按日计算，为${asOfText(period, "zh-CN")}已过天数/全年天数=${value}。`,
    `Time progress counts days: days elapsed ${asOfText(period, "en")} / days in the year = ${value}.`
  );
}

/**
 * How a project that started this year is judged (schedule/start-progress.ts), with the first
 * such project's figures as the example; null when no project of the list started this year.
 */
export function startProgressNote(
  report: CheckReport,
  projects: readonly ProjectResult[],
  lang: Lang
): string | null {
  const { period } = report;
  const example = projects.find((p) => startedThisYear(period, p.row.startDate));
  if (example === undefined || example.row.startDate === null) return null;
  const T = percent(example.schedule.timeProgress ?? 0);
  const name = example.row.name ?? "";
  const s = example.row.startDate.month;
  if (period.mode === "month" && period.month !== null) {
    const N = period.month;
    return say(
      lang,
      `本年开工的项目按开工以来的时序进度比较：（报告月份−开工月份+1）/（12−开工月份+1），如${name}${monthText(s, "zh-CN")}开工，时序进度为${N - s + 1}/${13 - s}=${T}；汇总表各组仍按全年时序进度。`,
      `Projects started this year are compared with the time progress since their start month: (reporting month − start month + 1) / (12 − start month + 1); ${name}, started in ${monthText(s, "en")}: ${N - s + 1}/${13 - s} = ${T}. Group totals use the full-year time progress.`
    );
  }
  return say(
    lang,
    `本年开工的项目按开工以来的时序进度比较：开工以来已过天数/开工至年底天数，如${name}为${T}；汇总表各组仍按全年时序进度。`,
    `Projects started this year are compared with the time progress since their start: days since the start / days from the start to the year end (${name}: ${T}). Group totals use the full-year time progress.`
  );
}

/** "滞后20个百分点及以上为严重滞后。": the start of the last colour band (rules/bands.ts). */
export function severeNote(report: CheckReport, lang: Lang): string | null {
  const severe = severeLagPoints(report.rules.colourBands);
  if (severe === null) return null;
  return say(
    lang,
    `滞后${severe}个百分点及以上为严重滞后。`,
    `Severely behind: ${severe} points or more behind.`
  );
}

/** How 排名 is given (schedule/rank.ts). */
export function rankNote(lang: Lang): string {
  return say(
    lang,
    "排名按与时序进度比由低到高排列，最滞后的为第1名，数值相同（保留两位小数）的并列。",
    "Rank by variance, most behind first (1); equal variances (to two decimals) share a rank."
  );
}

/** Which colour bands mark the variance column. */
export function bandsNote(report: CheckReport, lang: Lang): string | null {
  const bands = report.rules.colourBands;
  if (bands.length === 0) return null;
  const labels = bands.map((b) => {
    const colour = colourName(b.fill);
    return say(
      lang,
      `${pick(b.label, "zh-CN")}标${colour["zh-CN"]}`,
      `${pick(b.label, "en")}: ${colour.en}`
    );
  });
  return say(
    lang,
    `与时序进度比按滞后程度着色：${labels.join("，")}。`,
    `Variance cells are coloured by lag: ${labels.join("; ")}.`
  );
}

/** A fill colour in words ("#FFEB9C" → 黄色), by hue, so notes can say which colour means what. */
export function colourName(hex: string): LocalText {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return { "zh-CN": "底色", en: "shaded" };
  const [r, g, b] = match.slice(1).map((h) => parseInt(h, 16) / 255);
  const max = Math.max(r, g, b);
  const chroma = max - Math.min(r, g, b);
  if (chroma < 0.08) return { "zh-CN": "灰色", en: "grey" };
  const sector =
    max === r
      ? ((g - b) / chroma + 6) % 6
      : max === g
        ? (b - r) / chroma + 2
        : (r - g) / chroma + 4;
  const hue = sector * 60;
  if (hue < 15 || hue >= 330) return { "zh-CN": "红色", en: "red" };
  if (hue < 42) return { "zh-CN": "橙色", en: "orange" };
  if (hue < 70) return { "zh-CN": "黄色", en: "yellow" };
  if (hue < 170) return { "zh-CN": "绿色", en: "green" };
  if (hue < 260) return { "zh-CN": "蓝色", en: "blue" };
  return { "zh-CN": "紫色", en: "purple" };
}

/** The rule set in use, and the USD rate when USD projects were converted. */
export function rulesNotes(report: CheckReport, lang: Lang): string[] {
  const notes = [
    say(
      lang,
      `入库标准及规则：${pick(report.rules.name, lang)}。`,
      `Rule set: ${pick(report.rules.name, lang)}.`
    ),
  ];
  if (hasUsdProjects(report)) {
    const rate = report.rules.usdToCny;
    notes.push(
      say(
        lang,
        `美元项目按1美元=${rate}元人民币折算。`,
        `USD projects are converted at USD 1 = CNY ${rate}.`
      )
    );
  }
  return notes;
}

/**
 * Whether a report has USD projects, remembered per projects array: the notes of every list and
 * summary ask, and each asking would walk all (100,000) projects again. A memo keyed by the
 * array itself (dropped with it), so the answer is always the one computing it would give.
 */
const usdByProjects = new WeakMap<readonly ProjectResult[], boolean>();

function hasUsdProjects(report: CheckReport): boolean {
  let usd = usdByProjects.get(report.projects);
  if (usd === undefined) {
    usd = report.projects.some((p) => p.row.currency === "USD");
    usdByProjects.set(report.projects, usd);
  }
  return usd;
}

export function roundingNote(lang: Lang): string {
  return say(
    lang,
    "金额四舍五入保留两位小数，合计与分项之和可能存在尾差。",
    "Amounts are rounded to two decimals; parts may not add up exactly to totals."
  );
}
