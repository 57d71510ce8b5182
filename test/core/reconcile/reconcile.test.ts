import assert from "node:assert/strict";
import fc from "fast-check";
import { reconcileLedgers } from "../../../src/core/reconcile/reconcile";
import { matchProjects, normaliseCode, normaliseName } from "../../../src/core/reconcile/identity";
import { DEFAULT_RULES } from "../../../src/core/rules/presets";
import { makeLedger, makeProject, type ProjectSeed } from "../../helpers/ledger-builder";
import { projectSeeds } from "./arbitraries";

const may = (projects: ProjectSeed[]) =>
  makeLedger(projects, { sheetName: "5月", reportingMonth: 5 });
const june = (projects: ProjectSeed[]) =>
  makeLedger(projects, { sheetName: "6月", reportingMonth: 6 });
const refs = (list: { name: string | null; sheetRow: number }[]) =>
  list.map((r) => [r.name, r.sheetRow]);

describe("normaliseName and matching", () => {
  it("ignores spaces, brackets, full-width forms and trailing 项目/工程/建设", () => {
    assert.equal(normaliseName("城南 污水处理厂（一期）工程"), "城南污水处理厂一期");
    assert.equal(normaliseName("城南污水处理厂(一期)项目"), "城南污水处理厂一期");
    assert.equal(normaliseName("ＸＸ路改造建设工程项目"), "xx路改造");
    assert.equal(normaliseName("【重点】XX学校"), "重点xx学校");
    assert.equal(normaliseName("城南汙水處理廠項目"), "城南污水处理厂"); // Traditional folds to Simplified
    assert.equal(normaliseName("工程"), "工程"); // never stripped down to nothing
    assert.equal(normaliseName("  "), null);
    assert.equal(normaliseName(null), null);
    // Phase numbers stay: they are different projects.
    assert.notEqual(normaliseName("XX园区（一期）"), normaliseName("XX园区（二期）"));
  });

  it("matches by code first, then by name, and never across different codes", () => {
    const before = [
      makeProject({ name: "甲", code: "C1" }, 0),
      makeProject({ name: "乙路工程" }, 1),
      makeProject({ name: "丙", code: "C3" }, 2),
    ];
    const after = [
      makeProject({ name: "甲（改名）", code: "C1" }, 0),
      makeProject({ name: "乙路项目", code: "C2" }, 1),
      makeProject({ name: "丙", code: "C9" }, 2),
    ];
    const { pairs, unmatchedPrevious, unmatchedCurrent } = matchProjects(before, after);
    assert.deepEqual(
      pairs.map((p) => [p.previous.name, p.current.name, p.by]),
      [
        ["甲", "甲（改名）", "code"],
        ["乙路工程", "乙路项目", "name"],
      ]
    );
    assert.deepEqual(
      unmatchedPrevious.map((p) => p.name),
      ["丙"]
    );
    assert.deepEqual(
      unmatchedCurrent.map((p) => p.name),
      ["丙"]
    );
  });
});

describe("reconcileLedgers", () => {
  it("added and removed projects", () => {
    const result = reconcileLedgers(
      may([
        { name: "甲", done: 10 },
        { name: "乙", done: 20 },
        { name: "丙", done: 30 },
      ]),
      june([
        { name: "甲", done: 15 },
        { name: "乙", done: 20 },
        { name: "丁", done: 5 },
      ]),
      DEFAULT_RULES
    );
    assert.deepEqual(refs(result.added), [["丁", 6]]);
    assert.deepEqual(refs(result.removed), [["丙", 6]]);
    assert.deepEqual(result.previous, { sheet: "5月", month: 5 });
    assert.deepEqual(result.current, { sheet: "6月", month: 6 });
    assert.deepEqual(
      result.increments.map((i) => [i.name, i.previous, i.current, i.increment]),
      [
        ["甲", 10, 15, 5],
        ["乙", 20, 20, 0],
      ]
    );
    assert.equal(result.monthIncrement, 5);
    assert.deepEqual(result.findings, []);
  });

  it("a cumulative that went down is an error naming both sheets and rows", () => {
    const result = reconcileLedgers(
      may([
        { name: "甲", done: 100 },
        { name: "乙", done: 1200 },
      ]),
      june([
        { name: "新", done: 1 },
        { name: "甲", done: 110 },
        { name: "乙", done: 1000 },
      ]),
      DEFAULT_RULES
    );
    assert.deepEqual(result.decreased, [
      { code: null, name: "乙", sheetRow: 6, previous: 1200, current: 1000 },
    ]);
    assert.deepEqual(
      result.findings.map((f) => [f.code, f.severity, f.sheet, f.sheetRow, f.column]),
      [["reconcile.decreased", "error", "6月", 6, "B"]]
    );
    assert.equal(
      result.findings[0].message["zh-CN"],
      "“乙”本年累计完成投资减少了200万元：上期“5月”第5行为1,200万元，本期“6月”第6行为1,000万元。累计数不应减少"
    );
    assert.equal(result.monthIncrement, 10 - 200);
  });

  it("across a year boundary the cumulative restarts: no decrease, a note instead", () => {
    const december = makeLedger([{ name: "甲", done: 5000, plan: 6000 }], {
      sheetName: "2023年12月",
      reportingYear: 2023,
      reportingMonth: 12,
    });
    const january = makeLedger([{ name: "甲", done: 300, plan: 7000 }], {
      sheetName: "2024年1月",
      reportingYear: 2024,
      reportingMonth: 1,
    });
    const result = reconcileLedgers(december, january, DEFAULT_RULES);
    assert.deepEqual(result.decreased, []);
    assert.deepEqual(result.planChanged, []);
    assert.deepEqual(
      result.increments.map((i) => [i.previous, i.current, i.increment]),
      [[5000, 300, 300]]
    );
    assert.equal(result.monthIncrement, 300);
    assert.deepEqual(
      result.findings.map((f) => [f.code, f.severity]),
      [["reconcile.year-boundary", "info"]]
    );
    assert.match(
      result.findings[0].message["zh-CN"],
      /^上期台账为2023年，本期为2024年：本年累计完成投资从年初重新累计/
    );
  });

  it("annual plan and total investment changes", () => {
    const result = reconcileLedgers(
      may([
        { name: "甲", code: "A", total: 5000, plan: 2000, done: 100 },
        { name: "乙", total: 3000, plan: 1000, done: 100 },
      ]),
      june([
        { name: "甲", code: "A", total: 5000, plan: 2500, done: 200 },
        { name: "乙", total: 3600, plan: null, done: 200 },
      ]),
      DEFAULT_RULES
    );
    assert.deepEqual(result.planChanged, [
      { code: "A", name: "甲", sheetRow: 4, previous: 2000, current: 2500 },
      { code: null, name: "乙", sheetRow: 5, previous: 1000, current: null },
    ]);
    assert.deepEqual(result.totalChanged, [
      { code: null, name: "乙", sheetRow: 5, previous: 3000, current: 3600 },
    ]);
    const messages = result.findings.map((f) => [f.code, f.severity, f.message["zh-CN"]]);
    assert.deepEqual(messages, [
      [
        "reconcile.missing-code",
        "warning",
        "上期台账 工作表“5月”有1个项目没有填项目编码（第5行）：这些项目只能按名称匹配，名称改动后会被当作减少和新增",
      ],
      [
        "reconcile.missing-code",
        "warning",
        "本期台账 工作表“6月”有1个项目没有填项目编码（第5行）：这些项目只能按名称匹配，名称改动后会被当作减少和新增",
      ],
      [
        "reconcile.plan-changed",
        "info",
        "“甲”的年度计划投资由2,000万元（上期“5月”第4行）调整为2,500万元（本期“6月”第4行）",
      ],
      [
        "reconcile.plan-changed",
        "info",
        "“乙”的年度计划投资由1,000万元（上期“5月”第5行）调整为空白（本期“6月”第5行）",
      ],
      [
        "reconcile.total-changed",
        "info",
        "“乙”的总投资由3,000万元（上期“5月”第5行）调整为3,600万元（本期“6月”第5行）",
      ],
    ]);
  });

  it("does not call a plan changed when one ledger has no plan column", () => {
    const result = reconcileLedgers(
      may([{ name: "甲", done: 1 }]),
      june([{ name: "甲", plan: 100, done: 2 }]),
      DEFAULT_RULES
    );
    assert.deepEqual(result.planChanged, []);
  });

  it("converts USD rows to 万元 for increments", () => {
    const result = reconcileLedgers(
      may([{ name: "外资", currency: "USD", done: 100 }]),
      june([{ name: "外资", currency: "USD", done: 150 }]),
      DEFAULT_RULES
    );
    assert.deepEqual(
      result.increments.map((i) => [i.previous, i.current, i.increment]),
      [[710, 1065, 355]]
    );
    assert.equal(result.monthIncrement, 355);
  });

  it("no completion columns: increments and the total are null", () => {
    const result = reconcileLedgers(
      may([{ name: "甲", plan: 1 }]),
      june([{ name: "甲", plan: 1 }]),
      DEFAULT_RULES
    );
    assert.deepEqual(
      result.increments.map((i) => i.increment),
      [null]
    );
    assert.equal(result.monthIncrement, null);
  });

  it("previous cumulative + 当月完成 against the current cumulative", () => {
    const result = reconcileLedgers(
      may([
        { name: "甲", done: 100 },
        { name: "乙", done: 200 },
        { name: "丙", done: 300 },
      ]),
      june([
        { name: "甲", done: 150, thisMonth: 50 },
        { name: "乙", done: 260, thisMonth: 40 },
        { name: "丙", done: 330.4, thisMonth: 30 },
      ]),
      DEFAULT_RULES
    );
    assert.deepEqual(result.monthMismatches, [
      { code: null, name: "乙", sheetRow: 5, previous: 200, thisMonth: 40, current: 260 },
    ]);
    assert.deepEqual(
      result.findings.map((f) => [f.code, f.severity, f.sheetRow, f.column]),
      [["reconcile.month-mismatch", "warning", 5, "C"]]
    );
    assert.equal(
      result.findings[0].message["zh-CN"],
      "“乙”上期累计200万元（上期“5月”第5行）加当月完成40万元为240万元，与本期累计260万元不符"
    );
  });

  it("skips the 当月完成 check between months that are not adjacent", () => {
    const april = makeLedger([{ name: "甲", done: 100 }], { sheetName: "4月", reportingMonth: 4 });
    const result = reconcileLedgers(
      april,
      june([{ name: "甲", done: 200, thisMonth: 10 }]),
      DEFAULT_RULES
    );
    assert.deepEqual(result.monthMismatches, []);
    assert.deepEqual(
      result.findings.map((f) => [f.code, f.severity]),
      [["reconcile.months-not-adjacent", "info"]]
    );
  });

  it("warns when the two ledgers look swapped", () => {
    const result = reconcileLedgers(
      june([{ name: "甲", done: 200 }]),
      may([{ name: "甲", done: 100 }]),
      DEFAULT_RULES
    );
    assert.deepEqual(
      result.findings.map((f) => [f.code, f.severity]),
      [
        ["reconcile.reversed", "warning"],
        ["reconcile.decreased", "error"],
      ]
    );
  });

  it("reconciling a ledger with itself reports no change, only the ledger's own code problems", () => {
    fc.assert(
      fc.property(projectSeeds, fc.integer({ min: 1, max: 12 }), (seeds, month) => {
        const ledger = makeLedger(seeds, { reportingMonth: month });
        const result = reconcileLedgers(ledger, ledger, DEFAULT_RULES);
        assert.deepEqual(result.added, []);
        assert.deepEqual(result.removed, []);
        assert.deepEqual(result.decreased, []);
        assert.deepEqual(result.planChanged, []);
        assert.deepEqual(result.totalChanged, []);
        assert.deepEqual(result.monthMismatches, []);
        assert.equal(result.increments.length, seeds.length);
        for (const item of result.increments)
          assert.ok(item.increment === null || item.increment === 0);
        if (result.monthIncrement !== null) assert.equal(result.monthIncrement, 0);
        // The ledger's code problems are told twice: once as the previous, once as the current ledger.
        const codes = seeds.map((s) => normaliseCode(s.code ?? null));
        const hasCodeColumn = codes.some((c) => c !== null);
        const duplicated = new Set(codes.filter((c, i) => c !== null && codes.indexOf(c) !== i));
        const missing = hasCodeColumn && codes.includes(null);
        const count = (code: string) => result.findings.filter((f) => f.code === code).length;
        assert.equal(count("reconcile.duplicate-code"), 2 * duplicated.size);
        assert.equal(count("reconcile.missing-code"), missing ? 2 : 0);
        assert.deepEqual(
          result.findings
            .filter((f) => f.severity !== "info")
            .filter(
              (f) => f.code !== "reconcile.duplicate-code" && f.code !== "reconcile.missing-code"
            ),
          []
        );
      }),
      { numRuns: 200 }
    );
  });
});
