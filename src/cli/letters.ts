/**
 * `check --letters DIR`: one 督导函 (.docx) per unit with lagging or not-started projects, into a
 * folder. Each file is written as every output is (temporary file, then renamed), never over an
 * input, and an existing file of the same name is replaced; other files in the folder stay.
 */
import { mkdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { type CheckReport, buildReminderLetters, localIsoDate, say } from "../core/index";
import type { CommonOptions } from "./args";
import type { CliIo } from "./io";
import { assertOutputsAreNotInputs, writeOutputFile } from "./output";
import { usageError } from "./usage";

/** Refuses a --letters path that exists and is not a folder (a file, the ledger itself). */
export async function assertLetterFolder(dir: string): Promise<void> {
  const found = await stat(dir).catch(() => null);
  if (found !== null && !found.isDirectory()) {
    throw usageError(
      `--letters 应是一个文件夹（每个单位一份督导函 .docx 写在里面），而 ${dir} 是一个文件。`,
      `--letters must be a folder (one .docx letter per unit goes into it), but ${dir} is a file.`
    );
  }
}

/**
 * Writes the letters of a report into options.letters; returns the paths written (none when no
 * unit needs a letter, which it says on stderr). `inputs` and the other outputs are never overwritten.
 */
export async function writeLetters(
  report: CheckReport,
  options: CommonOptions & { letters: string },
  inputs: string[],
  io: CliIo
): Promise<string[]> {
  const { lang, letters: dir } = options;
  const letters = buildReminderLetters(report, {
    lang,
    // Today on this machine's calendar, unless --letter-date gives the day.
    date: options.letterDate ?? localIsoDate(new Date()),
    ...(options.letterNumber === undefined ? {} : { letterNumber: options.letterNumber }),
    ...(options.letterStart === undefined ? {} : { firstLetterNumber: options.letterStart }),
    ...(options.issuer === undefined ? {} : { issuer: options.issuer }),
  });
  if (letters.length === 0) {
    io.stderr(
      say(
        lang,
        "没有进度滞后或未开工项目的责任单位，未写出督导函。\n",
        "No responsible unit has projects behind schedule or not started: no letters written.\n"
      )
    );
    return [];
  }
  const paths = letters.map((letter) => join(dir, `${letter.fileName}.docx`));
  await assertOutputsAreNotInputs([options.out, options.json, ...paths], inputs);
  await mkdir(dir, { recursive: true });
  // Imported here (a chunk of its own in the precompiled command): a check without --letters
  // never loads docx.
  const docx = await import("../docx/index");
  const files = await docx.letterFiles(letters);
  for (let i = 0; i < files.length; i++)
    await writeOutputFile(paths[i], Buffer.from(files[i].bytes));
  return paths;
}
