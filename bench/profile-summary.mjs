// Self time by function of a .cpuprofile (node --cpu-prof): `node bench/profile-summary.mjs FILE [top=40]`.
// Under tsx every function of a file reports line 2; `npx esbuild bench/profile-engine.ts --bundle
// --platform=node --outfile=/tmp/p.js` and profiling /tmp/p.js gives real lines.
import { readFileSync } from "node:fs";

const [file, top = "40"] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, "utf8"));
const sampleMs = new Map();
profile.samples.forEach((id, i) =>
  sampleMs.set(id, (sampleMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
);
const self = new Map();
let total = 0;
for (const node of profile.nodes) {
  const ms = sampleMs.get(node.id) ?? 0;
  total += ms;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url.replace(/^.*\/(src|node_modules|bench|test)\//, "$1/");
  const key = `${functionName || "(anonymous)"} ${where}:${lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + ms);
}
console.log(`total ${total.toFixed(0)} ms`);
for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(top)))
  console.log(`${ms.toFixed(1).padStart(9)}  ${key}`);
