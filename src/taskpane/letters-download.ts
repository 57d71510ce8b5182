/**
 * The 督导函 download of the Output step: the check's letters as one .zip of .docx files. The
 * letters and the Word writer are a chunk of their own (letters-chunk.ts), fetched from the
 * add-in's own site only when the user asks, so the pane's first load does not carry them.
 */
import { type CheckReport, type Lang, localIsoDate } from "../core/index";
import type { LetterDownload } from "../app/letters";
import type { WorkbookOptions } from "../app/settings";

const loadLetters = () => import(/* webpackChunkName: "docx-letters" */ "./letters-chunk");

/** Makes and saves the letters; resolves to how many there are (0: no unit needs one, nothing saved). */
export async function downloadLetters(
  report: CheckReport,
  settings: WorkbookOptions,
  lang: Lang
): Promise<number> {
  const { lettersDownloadFor } = await loadLetters();
  const download = await lettersDownloadFor(report, settings, lang, localIsoDate(new Date()));
  if (download === null) return 0;
  saveFile(download);
  return download.count;
}

/** Hands the bytes to the webview's download (Office's webviews save it or ask where to). */
function saveFile({ fileName, bytes }: LetterDownload): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: "application/zip" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some webviews read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
