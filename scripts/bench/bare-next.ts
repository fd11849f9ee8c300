// The yardstick of `npm run bench`: a bare Next app, built in the same run from the
// installed `next` package (no network), in a folder of its own under the worktree
// (so it resolves `next`, `react` and `react-dom` from our node_modules), with one
// prerendered page per size asked for: /p/<bytes>, a page of about that many bytes; and a
// route handler answering JSON of a given size for each request: /j/<bytes>.
// A Next page writes its text twice (the HTML, and the same text again in the inline
// React Server Components payload), so the padding is half the bytes beyond an empty
// page's; the bench prints the size each page really has.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { nextBin } from "../build-if-needed";

export const BARE_DIR = resolve(".bench-bare");
/** The bytes of the bare page with no padding (layout, scripts, payload). */
const EMPTY_PAGE_BYTES = 7_000;

const WORDS = "the minister said on tuesday that the ceasefire would hold while talks continue in geneva ".split(" ");

export function buildBareNext(sizes: number[], log: (message: string) => void): void {
  rmSync(BARE_DIR, { recursive: true, force: true });
  mkdirSync(join(BARE_DIR, "app", "p", "[size]"), { recursive: true });
  writeFileSync(join(BARE_DIR, "package.json"), JSON.stringify({ name: "bench-bare", private: true, type: "module" }));
  writeFileSync(
    join(BARE_DIR, "next.config.js"),
    `export default { poweredByHeader: false, turbopack: { root: ${JSON.stringify(resolve("."))} } };\n`,
  );
  writeFileSync(
    join(BARE_DIR, "app", "layout.js"),
    `export const metadata = { title: "Bare" };\nexport default function Layout({ children }) { return <html lang="en"><body>{children}</body></html>; }\n`,
  );
  writeFileSync(
    join(BARE_DIR, "app", "p", "[size]", "page.js"),
    `const WORDS = ${JSON.stringify(WORDS)};
export const dynamicParams = false;
export function generateStaticParams() { return ${JSON.stringify(sizes.map((s) => ({ size: String(s) })))}; }
export default async function Page({ params }) {
  const { size } = await params;
  const padding = Math.max(0, Math.round((Number(size) - ${EMPTY_PAGE_BYTES}) / 2));
  const paragraphs = [];
  let total = 0;
  let text = "";
  for (let i = 0; total + text.length < padding; i++) {
    text += WORDS[i % WORDS.length] + " ";
    if (text.length >= 600) { paragraphs.push(text); total += text.length; text = ""; }
  }
  if (text) paragraphs.push(text);
  return <main><h1>A bare page</h1>{paragraphs.map((p, i) => <p key={i}>{p}</p>)}</main>;
}
`,
  );
  // The public API's twin: a route handler answering JSON of the given size, per request
  // (as ours is: it reads the address for rate limits and the request's If-None-Match).
  mkdirSync(join(BARE_DIR, "app", "j", "[bytes]"), { recursive: true });
  writeFileSync(
    join(BARE_DIR, "app", "j", "[bytes]", "route.js"),
    `export const dynamic = "force-dynamic";
export async function GET(_request, { params }) {
  const { bytes } = await params;
  const json = JSON.stringify({ padding: "x".repeat(Math.max(0, Number(bytes) - 14)) });
  return new Response(json, { headers: { "content-type": "application/json; charset=utf-8", "cache-control": "public, max-age=10" } });
}
`,
  );
  log(`Building the bare Next app (pages of ${sizes.map((s) => `${(s / 1024).toFixed(1)} KiB`).join(", ")})…`);
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: BARE_DIR,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("The bare Next app did not build; see the output above.");
}

export function startBareNext(port: number): ChildProcess {
  return spawn(process.execPath, [nextBin, "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: BARE_DIR,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
}

export function removeBareNext(): void {
  rmSync(BARE_DIR, { recursive: true, force: true });
}
