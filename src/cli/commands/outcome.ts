/** Exit codes of the commands. */
import type { Finding } from "../../core/index";

export const EXIT_OK = 0;
export const EXIT_STRICT_ERRORS = 1;
export const EXIT_USAGE = 2;

/** Findings are not failures, except with --strict when one is an error. */
export function exitCodeFor(findings: Finding[], strict: boolean): number {
  return strict && findings.some((f) => f.severity === "error") ? EXIT_STRICT_ERRORS : EXIT_OK;
}
