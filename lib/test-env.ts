// Test support (never imported by the app): change process.env for a test, and have
// lib/env.ts's env() read it again on its next call instead of the environment it kept.
import { resetEnv } from "./env";

/** Sets each variable (undefined: removes it), then forgets the parsed environment. */
export function setTestEnv(values: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  resetEnv();
}
