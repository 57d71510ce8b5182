#!/usr/bin/env node
// Entry of the `taizhang` command: runs the TypeScript CLI through tsx's require hook.
"use strict";
require("tsx/cjs");
require("../src/cli/main.ts")
  .main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((err) => {
    process.stderr.write(String((err && err.stack) || err) + "\n");
    process.exit(2);
  });
