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
  // Headers that never vary, on every response including static files. The
  // Content-Security-Policy and HSTS are set per request in proxy.ts.
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
    ];
  },
};

export default nextConfig;
