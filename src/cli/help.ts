/** Help texts, in the language of --lang (Chinese by default). */
import type { Lang } from "../core/index";
import type { Command } from "./args";

const GENERAL: Record<Lang, string> = {
  "zh-CN": `台账助手 Taizhang — 重点项目台账检查、核对、汇总

用法：
  taizhang check <台账.xlsx> [选项]            检查台账，输出汇总、滞后项目、数据问题和报告段落
  taizhang reconcile <上月.xlsx> <本月.xlsx>   月度核对：新增/减少项目、累计额下降、计划调整、本月增量
  taizhang consolidate <a.xlsx> <b.xlsx> … --out 汇总.xlsx   多个单位台账合并为一本
  taizhang <命令> --help                       查看命令的选项
  taizhang --version                           版本号

退出码：0 完成（发现数据问题也算完成）；1 使用 --strict 且台账有“错误”级问题；
        2 参数错误、文件无法读取或不受支持、找不到台账、结果无法写出（提示会指出文件、工作表、行、列）；
        141 读取输出的程序提前关闭了管道（如 | head）。
原文件只读，从不改写。English: add --lang en.
`,
  en: `Taizhang — check, reconcile and consolidate key-project ledgers (重点项目台账)

Usage:
  taizhang check <ledger.xlsx> [options]            check a ledger: summary, lagging projects, data problems, report paragraph
  taizhang reconcile <previous.xlsx> <current.xlsx> monthly reconciliation: added/removed projects, decreases, plan changes, increment
  taizhang consolidate <a.xlsx> <b.xlsx> … --out merged.xlsx   merge unit ledgers into one
  taizhang <command> --help                         options of a command
  taizhang --version                                version

Exit codes: 0 done (data findings are not failures); 1 with --strict when the ledger has errors;
            2 usage error, unreadable or unsupported file, no ledger found, or an output that could not be written
              (the message names the file, sheet, row or column); 141 the reader of the output closed the pipe (| head).
Input files are opened read-only and never written to.
`,
};

const COMMON_ZH = `  --sheet 名称            指定工作表（默认：第一个能识别为台账的工作表）
  --rules 规则            内置规则（municipal-3000 默认、provincial-1yi、platform-5000）或 JSON 规则文件
  --usd-rate 汇率         美元折人民币汇率（覆盖规则中的 usdToCny）
  --lang zh-CN|en         输出语言（默认 zh-CN）
  --json 文件|-           写出 JSON 结果（紧凑格式；- 表示输出到屏幕）
  --pretty                JSON 按缩进排版，便于阅读
  --strict                台账有“错误”级问题时退出码为 1`;
const COMMON_EN = `  --sheet NAME            the sheet to read (default: the first that reads as a ledger)
  --rules RULES           a built-in rule set (municipal-3000 = default, provincial-1yi, platform-5000) or a JSON rules file
  --usd-rate R            USD→CNY rate (overrides usdToCny of the rules)
  --lang zh-CN|en         output language (default zh-CN)
  --json FILE|-           write the JSON result (compact; - for stdout)
  --pretty                indent the JSON for reading
  --strict                exit 1 when the ledger has error-level findings`;
const PERIOD_ZH = `  --as-of YYYY-MM-DD      截至日期（台账表头没有报告期时使用；按日计算时序进度时也用它）
  --month N               报告月份 1-12（覆盖表头中的“1-N月”）
  --time-mode month|day   时序进度按月（N/12，默认）或按日计算
  --group-by 字段[,字段]  分组：字段名（sector、category、responsibleUnit、level、county…）、表头文字或列字母`;
const PERIOD_EN = `  --as-of YYYY-MM-DD      as-of date (when the headers give no period; also the day for --time-mode day)
  --month N               reporting month 1-12 (overrides "1-N月" in the headers)
  --time-mode month|day   time progress by month (N/12, default) or by day
  --group-by F[,F…]       group by a field (sector, category, responsibleUnit, level, county…), a header text or a column letter`;

const COMMANDS_HELP: Record<Command, Record<Lang, string>> = {
  check: {
    "zh-CN": `用法：taizhang check <台账.xlsx> [选项]

不加 --json/--out 时在屏幕上打印：合计、分组表、最滞后的项目、未达入库标准的项目、数据问题和报告段落。

选项：
${COMMON_ZH}
${PERIOD_ZH}
  --out 报告.xlsx         写出报告工作簿（汇总表、清单、督导函清单，含完成率与时序进度对比图）
  --append                与 --out 同用：复制原工作簿并追加报告工作表（原工作表原样保留；
                          含图表、数据透视表、宏等无法保留的内容时拒绝执行）
  --letters 文件夹        为每个有滞后或未开工项目的责任单位写一份督导函（Word 文档 督导函-单位.docx；
                          文件夹不存在时新建，同名文件被替换，其他文件不动）
  --letter-date YYYY-MM-DD  督导函的成文日期（默认今天）
  --letter-number 格式    文号格式，{year} 为年份、{n} 为序号（默认“重点办督〔{year}〕{n}号”）
  --letter-start N        第一份督导函的序号 {n}（默认 1）
  --issuer 名称           发文单位（默认“重点项目建设推进办公室”）

示例：npx taizhang check samples/county-2024-m09.xlsx --out /tmp/报告.xlsx
      npx taizhang check samples/county-2024-m09.xlsx --letters /tmp/督导函 --issuer 县重点项目建设推进办公室
`,
    en: `Usage: taizhang check <ledger.xlsx> [options]

Without --json/--out it prints the totals, the group tables, the worst lagging projects, the projects
failing the listing criteria, the data problems and the report paragraph.

Options:
${COMMON_EN}
${PERIOD_EN}
  --out REPORT.xlsx       write the report workbook (summary tables, lists, the list of letters, with a chart of completion vs time progress)
  --append                with --out: copy the input workbook and add the report sheets (original sheets kept as they are;
                          refuses workbooks with charts, pivot tables, macros or other parts that cannot be carried over)
  --letters FOLDER        write one reminder letter (督导函, a Word document Letter-UNIT.docx with --lang en) per
                          responsible unit with projects behind schedule or not started (the folder is made if
                          missing; a file of the same name is replaced, other files are left alone)
  --letter-date YYYY-MM-DD  the letters' date (default today)
  --letter-number PATTERN the letter number (文号), {year} for the year and {n} for the number
                          (default "重点办督〔{year}〕{n}号")
  --letter-start N        {n} of the first letter (default 1)
  --issuer NAME           the sender (default 重点项目建设推进办公室 / Key Projects Office)

Examples: npx taizhang check samples/county-2024-m09.xlsx --out /tmp/report.xlsx
          npx taizhang check samples/county-2024-m09.xlsx --letters /tmp/letters --issuer 县重点项目建设推进办公室
`,
  },
  reconcile: {
    "zh-CN": `用法：taizhang reconcile <上月.xlsx> <本月.xlsx> [选项]

选项：
${COMMON_ZH}
  --out 核对表.xlsx       写出月度核对表
`,
    en: `Usage: taizhang reconcile <previous.xlsx> <current.xlsx> [options]

Options:
${COMMON_EN}
  --out FILE.xlsx         write the reconciliation sheet
`,
  },
  consolidate: {
    "zh-CN": `用法：taizhang consolidate <a.xlsx> <b.xlsx> … --out 汇总.xlsx [选项]

把多个单位的台账合并为一本（增加“来源”列，金额统一为万元），并附汇总表和清单。

选项：
${COMMON_ZH}
${PERIOD_ZH}
  --out 汇总.xlsx         写出汇总工作簿（必填）
`,
    en: `Usage: taizhang consolidate <a.xlsx> <b.xlsx> … --out merged.xlsx [options]

Merges the unit ledgers into one (with a 来源/source column, amounts in 万元) plus the summary sheets.

Options:
${COMMON_EN}
${PERIOD_EN}
  --out FILE.xlsx         the merged workbook (required)
`,
  },
};

export function generalHelp(lang: Lang): string {
  return GENERAL[lang];
}

export function commandHelp(command: Command, lang: Lang): string {
  return COMMANDS_HELP[command][lang];
}
