// Builds the app with `next build` when there is no build or a source is newer than
// it. Shared by `npm start`, the end-to-end server and the benchmark.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

export const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "proxy.ts",
  "prisma/schema.prisma",
  "next.config.js",
  "package-lock.json",
  "tsconfig.json",
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

export function buildIfNeeded(log: (message: string) => void): void {
  const buildId = ".next/BUILD_ID";
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= Math.max(...BUILD_INPUTS.map(newestMtime))) return;
  log("Building the app (first start or sources changed)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("The build failed; see the output above.");
}
