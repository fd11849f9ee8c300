// Prisma CLI configuration. Migrations are applied by scripts/db-migrate.ts through
// Prisma's WebAssembly schema engine; a machine with the engine binary can also run
// `prisma migrate deploy` against the same files.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed/index.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/briefdesk" },
});
