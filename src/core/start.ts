/**
 * The part of the core the command line needs before it loads a command: errors, and the checks
 * of options given as text. Leaf modules only, so the precompiled command answers --help, --version
 * and a mistyped option without parsing the rest of the core. Everything here is in index.ts too.
 */
export { TaizhangError, InputError, isTaizhangError, isInputError, errorReport } from "./errors";
export { editDistance } from "./text/edit-distance";
export { letterNumberProblem, parseLetterDate } from "./summaries/letter-fields";
