// Mocha's spec reporter, plus the counts written where scripts/run-tests.mjs can add them up.
"use strict";
const fs = require("fs");
const Mocha = require("mocha");

class CountReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once("end", () => {
      const target = process.env.TAIZHANG_MOCHA_STATS;
      if (!target) return;
      const { passes, failures, pending } = runner.stats;
      fs.writeFileSync(target, JSON.stringify({ passes, failures, pending }));
    });
  }
}

module.exports = CountReporter;
