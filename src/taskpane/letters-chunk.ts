/**
 * What the pane fetches for the 督导函, as one chunk: the letters (src/app) and the Word writer
 * (src/docx, the docx package). Nothing of it is in the pane's first load.
 */
import type { CheckReport, Lang } from "../core/index";
import { type LetterDownload, letterDownload } from "../app/letters";
import type { WorkbookOptions } from "../app/settings";
import { lettersZip } from "../docx/index";

export function lettersDownloadFor(
  report: CheckReport,
  settings: WorkbookOptions,
  lang: Lang,
  today: string
): Promise<LetterDownload | null> {
  return letterDownload(report, settings, lang, today, lettersZip);
}
