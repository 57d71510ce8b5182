/** Argument mistakes are told in the user's language: none of Node's English parseArgs text. */
import assert from "node:assert/strict";
import { fixtureWorkbooks, runCli } from "./run-cli";

/** Node's own parseArgs wording, which must never reach the user. */
const NODE_ENGLISH =
  /Unknown option|argument missing|does not take an argument|is ambiguous|To specify/;

describe("cli: argument errors in zh-CN and en", () => {
  it("words unknown options, missing values, values given to switches and swallowed options", async () => {
    const { paths } = await fixtureWorkbooks();
    const cases: [string[], RegExp, RegExp][] = [
      [
        ["check", paths.messy, "--shet", "台账"],
        /^没有 --shet 这个选项。是否想写 --sheet？/,
        /^unknown option --shet\. Did you mean --sheet\?/,
      ],
      [["check", paths.messy, "-x"], /^没有 -x 这个选项。/, /^unknown option -x\./],
      [
        ["check", paths.messy, "--json"],
        /^选项 --json 缺少取值。/,
        /^option --json needs a value\./,
      ],
      [
        ["check", paths.messy, "--strict=yes"],
        /^选项 --strict 不带取值（收到“--strict=yes”）。/,
        /^option --strict takes no value \(got "--strict=yes"\)\./,
      ],
      [
        ["check", paths.messy, "--sheet", "--json", "-"],
        /^选项 --sheet 后面是“--json”，像是另一个选项：是否漏写了 --sheet 的取值？若取值本身以 - 开头，请写成 --sheet=--json。/,
        /^option --sheet is followed by "--json", which looks like another option/,
      ],
    ];
    for (const [argv, zh, en] of cases) {
      const run = await runCli(argv);
      assert.equal(run.code, 2, argv.join(" "));
      assert.match(run.stderr, zh, argv.join(" "));
      assert.match(run.stderr, /\n查看用法：taizhang check --help\n$/);
      assert.doesNotMatch(run.stderr, NODE_ENGLISH);
      const english = await runCli([argv[0], "--lang", "en", ...argv.slice(1)]);
      assert.match(english.stderr, en, argv.join(" "));
      assert.doesNotMatch(english.stderr, NODE_ENGLISH);
    }
  });

  it("still accepts what parseArgs accepts: --flag=value, a value starting with - after =, -h", async () => {
    const { paths } = await fixtureWorkbooks();
    assert.equal((await runCli(["check", paths.messy, "--json=-"])).code, 0);
    const negative = await runCli(["check", paths.messy, "--usd-rate=-7"]);
    assert.match(negative.stderr, /--usd-rate 应为正数，收到 "-7"/);
    assert.match((await runCli(["check", "-h"])).stdout, /用法：taizhang check/);
    // A file whose name starts with "-" goes after --.
    const run = await runCli(["check", "--", "-not-there.xlsx"]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /-not-there\.xlsx/);
  });
});
