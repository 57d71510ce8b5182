/* eslint-disable no-undef */
/**
 * webpack loader for exceljs's and JSZip's browser builds (the task pane's lazy xlsx-reader.js):
 * both carry the setImmediate polyfill, whose branch for a string argument builds code with
 * `new Function("" + code)`. Neither library ever passes a string, and the pane's CSP forbids
 * building code; the branch becomes a TypeError, so the bundle holds no code built from strings.
 */
const STRING_BRANCH = /new Function\(""\s*\+\s*([A-Za-z_$][\w$]*)\)/g;

module.exports = function noStringCodeLoader(source) {
  return source.replace(
    STRING_BRANCH,
    () => '(function(){throw new TypeError("setImmediate: a function is required")})'
  );
};
