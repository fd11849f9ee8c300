// The operator's capture settings, and the one rule about the test-only one: loopback
// capture exists for the end-to-end tests' fixture server and must never be on in a
// served site, where it would let anyone make the server fetch its own admin ports.
// The choice: `npm start` REFUSES TO START when it is on (a loud failure beats a quiet
// "ignored"); the e2e server (scripts/e2e-server.ts) and `npm run dev` honour it, and
// every capture made under it logs a warning.
import { env as appEnv, type Env } from "@/lib/env";
import { logger } from "@/lib/log";
import type { FetchOptions } from "./fetch-page";

export const LOOPBACK_SETTING = "BRIEFDESK_CAPTURE_ALLOW_LOOPBACK";

/** Why the start script must not start with this environment, or undefined. */
export function loopbackCaptureRefusal(
  env: Pick<Env, "BRIEFDESK_CAPTURE_ALLOW_LOOPBACK">,
  launch: { dev: boolean; e2eServer: boolean },
): string | undefined {
  if (env.BRIEFDESK_CAPTURE_ALLOW_LOOPBACK !== "on" || launch.dev || launch.e2eServer) return undefined;
  return `${LOOPBACK_SETTING}=on is a test-only setting that lets URL capture fetch from this machine; refusing to start. Unset it.`;
}

/** Extra ports from BRIEFDESK_CAPTURE_PORTS ("8080,8443"), within 1–65535. */
export function extraPorts(value: string | undefined): number[] {
  return (value ?? "")
    .split(",")
    .map(Number)
    .filter((port) => Number.isInteger(port) && port > 0 && port < 65536);
}

/** The fetch options the environment gives a capture made by the app. */
export function captureFetchOptions(env: Env = appEnv()): Pick<FetchOptions, "allowLoopback" | "extraPorts"> {
  const allowLoopback = env.BRIEFDESK_CAPTURE_ALLOW_LOOPBACK === "on";
  if (allowLoopback) logger.warn(`${LOOPBACK_SETTING}=on: URL capture may fetch from loopback (test-only setting)`);
  return { allowLoopback, extraPorts: extraPorts(env.BRIEFDESK_CAPTURE_PORTS) };
}
