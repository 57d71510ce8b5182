/**
 * A tiny local server for the classic pane harness: the harness pages, the built host script,
 * dist/classic.js, the add-in's icons and the test's setup. Loopback only; files by exact name.
 */
import { readFileSync } from "node:fs";
import { type AddressInfo } from "node:net";
import { createServer, type Server } from "node:http";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "..", "..", "..");
const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  json: "application/json; charset=utf-8",
  png: "image/png",
  ico: "image/png",
};

export interface HarnessServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves the harness; `setup` becomes window.harnessSetup, `hostScript` is the built host-page.ts. */
export async function startHarnessServer(
  setup: unknown,
  hostScript: string
): Promise<HarnessServer> {
  const files: Record<string, () => Buffer | string> = {
    "/host.html": () => readFileSync(join(__dirname, "host.html")),
    "/pane.html": () => readFileSync(join(__dirname, "pane.html")),
    "/ie11-profile.js": () => readFileSync(join(__dirname, "ie11-profile.js")),
    "/host.js": () => hostScript,
    "/classic.js": () => readFileSync(join(root, "dist", "classic.js")),
    "/assets/icon-32.png": () => readFileSync(join(root, "assets", "icon-32.png")),
    "/favicon.ico": () => readFileSync(join(root, "assets", "icon-16.png")),
    "/setup.js": () => `window.harnessSetup = ${JSON.stringify(setup)};`,
  };
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0];
    const file = files[path];
    if (!file) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, {
      "content-type": TYPES[path.split(".").pop() ?? ""] ?? "application/octet-stream",
    });
    response.end(file());
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
