// The one place environment variables are read and validated.
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** PostgreSQL server to use; without it the app runs on an embedded PGlite. */
  DATABASE_URL: z.string().url().optional(),
  /** Server for throwaway test databases; falls back to DATABASE_URL, then embedded. */
  TEST_DATABASE_URL: z.string().url().optional(),
  /** Folder for the embedded database and generated secrets. */
  BRIEFDESK_DATA_DIR: z.string().min(1).default("data"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Database connections per process (1 on the embedded database). */
  BRIEFDESK_DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).optional(),
  /** Port of the embedded database's wire-protocol server (a free one when unset). */
  BRIEFDESK_EMBEDDED_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** Public origin, used for canonical links and feeds. */
  SITE_URL: z.string().url().optional(),
  /** Signs session cookies. Required with DATABASE_URL; generated into the data folder otherwise. */
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** The site's public URL for sign-in redirects; https makes session cookies Secure. */
  NEXTAUTH_URL: z.string().url().optional(),
  /** Optional GitHub sign-in for existing users. */
  GITHUB_ID: z.string().optional(),
  GITHUB_SECRET: z.string().optional(),
  /** "off" stops sharing cache invalidations between instances (lib/db/shared-cache-handler.mjs). */
  BRIEFDESK_SHARED_CACHE: z.enum(["on", "off"]).default("on"),
  /** Most reader pages kept on disk by the page cache, least recently used evicted first (lib/db/route-cache-index.mjs reads it). */
  BRIEFDESK_ROUTE_CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).default(5000),
  /** JSON API: requests a minute from one client address. */
  BRIEFDESK_API_ADDRESS_LIMIT: z.coerce.number().int().min(1).default(300),
  /**
   * Proxies in front of the app that append the caller to X-Forwarded-For (0: none,
   * the socket's address is the client's). See lib/security/client-address.ts.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** JSON API: requests a minute with one API token. */
  BRIEFDESK_API_TOKEN_LIMIT: z.coerce.number().int().min(1).default(600),
  /** "off" stops this process from delivering webhooks (lib/webhooks/start-webhook-worker.ts); events still queue. */
  BRIEFDESK_WEBHOOKS: z.enum(["on", "off"]).default("on"),
  /** "on" lets webhooks go to loopback, private and link-local addresses (internal receivers); off by default. */
  BRIEFDESK_WEBHOOKS_ALLOW_PRIVATE: z.enum(["on", "off"]).default("off"),
  /**
   * TEST ONLY: "on" lets URL capture fetch from loopback (127.0.0.1, ::1) on any port,
   * for the end-to-end tests' local fixture server. `npm start` refuses to start with it
   * (lib/capture/capture-settings.ts); only the e2e server and `npm run dev` honour it.
   */
  BRIEFDESK_CAPTURE_ALLOW_LOOPBACK: z.enum(["on", "off"]).default("off"),
  /** Ports URL capture may fetch from besides 80 and 443, comma-separated (e.g. "8080,8443"). */
  BRIEFDESK_CAPTURE_PORTS: z
    .string()
    .regex(/^\d{1,5}(,\d{1,5})*$/, "use port numbers separated by commas, e.g. 8080,8443")
    .optional(),
  /** Least severe log level written (JSON lines on stdout, lib/log.ts). */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Set by Next.js: "phase-production-build" while `next build` renders pages. */
  NEXT_PHASE: z.string().optional(),
  /** Set by `next start` once it listens: where this very server answers (lib/ops/serve-during-outage.ts). */
  __NEXT_PRIVATE_ORIGIN: z.string().url().optional(),
  /** Chromium used by the end-to-end tests. */
  CHROMIUM_PATH: z.string().optional(),
});

export type Env = z.infer<typeof schema>;

/** Parses an environment (process.env unless given): scripts that build a child's environment use it directly. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable means "not set", as in a shell.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}

let parsed: Env | undefined;

/**
 * The environment, parsed on first use and kept for the life of the process: the one
 * way the app reads its configuration (ESLint refuses `process.env` elsewhere).
 */
export function env(): Env {
  parsed ??= readEnv();
  return parsed;
}

/**
 * Forgets the parsed environment, so that the next env() reads process.env again. Only
 * for tests that change process.env (through lib/test-support.ts's setTestEnv).
 */
export function resetEnv(): void {
  parsed = undefined;
}

/**
 * The site's public origin, for canonical links, feeds, the sitemap and one-time links:
 * SITE_URL, else NEXTAUTH_URL (where the desk is served, usually the same host), else
 * this server on localhost. Only the origin is kept: paths are added by the callers.
 */
export function siteOrigin(from: Partial<Pick<Env, "SITE_URL" | "NEXTAUTH_URL" | "PORT">> = env()): string {
  return new URL(from.SITE_URL ?? from.NEXTAUTH_URL ?? `http://localhost:${from.PORT ?? 3000}`).origin;
}

/**
 * The environment a worker process of ours gets (lib/extraction, lib/capture): what node
 * and tsx need from the operating system, and none of the server's secrets.
 */
export function workerProcessEnv(): NodeJS.ProcessEnv {
  const { PATH, HOME, TMPDIR, NODE_ENV } = process.env;
  return { PATH, HOME, TMPDIR, NODE_ENV, TZ: "UTC" };
}
