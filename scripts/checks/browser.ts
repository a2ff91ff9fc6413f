/**
 * The README's two browser routes, run in headless Chromium as a reader
 * would run them (called by scripts/checks/compat.sh when Chromium is
 * there):
 *
 * 1. **Plain `<script type="module">`**: the README's example (between its
 *    `<!-- browser example -->` markers), as a page beside the built files
 *    (`deno task build:npm`'s `npm/`, copied as `secrets/`), served over HTTP
 *    (browsers refuse module imports from `file://`).
 * 2. **A bundler**: the same module code as `app.js`, with the built package
 *    installed as `node_modules/@secrets/secrets`, bundled by the README's
 *    esbuild command, and loaded by a page.
 *
 * Each page must show a 16-byte urlsafe token and four words. Prints one line
 * per failure and closes with "compat (chromium, README browser examples):
 * N passed, N failed"; exit status 1 if any failed.
 *
 * @module
 */

import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const ESBUILD = "esbuild@0.28.2";
/** What the README's example shows: token_urlsafe(16) and passphrase({ words: 4 }). */
const SHOWN = /^[A-Za-z0-9_-]{22} [a-z-]+( [a-z-]+){3}$/;
const START = "<!-- browser example -->";
const END = "<!-- /browser example -->";

async function run(cmd: string, args: string[], cwd = root): Promise<string> {
  const r = await new Deno.Command(cmd, { args, cwd, stdout: "piped", stderr: "piped" }).output();
  const text = new TextDecoder().decode(r.stdout) + new TextDecoder().decode(r.stderr);
  if (!r.success) throw new Error(`${cmd} ${args.join(" ")} failed:\n${text.trim()}`);
  return text;
}

/** The README's example: the html block between the markers. */
async function readmeExample(): Promise<string> {
  const readme = await Deno.readTextFile(join(root, "README.md"));
  const block = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END));
  const m = /```html\n([\s\S]*?)```/.exec(block);
  if (readme.indexOf(START) < 0 || !m) throw new Error("README.md has no browser example");
  return m[1];
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
};

/** Serves `dir` over HTTP on a free local port. */
function serve(dir: string): { url: string; close: () => Promise<void> } {
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, async (req) => {
    const path = decodeURIComponent(new URL(req.url).pathname);
    if (path.includes("..")) return new Response("no", { status: 400 });
    try {
      const body = await Deno.readFile(join(dir, path));
      const type = TYPES[extname(path)] ?? "application/octet-stream";
      return new Response(body, { headers: { "content-type": type } });
    } catch {
      return new Response("not found", { status: 404 });
    }
  });
  const addr = server.addr as Deno.NetAddr;
  return { url: `http://127.0.0.1:${addr.port}`, close: () => server.shutdown() };
}

/** The text of the page's body once its scripts have run, as headless Chromium shows it. */
async function bodyText(url: string, profile: string): Promise<string> {
  const dom = await run("timeout", [
    "120",
    "chromium",
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    `--user-data-dir=${profile}`,
    "--virtual-time-budget=10000",
    "--dump-dom",
    url,
  ]);
  const body = /<body>([\s\S]*?)<\/body>/.exec(dom)?.[1] ?? dom;
  return body.replace(/<[^>]*>/g, "").trim();
}

const work = await Deno.makeTempDir({ prefix: "secrets-browser-" });
let passed = 0, failed = 0;
try {
  await run(Deno.execPath(), ["task", "build:npm"]);
  const example = await readmeExample();
  const site = join(work, "site");
  await Deno.mkdir(join(site, "node_modules", "@secrets"), { recursive: true });
  await run("cp", ["-R", join(root, "npm"), join(site, "secrets")]);
  await run("cp", ["-R", join(root, "npm"), join(site, "node_modules", "@secrets", "secrets")]);
  const page = (body: string) =>
    `<!doctype html>\n<html><head><meta charset="utf-8"></head><body>\n${body}</body></html>\n`;
  await Deno.writeTextFile(join(site, "plain.html"), page(example));
  // The bundler route: the module script's code as app.js, bundled as the README says.
  const code = /<script type="module">\n([\s\S]*?)<\/script>/.exec(example)?.[1];
  if (code === undefined) throw new Error("the README's example has no module script");
  await Deno.writeTextFile(join(site, "app.js"), code);
  await run(
    "npx",
    ["-y", ESBUILD, "app.js", "--bundle", "--format=esm", "--outfile=app.bundle.js"],
    site,
  );
  await Deno.writeTextFile(
    join(site, "bundled.html"),
    page('<script type="module" src="app.bundle.js"></script>\n'),
  );
  const server = serve(site);
  try {
    for (const name of ["plain", "bundled"]) {
      const shown = await bodyText(`${server.url}/${name}.html`, join(work, `profile-${name}`));
      if (SHOWN.test(shown)) {
        passed++;
      } else {
        failed++;
        console.log(`FAIL ${name}: the page shows ${JSON.stringify(shown.slice(0, 200))}`);
      }
    }
  } finally {
    await server.close();
  }
} catch (e) {
  failed++;
  console.log(`FAIL ${(e as Error).message}`);
} finally {
  await Deno.remove(work, { recursive: true });
}
console.log(`compat (chromium, README browser examples): ${passed} passed, ${failed} failed`);
if (failed > 0) Deno.exit(1);
