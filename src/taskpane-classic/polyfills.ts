/**
 * The library features of ES2015+ that src/core, src/excel and this pane use, for IE11.
 * TypeScript downlevels syntax only; this module must be the entry's first import, so the
 * polyfills are in place before any core module runs (some build Sets at load time).
 * Found by scanning src/core and src/excel (see test/classic/es5-bundle.test.ts).
 */
import "core-js/es/symbol";
import "core-js/es/promise";
import "core-js/es/map";
import "core-js/es/set";
import "core-js/es/weak-map";
import "core-js/es/array/from";
import "core-js/es/array/iterator";
import "core-js/es/array/fill";
import "core-js/es/array/find";
import "core-js/es/array/find-index";
import "core-js/es/array/flat-map";
import "core-js/es/array/includes";
import "core-js/es/array/sort";
import "core-js/es/object/assign";
import "core-js/es/object/entries";
import "core-js/es/object/values";
import "core-js/es/object/from-entries";
import "core-js/es/string/iterator";
import "core-js/es/string/includes";
import "core-js/es/string/starts-with";
import "core-js/es/string/ends-with";
import "core-js/es/string/pad-start";
import "core-js/es/string/trim-end";
import "core-js/es/string/match-all";
import "core-js/es/number/epsilon";
import "core-js/es/number/is-finite";
import "core-js/es/number/is-integer";
import "core-js/es/number/is-nan";
import "core-js/es/number/parse-float";
import "core-js/es/math/sign";
import { installNormalize } from "./nfkc";

installNormalize();
