/* eslint-disable no-undef */
/**
 * Builds the task pane and the ribbon-command page into dist/, in the spirit of the `yo office`
 * React template.
 *
 *   npm run build       production: minified, manifest URLs rewritten to the production site
 *   npm run build:dev   development build
 *   npm run dev-server  https://localhost:3000 with the Office dev certificate
 *
 * Production site: env TAIZHANG_PROD_URL (default https://taizhang.example.org/). Every
 * "https://localhost:3000/" in manifest*.xml becomes that URL in dist/, and the AppDomain
 * "https://localhost:3000" becomes its origin.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const classicConfig = require("./webpack.classic.config");

const urlDev = "https://localhost:3000/";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * Content-Security-Policy of the add-in's pages: scripts only from this site and office.js's CDN
 * (no inline script, no eval: devtool never uses eval), styles inline because Fluent UI's Griffel
 * inserts <style> elements. `scriptOrigins` empty: this site only (the preview's pane page).
 */
function contentSecurityPolicy(scriptOrigins) {
  const scripts = ["'self'", ...scriptOrigins].join(" ");
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${scripts}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}
const OFFICE_CSP = contentSecurityPolicy(["https://appsforoffice.microsoft.com"]);
const urlProd = withTrailingSlash(process.env.TAIZHANG_PROD_URL || "https://taizhang.example.org/");

function withTrailingSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}

/** Dev URLs → production URLs (the dev origin alone, as in <AppDomain>, → the production origin). */
function rewriteManifest(xml) {
  const devOrigin = new URL(urlDev).origin;
  const prodOrigin = new URL(urlProd).origin;
  return xml.split(urlDev).join(urlProd).split(devOrigin).join(prodOrigin);
}

/**
 * The Office dev certificate when it can be made and trusted; otherwise webpack-dev-server's own
 * self-signed one (on machines where the CA cannot be installed, e.g. containers and CI).
 */
async function httpsServerOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { ca, key, cert };
  } catch (error) {
    console.warn(
      `office-addin-dev-certs unavailable (${error.message}); using a self-signed certificate.`
    );
    return {};
  }
}

// Two builds: the modern pane (ES2017, React, Fluent UI) and the classic ES5 pane for IE11.
module.exports = async (env, options) => [
  await mainConfig(env, options),
  classicConfig(env, options),
];

async function mainConfig(env, options) {
  const dev = options.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    name: "main",
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      // The preview without Excel: the page (fake workbook + grid) and the pane's office.js stand-in.
      preview: "./src/preview/index.ts",
      "office-standin": "./src/preview/office-standin.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Lazy chunks (xlsx-reader.js, xls-reader.js) load from beside the page, never from where
      // another script came from ("auto" takes the last <script>'s folder: office.js's CDN).
      publicPath: "",
      // The classic build writes classic.js into the same folder, possibly first.
      clean: { keep: /^classic\.js(\.map)?$/ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          // The preview's sample workbooks become JSON Grids at build time (src/xlsx reader).
          test: /\.xlsx$/,
          type: "javascript/auto",
          use: path.resolve(__dirname, "src/preview/xlsx-grid-loader.cjs"),
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // tsc (npm run typecheck) checks types; the loader only transpiles, to ES modules
              // so that webpack can drop the unused parts of Fluent UI.
              transpileOnly: true,
              compilerOptions: { target: "ES2017", module: "ES2020", sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // The lazily loaded workbook reader stays one file, xlsx-reader.js (with fflate), and
          // SheetJS another, xls-reader.js, fetched only when an .xls is picked.
          defaultVendors: false,
          vendor: {
            test: /[\\/]node_modules[\\/]/,
            name: "vendor",
            chunks: (chunk) => chunk.name === "taskpane",
          },
        },
      },
    },
    performance: {
      // React + Fluent UI are ~310 KB minified (~90 KB gzip); the default 244 KB hint is noise here.
      maxAssetSize: 800 * 1024,
      maxEntrypointSize: 800 * 1024,
      // xls-reader.js (SheetJS, ~1 MB) is fetched only when the user opens an .xls file.
      assetFilter: (name) => !name.endsWith(".map") && !name.startsWith("xls-reader."),
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        templateParameters: { officeJs: OFFICE_JS, csp: OFFICE_CSP },
        chunks: ["taskpane"],
        // type="module": IE11 skips these and runs the page's <script nomodule src="classic.js">.
        scriptLoading: "module",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        templateParameters: { csp: OFFICE_CSP },
        chunks: ["commands"],
      }),
      // The same pane page with the office.js stand-in of the preview (no external origin at all).
      new HtmlWebpackPlugin({
        filename: "preview-pane.html",
        template: "./src/taskpane/taskpane.html",
        templateParameters: { officeJs: "office-standin.js", csp: contentSecurityPolicy([]) },
        chunks: ["taskpane"],
        scriptLoading: "module",
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) => (dev ? content : rewriteManifest(content.toString())),
          },
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: serving ? await httpsServerOptions() : {} },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
}
