/**
 * The 督导函 as Word documents: one .docx per letter, or all of them in one .zip (the task pane's
 * download). Loaded on demand by the CLI (--letters) and the pane, never on their first load.
 */
import { zipSync } from "fflate";
import type { ReminderLetter } from "../core/index";
import { letterDocument } from "./letter-document";

export { LETTER_FONTS, LETTER_PAGE, letterDocument } from "./letter-document";

export interface LetterFile {
  /** "督导函-县交通局.docx": the letter's file name (safe on every disk, unique among the letters). */
  name: string;
  bytes: Uint8Array;
}

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Each letter as a .docx, in the letters' order. */
export async function letterFiles(letters: readonly ReminderLetter[]): Promise<LetterFile[]> {
  const files: LetterFile[] = [];
  for (const letter of letters)
    files.push({ name: `${letter.fileName}.docx`, bytes: await letterDocument(letter) });
  return files;
}

/** Every letter's .docx in one .zip (names in UTF-8; the .docx are already compressed, so stored). */
export async function lettersZip(letters: readonly ReminderLetter[]): Promise<Uint8Array> {
  const entries: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const file of await letterFiles(letters)) entries[file.name] = [file.bytes, { level: 0 }];
  return zipSync(entries);
}
