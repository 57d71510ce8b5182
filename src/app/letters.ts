/**
 * The 督导函 from a pane: the check's letters with the saved sender, 文号 and date (the day the
 * view's clock gives when none is saved), packed by a writer the view loads on demand (the .docx
 * code is a chunk of its own, src/docx), with the name the download gets.
 */
import {
  type CheckReport,
  type Lang,
  type ReminderLetter,
  buildReminderLetters,
  periodLabel,
  say,
  uniqueFileNames,
} from "../core/index";
import { outputOptionsOf } from "./options";
import type { WorkbookOptions } from "./settings";

/** Packs letters into one file (src/docx's lettersZip). */
export type LetterPacker = (letters: readonly ReminderLetter[]) => Promise<Uint8Array>;

export interface LetterDownload {
  /** "督导函-2024年1-9月.zip". */
  fileName: string;
  bytes: Uint8Array;
  /** Letters inside. */
  count: number;
}

/** The letters of a report with the saved settings; `today` is YYYY-MM-DD from the view's clock. */
export function paneLetters(
  report: CheckReport,
  settings: WorkbookOptions,
  lang: Lang,
  today: string
): ReminderLetter[] {
  return buildReminderLetters(report, {
    ...outputOptionsOf(settings, lang),
    date: settings.letterDate ?? today,
  });
}

/** Every letter in one archive, or null when no unit needs one. */
export async function letterDownload(
  report: CheckReport,
  settings: WorkbookOptions,
  lang: Lang,
  today: string,
  pack: LetterPacker
): Promise<LetterDownload | null> {
  const letters = paneLetters(report, settings, lang, today);
  if (letters.length === 0) return null;
  const period = periodLabel(report.period, settings.lang ?? lang);
  const base = say(settings.lang ?? lang, "督导函", "Reminder letters");
  const [name] = uniqueFileNames([period ? `${base}-${period}` : base]);
  return { fileName: `${name}.zip`, bytes: await pack(letters), count: letters.length };
}
