/**
 * What the pane says about the detected ledger: none here, found but uncertain (ambiguous), or
 * ready to check; and why, in plain words.
 */
import type { Ledger, LocalText } from "../../core/index";
import { FIELD_LABELS } from "../../core/index";
import type { FieldKey } from "../../core/index";

export type DetectVerdict = "no-ledger" | "ambiguous" | "ready";

/** Fields whose absence or guessing makes the check unreliable. */
const CHECK_FIELDS: readonly FieldKey[] = ["name", "annualPlan", "completed"];

/** A guess below this confidence is shown as uncertain. */
export const SURE_CONFIDENCE = 0.8;

export interface DetectAssessment {
  verdict: DetectVerdict;
  reasons: LocalText[];
}

/** `monthGiven`: the user chose a month or as-of date, so a ledger without one is fine. */
export function assessLedger(ledger: Ledger, monthGiven = false): DetectAssessment {
  if (!ledger.found || ledger.projects.length === 0) {
    return {
      verdict: "no-ledger",
      reasons: ledger.findings
        .filter((f) => f.severity === "error" || f.code === "read.not-a-ledger")
        .map((f) => f.message),
    };
  }
  const reasons: LocalText[] = [];
  for (const field of CHECK_FIELDS) {
    const match = ledger.columns[field];
    const label = FIELD_LABELS[field];
    if (!match) {
      reasons.push({
        "zh-CN": `没有找到“${label["zh-CN"]}”列。`,
        en: `No "${label.en}" column was found.`,
      });
    } else if (match.by !== "user" && match.confidence < SURE_CONFIDENCE) {
      reasons.push({
        "zh-CN": `“${label["zh-CN"]}”可能是第 ${match.letter} 列（${match.header || "无表头"}），请确认。`,
        en: `"${label.en}" may be column ${match.letter} (${match.header || "no header"}); please confirm.`,
      });
    }
  }
  for (const finding of ledger.findings.filter((f) => f.code === "read.duplicate-column"))
    reasons.push(finding.message);
  if (ledger.reportingMonth === null && !monthGiven) {
    reasons.push({
      "zh-CN": "表头和标题中没有找到报告期（如“1-9月”），请在下面填写月份或截止日期。",
      en: 'No reporting month (such as "1-9月") was found in the headers or title; enter the month or the as-of date below.',
    });
  }
  return { verdict: reasons.length > 0 ? "ambiguous" : "ready", reasons };
}
