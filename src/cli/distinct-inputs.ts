/**
 * One file given twice to reconcile or consolidate is refused: as the same file (a repeated
 * path, "./a.xlsx" for "a.xlsx", a hard or symbolic link), or as two byte-identical copies,
 * which two months or two units never send. Either would double every total of a
 * consolidation, or reconcile a ledger with itself, without a word.
 */
import { createHash } from "node:crypto";
import { FileProblem } from "../xlsx/errors";
import { findSameFile } from "./file-identity";

export type MultiFileCommand = "reconcile" | "consolidate";

/** Before reading: no two paths name one file. */
export async function assertDistinctFiles(
  files: string[],
  command: MultiFileCommand
): Promise<void> {
  const same = await findSameFile(files);
  if (same === null) return;
  const [a, b] = same.map((i) => files[i]);
  const named =
    a === b
      ? { "zh-CN": `${a} 被给了两次`, en: `${a} is given twice` }
      : { "zh-CN": `${a} 与 ${b} 是同一个文件`, en: `${a} and ${b} are one file` };
  throw new FileProblem(b, {
    "zh-CN": `${named["zh-CN"]}：${CONSEQUENCE[command]["zh-CN"]}`,
    en: `${named.en}: ${CONSEQUENCE[command].en}`,
  });
}

/**
 * While reading: call with each input's bytes in turn; throws when they equal an earlier
 * input's (compared by SHA-256, so only one digest per file is kept).
 */
export function contentGuard(command: MultiFileCommand): (file: string, bytes: Uint8Array) => void {
  const seen = new Map<string, string>();
  return (file, bytes) => {
    const digest = createHash("sha256").update(bytes).digest("hex");
    const earlier = seen.get(digest);
    if (earlier === undefined) {
      seen.set(digest, file);
      return;
    }
    throw new FileProblem(file, {
      "zh-CN": `${earlier} 与 ${file} 内容完全相同（逐字节一致），是同一个工作簿的两份副本：${CONSEQUENCE[command]["zh-CN"]}${COPIES[command]["zh-CN"]}`,
      en: `${earlier} and ${file} are byte for byte the same workbook, two copies of one file: ${CONSEQUENCE[command].en}${COPIES[command].en}`,
    });
  };
}

const CONSEQUENCE = {
  reconcile: {
    "zh-CN": "核对需要上月和本月两个不同的台账，同一个台账自己与自己核对什么也发现不了。",
    en: "reconciling needs last month's and this month's ledgers, two different files; a ledger against itself shows nothing.",
  },
  consolidate: {
    "zh-CN": "汇总会把其中每个项目算两遍。请每个单位的台账只给一次。",
    en: "consolidating would count every project in it twice. Give each unit's ledger once.",
  },
} as const;

const COPIES = {
  reconcile: {
    "zh-CN": "请检查是否放错了文件。",
    en: " Check that the right files were picked.",
  },
  consolidate: {
    "zh-CN": "两个单位不会报送一模一样的工作簿，请检查是否放错了文件。",
    en: " Two units never send identical workbooks: check that the right files were picked.",
  },
} as const;
