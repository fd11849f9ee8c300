// `npm test`: every suite — static checks, unit and integration tests (Vitest) and
// end-to-end tests (Playwright, real Chromium, production build) — then one line
// summing them all: "N passed, N failed[, N skipped]". Exits non-zero on any failure.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

type Tally = { passed: number; failed: number; skipped: number };
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const lines: string[] = [];

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function add(suite: string, tally: Tally, exitCode: number) {
  // A suite that failed without reporting a failing test (a crash, a failed build)
  // still counts as a failure.
  if (exitCode !== 0 && tally.failed === 0) tally.failed = 1;
  total.passed += tally.passed;
  total.failed += tally.failed;
  total.skipped += tally.skipped;
  lines.push(`${suite}: ${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ""}`);
}

function readJson<T>(path: string): T | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as T) : undefined;
}

const only = process.argv.slice(2);
const wanted = (suite: string) => only.length === 0 || only.includes(suite);
mkdirSync("test-results", { recursive: true });

if (wanted("static")) {
  console.log("\n▶ Static checks (tsc, eslint, prettier)");
  const checks = [run("npx", ["tsc", "--noEmit"]), run("npx", ["eslint", "."]), run("npx", ["prettier", "--check", "."])];
  add("static checks", { passed: checks.filter((c) => c === 0).length, failed: checks.filter((c) => c !== 0).length, skipped: 0 }, 0);
}

for (const project of ["unit", "integration"]) {
  if (!wanted(project)) continue;
  console.log(`\n▶ ${project} tests (Vitest)`);
  const output = `test-results/vitest-${project}.json`;
  rmSync(output, { force: true });
  const code = run("npx", ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${output}`]);
  const report = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(output);
  add(
    `${project} tests`,
    {
      passed: report?.numPassedTests ?? 0,
      failed: report?.numFailedTests ?? 0,
      skipped: (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0),
    },
    code,
  );
}

if (wanted("e2e")) {
  console.log("\n▶ end-to-end tests (Playwright)");
  const output = "test-results/playwright.json";
  rmSync(output, { force: true });
  const code = run("npx", ["playwright", "test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: output });
  const stats = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(output)?.stats;
  add(
    "end-to-end tests",
    {
      passed: (stats?.expected ?? 0) + (stats?.flaky ?? 0),
      failed: stats?.unexpected ?? 0,
      skipped: stats?.skipped ?? 0,
    },
    code,
  );
}

console.log("\n" + lines.join("\n"));
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exit(total.failed > 0 ? 1 : 0);
