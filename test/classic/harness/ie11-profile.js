/* global window */
/*
 * Brings this frame down to Internet Explorer 11's library level before classic.js runs: removes
 * the ES2015+ built-ins IE11 lacks (or has in a form core-js replaces: Map, Set, WeakMap), so
 * the pane works only if its own polyfills provide them. Plain ES5 on purpose.
 * Non-configurable constants (Number.EPSILON…) cannot be removed and stay; globalThis stays for
 * Playwright's own injected script (the static scan in es5-bundle.test.ts covers it).
 */
(function () {
  var removed = [];
  function strip(owner, ownerName, names) {
    for (var i = 0; i < names.length; i++) {
      var descriptor = Object.getOwnPropertyDescriptor(owner, names[i]);
      if (descriptor && descriptor.configurable && delete owner[names[i]])
        removed.push(ownerName + names[i]);
    }
  }
  strip(window, "", [
    "Promise",
    "Map",
    "Set",
    "WeakMap",
    "WeakSet",
    "Symbol",
    "Reflect",
    "Proxy",
    "BigInt",
    "fetch",
    "queueMicrotask",
    "structuredClone",
    "TextEncoder",
    "TextDecoder",
  ]);
  strip(Object, "Object.", [
    "assign",
    "entries",
    "values",
    "fromEntries",
    "is",
    "getOwnPropertySymbols",
    "hasOwn",
    "groupBy",
  ]);
  strip(Array, "Array.", ["from", "of"]);
  strip(Array.prototype, "Array.prototype.", [
    "find",
    "findIndex",
    "findLast",
    "findLastIndex",
    "fill",
    "includes",
    "flat",
    "flatMap",
    "copyWithin",
    "entries",
    "keys",
    "values",
    "at",
    "toSorted",
    "toReversed",
    "toSpliced",
    "with",
  ]);
  strip(String, "String.", ["fromCodePoint", "raw"]);
  strip(String.prototype, "String.prototype.", [
    "includes",
    "startsWith",
    "endsWith",
    "padStart",
    "padEnd",
    "repeat",
    "trimStart",
    "trimEnd",
    "trimLeft",
    "trimRight",
    "matchAll",
    "replaceAll",
    "codePointAt",
    "normalize",
    "at",
    "isWellFormed",
    "toWellFormed",
  ]);
  strip(Number, "Number.", [
    "isFinite",
    "isInteger",
    "isNaN",
    "isSafeInteger",
    "parseFloat",
    "parseInt",
  ]);
  strip(Math, "Math.", [
    "sign",
    "trunc",
    "log10",
    "log2",
    "log1p",
    "expm1",
    "hypot",
    "cbrt",
    "clz32",
    "fround",
    "imul",
    "sinh",
    "cosh",
    "tanh",
    "asinh",
    "acosh",
    "atanh",
  ]);
  window.ie11ProfileRemoved = removed;
})();
