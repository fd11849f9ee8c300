import { STATIC_POLICY, STATIC_POLICY_SOURCE } from "./lib/security/static-policy.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The PostgreSQL driver and the embedded database stay plain Node modules.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  // forbidden() renders app/forbidden.tsx with a 403 status.
  // Documents up to 2 MB arrive through a server action (Next's default limit is 1 MB).
  // Keep equal to SERVER_ACTION_BODY_LIMIT_BYTES (lib/forms/body-limit.ts): the proxy answers larger ones with 413.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "5mb" } },
  // Cached pages stay in each process's memory; invalidations reach every instance
  // through PostgreSQL, and cached pages get their script policy (see the file).
  cacheHandler: new URL("./lib/db/shared-cache-handler.mjs", import.meta.url).pathname,
  // Headers that never vary, on every response including static files, and the base
  // Content-Security-Policy of every page not rendered per request (the proxy sets the
  // nonce policy of those; see lib/security/static-policy.mjs). HSTS is set where a
  // request starts (lib/security/request-start.ts).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      { source: STATIC_POLICY_SOURCE, headers: [{ key: "Content-Security-Policy", value: STATIC_POLICY }] },
    ];
  },
};

export default nextConfig;
