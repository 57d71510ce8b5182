/* eslint-disable no-undef */
/**
 * The WPS add-in folder (dist-wps/taizhang_<version>/): ribbon.xml, index.html + main.js (the
 * ribbon's callbacks), taskpane.html + taskpane.js (the React pane over the WPS host), the lazily
 * loaded workbook readers, and the icons. Run through scripts/build-wps.mjs (npm run build:wps),
 * which adds jsplugins.xml, publish.xml and the archive.
 *
 * WPS opens these pages from the disk (file://): chunks load by <script> (webpack's default),
 * not as ES modules, which Chromium refuses from file:// pages.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DIST, FOLDER } = require("./scripts/build-wps-addin.cjs");

module.exports = (env, options) => ({
  name: "wps",
  mode: options.mode || "production",
  devtool: false,
  // WPS 2019 and later embed Chromium (CEF); ES2017 as the Excel pane, to be safe on older builds.
  target: ["web", "es2017"],
  entry: {
    main: "./src/wps/addin/main.ts",
    taskpane: "./src/wps/pane/index.tsx",
  },
  output: {
    path: path.join(DIST, FOLDER),
    filename: "[name].js",
    chunkFilename: "[name].js",
    publicPath: "",
    clean: true,
  },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: {
            transpileOnly: true,
            compilerOptions: { target: "ES2017", module: "ES2020", sourceMap: false },
          },
        },
      },
    ],
  },
  optimization: {
    // One file per lazy reader (xlsx-reader.js with fflate, xls-reader.js with SheetJS), as in dist/.
    splitChunks: { cacheGroups: { default: false, defaultVendors: false } },
  },
  performance: {
    maxAssetSize: 900 * 1024,
    maxEntrypointSize: 900 * 1024,
    // xls-reader.js (SheetJS) is fetched only when the user opens an .xls file.
    assetFilter: (name) => !name.startsWith("xls-reader."),
  },
  plugins: [
    new HtmlWebpackPlugin({
      filename: "index.html",
      template: "./wps/index.html",
      chunks: ["main"],
      // Defined before WPS reads ribbon.xml and calls ribbon.OnAddinLoad.
      inject: "head",
      scriptLoading: "blocking",
    }),
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./wps/taskpane.html",
      chunks: ["taskpane"],
      scriptLoading: "defer",
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "wps/ribbon.xml", to: "ribbon.xml" },
        { from: "assets/*.png", to: "assets/[name][ext]" },
      ],
    }),
  ],
});
