/**
 * `npm run audit:api` — lists every Excel/Office API member the source (src/**) uses, with the
 * requirement set @types/office-js tags it with (`[Api set: ExcelApi 1.x]`), resolved through the
 * TypeScript type checker. Fails when a member above ExcelApi 1.7 (the add-in's baseline:
 * Excel 2019) is used without a guard.
 *
 * A use of a member that needs ExcelApi 1.N (N > 7) is guarded when, in its enclosing function:
 *   - it sits in the then-branch of an `if` whose condition calls
 *     isSetSupported("ExcelApi", "1.M") / isExcelApiSupported("1.M") with M ≥ N (not negated), or
 *   - an earlier statement is `if (!isExcelApiSupported("1.M")) { … return | throw }` with M ≥ N, or
 *   - an earlier statement calls requireExcelApi("1.M") with M ≥ N (it throws otherwise).
 * Members tagged only ExcelApiOnline / ExcelApiDesktop always need a guard; members of other
 * hosts' or common sets (Mailbox, CommonApi…, e.g. Office.AddinCommands.Event.completed) are
 * listed but not enforced.
 */
import path from "node:path";
import ts from "typescript";

const BASELINE_MINOR = 7;
const ROOT = path.resolve(__dirname, "..");
const OFFICE_TYPES = path.join("node_modules", "@types", "office-js", "index.d.ts");

interface Use {
  member: string;
  set: string;
  minor: number | null;
  file: string;
  line: number;
  guarded: boolean;
}

function main(): number {
  const configPath = path.join(ROOT, "tsconfig.json");
  const config = ts.parseJsonConfigFileContent(
    ts.readConfigFile(configPath, ts.sys.readFile).config,
    ts.sys,
    ROOT
  );
  const files = config.fileNames.filter((f) => path.relative(ROOT, f).startsWith(`src${path.sep}`));
  const program = ts.createProgram(files, config.options);
  const checker = program.getTypeChecker();
  const uses: Use[] = [];

  for (const sourceFile of program.getSourceFiles()) {
    if (!files.includes(path.resolve(sourceFile.fileName))) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const use = officeUse(node, checker, sourceFile);
        if (use) uses.push(use);
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }

  printTable(uses);
  const violations = uses.filter((u) => !u.guarded);
  if (violations.length > 0) {
    process.stdout.write(
      `\n${violations.length} use(s) above ExcelApi 1.${BASELINE_MINOR} without an isSetSupported guard:\n`
    );
    for (const v of violations)
      process.stdout.write(`  ${v.file}:${v.line}  ${v.member}  (${v.set})\n`);
    return 1;
  }
  process.stdout.write(`\nOK: every member above ExcelApi 1.${BASELINE_MINOR} is guarded.\n`);
  return 0;
}

function officeUse(
  node: ts.PropertyAccessExpression,
  checker: ts.TypeChecker,
  sourceFile: ts.SourceFile
): Use | null {
  const symbol = checker.getSymbolAtLocation(node.name);
  const declaration = symbol?.declarations?.[0];
  if (!symbol || !declaration) return null;
  const declFile = declaration.getSourceFile();
  if (
    !declFile.fileName.endsWith(OFFICE_TYPES.split(path.sep).join("/")) &&
    !declFile.fileName.endsWith(OFFICE_TYPES)
  )
    return null;
  const member = checker.getFullyQualifiedName(symbol).replace(/^"[^"]*"\./, "");
  if (!/^(Excel|Office|OfficeExtension)\./.test(member)) return null;
  const sets = (symbol.declarations ?? []).flatMap((d) => apiSets(d));
  const excel = sets.map((s) => /^ExcelApi (\d+)\.(\d+)$/.exec(s)).find((m) => m !== null);
  const excelOnly = sets.some((s) => /^ExcelApi(Online|Desktop)/.test(s)); // web- or desktop-only members
  const minor = excel ? (Number(excel[1]) > 1 ? 99 : Number(excel[2])) : excelOnly ? 99 : null;
  const set = excel ? excel[0] : (sets[0] ?? "—");
  const needsGuard = minor !== null && minor > BASELINE_MINOR;
  const { line } = sourceFile.getLineAndCharacterOfPosition(node.name.getStart());
  return {
    member,
    set,
    minor,
    file: path.relative(ROOT, sourceFile.fileName),
    line: line + 1,
    guarded: !needsGuard || isGuarded(node, minor ?? 0),
  };
}

/** "[Api set: ExcelApi 1.13]" tags in the declaration's doc comment. */
function apiSets(declaration: ts.Declaration): string[] {
  const text = declaration
    .getSourceFile()
    .text.slice(declaration.getFullStart(), declaration.getStart());
  return [...text.matchAll(/\[Api set: ([^\]]+)\]/g)].flatMap((m) =>
    m[1].split(",").map((s) => s.trim())
  );
}

// ───────────────────────────── Guards ─────────────────────────────

/** Minor versions checked by guard calls inside an expression; `negated` = under a "!". */
function checkedVersions(expression: ts.Node): { minor: number; negated: boolean }[] {
  const found: { minor: number; negated: boolean }[] = [];
  const visit = (node: ts.Node, negated: boolean): void => {
    if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken)
      return visit(node.operand, !negated);
    if (ts.isCallExpression(node)) {
      const name = ts.isPropertyAccessExpression(node.expression)
        ? node.expression.name.text
        : ts.isIdentifier(node.expression)
          ? node.expression.text
          : "";
      const args = node.arguments.filter(ts.isStringLiteral).map((a) => a.text);
      const version =
        name === "isSetSupported" && args[0] === "ExcelApi"
          ? args[1]
          : name === "isExcelApiSupported"
            ? args[0]
            : undefined;
      const match = version ? /^1\.(\d+)$/.exec(version) : null;
      if (match) found.push({ minor: Number(match[1]), negated });
    }
    ts.forEachChild(node, (child) => visit(child, negated));
  };
  visit(expression, false);
  return found;
}

function exits(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  if (ts.isBlock(statement)) return statement.statements.some(exits);
  return false;
}

function isGuarded(use: ts.Node, minor: number): boolean {
  for (let node: ts.Node = use; node.parent; node = node.parent) {
    const parent = node.parent;
    // Inside the then-branch of a positive check.
    if (ts.isIfStatement(parent) && parent.thenStatement === node) {
      if (checkedVersions(parent.expression).some((c) => !c.negated && c.minor >= minor))
        return true;
    }
    // Earlier statements of an enclosing block: an early exit on a failed check, or requireExcelApi.
    if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
      const statements = parent.statements as ts.NodeArray<ts.Statement>;
      for (const statement of statements.slice(0, statements.indexOf(node as ts.Statement))) {
        if (
          ts.isIfStatement(statement) &&
          exits(statement.thenStatement) &&
          checkedVersions(statement.expression).some((c) => c.negated && c.minor >= minor)
        )
          return true;
        if (ts.isExpressionStatement(statement) && requiresVersion(statement.expression) >= minor)
          return true;
      }
    }
    if (ts.isFunctionLike(parent)) break;
  }
  return false;
}

function requiresVersion(expression: ts.Expression): number {
  if (
    !ts.isCallExpression(expression) ||
    !ts.isIdentifier(expression.expression) ||
    expression.expression.text !== "requireExcelApi"
  )
    return -1;
  const arg = expression.arguments[0];
  const match = arg && ts.isStringLiteral(arg) ? /^1\.(\d+)$/.exec(arg.text) : null;
  return match ? Number(match[1]) : -1;
}

// ───────────────────────────── Output ─────────────────────────────

function printTable(uses: Use[]): void {
  const rows = new Map<
    string,
    { set: string; minor: number | null; count: number; files: Set<string>; unguarded: number }
  >();
  for (const u of uses) {
    const row = rows.get(u.member) ?? {
      set: u.set,
      minor: u.minor,
      count: 0,
      files: new Set<string>(),
      unguarded: 0,
    };
    row.count++;
    row.files.add(path.basename(u.file));
    if (!u.guarded) row.unguarded++;
    rows.set(u.member, row);
  }
  const sorted = [...rows.entries()].sort(
    (a, b) => (b[1].minor ?? -1) - (a[1].minor ?? -1) || a[0].localeCompare(b[0])
  );
  const header = ["Member", "Requirement set", "Uses", "Guard", "Files"];
  const lines = sorted.map(([member, r]) => [
    member,
    r.set,
    String(r.count),
    r.minor !== null && r.minor > BASELINE_MINOR
      ? r.unguarded === 0
        ? "guarded"
        : `MISSING ×${r.unguarded}`
      : "baseline",
    [...r.files].join(", "),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ");
  process.stdout.write(
    `Office.js members used by src/** (baseline ExcelApi 1.${BASELINE_MINOR}):\n\n${format(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}\n`
  );
  for (const line of lines) process.stdout.write(`${format(line)}\n`);
}

process.exit(main());
