// The layering of src/, checked by `npm run lint` (see README, "Architecture"):
// - src/core is pure: it imports only its own modules, no package and no Node builtin;
// - src/app is host-free: it imports the core's entry and its own modules only;
// - everything else in src/ reaches the core through src/core/index.ts, never its internals
//   (or through src/core/start.ts, the few leaf modules the command line needs at start-up);
// - nothing in src/ imports test/.
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const SRC = path.join(ROOT, "src");
const CORE = path.join(SRC, "core");
const APP = path.join(SRC, "app");
const TEST = path.join(ROOT, "test");
const CORE_ENTRY = path.join(CORE, "index");
const CORE_START = path.join(CORE, "start");

const inside = (file, dir) => file === dir || file.startsWith(dir + path.sep);
const withoutExtension = (file) => file.replace(/\.(ts|tsx|js|mjs)$/, "");

function problemOf(filename, specifier) {
  const file = path.resolve(filename);
  if (!inside(file, SRC)) return null;
  const relative = specifier.startsWith(".");
  const target = relative ? withoutExtension(path.resolve(path.dirname(file), specifier)) : null;
  if (target && inside(target, TEST)) return "src/ must not import test/ (move shared code into src/).";
  if (inside(file, CORE)) {
    if (!relative) return `src/core is pure: it must not import "${specifier}".`;
    if (!inside(target, CORE)) return `src/core is pure: it must not import "${specifier}" from outside src/core.`;
    return null;
  }
  const entry = target === CORE_ENTRY || target === CORE || target === CORE_START;
  if (target && inside(target, CORE) && !entry)
    return `Import the core through src/core/index.ts, not its internals ("${specifier}").`;
  if (inside(file, APP)) {
    const allowed = target && (inside(target, APP) || entry);
    if (!allowed) return `src/app is host-free: it imports only src/core/index.ts and src/app ("${specifier}").`;
  }
  return null;
}

const importsRule = {
  meta: { type: "problem", schema: [], docs: { description: "Keeps the layers of src/ apart." } },
  create(context) {
    const check = (node, source) => {
      if (!source || typeof source.value !== "string") return;
      const message = problemOf(context.filename, source.value);
      if (message) context.report({ node: source, message });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

export default { rules: { imports: importsRule } };
