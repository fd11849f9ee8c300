/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The PostgreSQL driver and the embedded database stay plain Node modules.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  // forbidden() renders app/forbidden.tsx with a 403 status.
  // Documents up to 2 MB arrive through a server action (Next's default limit is 1 MB).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "5mb" } },
};

export default nextConfig;
