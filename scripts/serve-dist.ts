/**
 * Serves the built add-in (dist/) over http on 127.0.0.1: the preview page without Excel
 * (`npm run preview`, then open the printed address) and the browser tests (a free port).
 */
import { existsSync, readFileSync } from "node:fs";
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";

const DIST = resolve(__dirname, "..", "dist");

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

export function serveDist(port = 0): Promise<{ server: Server; origin: string }> {
  if (!existsSync(join(DIST, "preview.html")))
    throw new Error("dist/preview.html is missing: run `npm run build` first (npm test does).");
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const file = normalize(join(DIST, path === "/" ? "preview.html" : path));
    if (!file.startsWith(DIST) || !existsSync(file)) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, {
      "Content-Type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    response.end(readFileSync(file));
  });
  return new Promise((done) =>
    server.listen(port, "127.0.0.1", () => {
      const { port: bound } = server.address() as AddressInfo;
      done({ server, origin: `http://127.0.0.1:${bound}` });
    })
  );
}

if (require.main === module) {
  const port = Number(process.env.PORT || 3001);
  void serveDist(port).then(({ origin }) => {
    console.log(
      `台账助手 preview: ${origin}/preview.html   (?lang=en, &theme=dark; Ctrl+C to stop)`
    );
  });
}
