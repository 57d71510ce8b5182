/* eslint-disable no-undef */
/**
 * The classic pane: an ES5 bundle for Excel versions that show add-ins in Internet Explorer 11
 * (Trident), such as volume-licensed Excel 2016/2019 on Windows. React 18 and Fluent UI v9 cannot
 * run there, so taskpane.html loads this bundle with <script nomodule> (IE11 runs nomodule scripts
 * and skips type="module" ones; every newer webview does the opposite).
 */
const path = require("path");

/**
 * TypeScript → ES5 (syntax only; library features come from the pane's core-js polyfills).
 * `instance`: a ts-loader instance of its own, as other builds compile the same files for ES2017.
 * Also used by the classic pane's browser-test harness.
 */
function es5TypeScriptRule(instance) {
  return {
    test: /\.ts$/,
    exclude: /node_modules/,
    use: {
      loader: "ts-loader",
      options: {
        transpileOnly: true,
        instance,
        compilerOptions: {
          target: "ES5",
          module: "ES2020",
          downlevelIteration: true,
          lib: ["ES2022", "DOM"],
          sourceMap: true,
        },
      },
    },
  };
}

module.exports = (env, options) => ({
  name: "classic",
  devtool: "source-map",
  target: ["web", "es5"],
  entry: { classic: "./src/taskpane-classic/index.ts" },
  output: {
    path: path.resolve(__dirname, "dist"),
    filename: "[name].js",
    // The main configuration cleans dist/; this one only adds its file.
    clean: false,
    environment: { arrowFunction: false, const: false, destructuring: false, forOf: false },
  },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [es5TypeScriptRule("classic")],
  },
  performance: {
    hints: options.mode === "production" ? "warning" : false,
    // The whole engine, Office adapter and core-js polyfills: ~300 KB minified, ~100 KB gzip.
    maxAssetSize: 400 * 1024,
    maxEntrypointSize: 400 * 1024,
  },
});

module.exports.es5TypeScriptRule = es5TypeScriptRule;
