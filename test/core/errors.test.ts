/**
 * One error base: every error the product words carries a kind, a code and both languages;
 * anything else is a bug and is said to be one, in the pane, the classic pane, the CLI and the
 * Office.js adapter alike.
 */
import assert from "node:assert/strict";
import {
  HostError,
  InputError,
  TaizhangError,
  errorReport,
  isTaizhangError,
} from "../../src/core/errors";
import { FileProblem } from "../../src/xlsx/errors";
import { UsageError } from "../../src/cli/usage";
import { toAdapterError } from "../../src/excel/session";
import { FakeRichApiError } from "../../src/preview/fake-excel/client";
import { EXIT_BUG, runCommandLine, type CommandLoaders } from "../../src/cli/command-line";
import { errorText } from "../../src/taskpane-classic/app";

const TEXT = { "zh-CN": "中文", en: "English" };

describe("errors: one base with a kind, a code and both languages", () => {
  it("gives each kind of error its kind, and keeps subclasses apart", () => {
    const cases: Array<[TaizhangError, string, string]> = [
      [new InputError(TEXT, "input.month"), "input", "input.month"],
      [new HostError(TEXT, "excel.AccessDenied"), "host", "excel.AccessDenied"],
      [new FileProblem("a.xlsx", TEXT), "file", "file"],
      [new UsageError(TEXT), "usage", "usage"],
    ];
    for (const [error, kind, code] of cases) {
      assert.ok(isTaizhangError(error) && error instanceof Error);
      assert.deepEqual(errorReport(error), { kind, code, text: TEXT });
      assert.equal(error.message, "English");
      assert.equal(error.textIn("zh-CN"), "中文");
    }
    assert.ok(!(new HostError(TEXT, "x") instanceof InputError));
    assert.ok(!(new InputError(TEXT) instanceof HostError));
  });

  it("reports anything else as a bug, in both languages, naming what was thrown", () => {
    for (const thrown of [new TypeError("x is undefined"), "a string", null]) {
      const report = errorReport(thrown);
      assert.equal(report.kind, "bug");
      assert.match(report.text["zh-CN"], /^台账助手内部出错（.*）。这不是您的操作问题/);
      assert.match(
        report.text.en,
        /^Taizhang hit an internal error \(.*\)\. This is not something you did/
      );
    }
    assert.match(errorReport(new RangeError("too far")).text.en, /\(RangeError: too far\)/);
  });

  it("the Office.js adapter: Office errors become HostErrors, programming errors stay bugs", () => {
    const refused = toAdapterError(new FakeRichApiError("AccessDenied", "denied"));
    assert.ok(refused instanceof HostError);
    assert.equal(refused.code, "excel.AccessDenied");
    assert.match(refused.text["zh-CN"], /受保护/);
    const unknown = toAdapterError(new FakeRichApiError("GeneralException", "boom"));
    assert.ok(unknown instanceof HostError && /GeneralException/.test(unknown.text.en));
    const ours = new InputError(TEXT, "input.month");
    assert.equal(toAdapterError(ours), ours);
    const typeError = new TypeError("cannot read properties of undefined");
    assert.throws(
      () => toAdapterError(typeError),
      (e: unknown) => e === typeError
    );
    const notLoaded = new FakeRichApiError("PropertyNotLoaded", "load first");
    assert.throws(
      () => toAdapterError(notLoaded),
      (e: unknown) => e === notLoaded
    );
    // An object with a code but not from Office (a Node error, say) is not the host's either.
    const nodeError = Object.assign(new Error("nope"), { code: "ENOENT" });
    assert.throws(
      () => toAdapterError(nodeError),
      (e: unknown) => e === nodeError
    );
  });

  it("the classic pane words a bug as a bug and our errors as they are", () => {
    assert.equal(errorText(new HostError(TEXT, "excel.x"), "en"), "English");
    assert.match(errorText(new TypeError("t"), "zh-CN"), /^台账助手内部出错（TypeError: t）/);
  });

  it("the CLI: a bug exits 70 with the words and the stack, our errors exit 2", async () => {
    const failing = (error: unknown): CommandLoaders => {
      const run = async () => {
        throw error;
      };
      return { check: async () => run, reconcile: async () => run, consolidate: async () => run };
    };
    const run = async (error: unknown, lang: "zh-CN" | "en") => {
      let stderr = "";
      const io = {
        stdout: () => {},
        stderr: (t: string) => (stderr += t),
        stderrIsTty: false,
        columns: 80,
      };
      const argv = ["check", "x.xlsx", ...(lang === "en" ? ["--lang", "en"] : [])];
      return { code: await runCommandLine(argv, io, failing(error)), stderr };
    };
    const bug = await run(new TypeError("x is undefined"), "zh-CN");
    assert.equal(bug.code, EXIT_BUG);
    assert.match(bug.stderr, /^台账助手内部出错（TypeError: x is undefined）/);
    assert.match(bug.stderr, /\n {4}at /, "the stack, for the report");
    const file = await run(new FileProblem("x.xlsx", TEXT), "en");
    assert.deepEqual(file, { code: 2, stderr: "English\n" });
    const usage = await run(new UsageError(TEXT), "en");
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /^English\nSee: taizhang check --help\n$/);
    const host = await run(new HostError(TEXT, "excel.x"), "zh-CN");
    assert.deepEqual(host, { code: 2, stderr: "中文\n" });
  });
});
