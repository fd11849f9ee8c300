import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The one-way layering of DESIGN.md, enforced: app → lib/<domain> → lib/db.
const prismaSetup = ["@prisma/client", "@prisma/client/*", "@prisma/adapter-pg", "**/db/generated/*", "@/lib/db/generated/*"];
const dataAccess = ["@/lib/db", "@/lib/db/*", "**/lib/db/*"];

const config = [
  ...nextVitals,
  ...nextTypescript,
  { ignores: [".next/**", "lib/db/generated/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  {
    files: ["**/*.{ts,tsx}"],
    ignores: ["lib/db/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: prismaSetup, message: "Only lib/db sets up Prisma: import from @/lib/db/client." }] }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: prismaSetup, message: "Only lib/db sets up Prisma." },
          { group: dataAccess, message: "Routes call domain functions in lib/<domain>, never the database." },
        ],
      }],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [{ group: ["@/lib/*", "@/lib/**", "**/lib/**"], message: "Components are presentational: they get data by props, never from lib/." }],
      }],
    },
  },
];

export default config;
