import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The one-way layering of DESIGN.md, enforced: app → lib/<domain> → lib/db.
const prismaSetup = ["@prisma/client", "@prisma/client/*", "@prisma/adapter-pg", "**/db/generated/*", "@/lib/db/generated/*"];
const dataAccess = ["@/lib/db", "@/lib/db/*", "**/lib/db/*"];

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "lib/db/generated/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    files: ["**/*.{ts,tsx}"],
    ignores: ["lib/db/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: prismaSetup, message: "Only lib/db sets up Prisma: import from @/lib/db/client." }] },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: prismaSetup, message: "Only lib/db sets up Prisma." },
            { group: dataAccess, message: "Routes call domain functions in lib/<domain>, never the database." },
          ],
        },
      ],
    },
  },
  {
    // Components may name lib's types (`import type`), never its values or data access.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": "off",
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: prismaSetup, message: "Components never touch the database." },
            {
              // lib/<domain>/labels.ts: the words the UI shows for a domain's values, pure constants (see below)
              regex: "(^|/)lib/(?![a-z-]+/labels$)",
              allowTypeImports: true,
              message:
                "Components are presentational: import only types from lib/ (import type), and values only from lib/<domain>/labels.",
            },
          ],
        },
      ],
    },
  },
  {
    // A labels module is imported by client components as a value, so it stays a module of
    // constants and pure functions: it imports nothing but types.
    files: ["lib/*/labels.ts"],
    rules: {
      "no-restricted-imports": "off",
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["*", "**"],
              allowTypeImports: true,
              message: "lib/<domain>/labels.ts imports only types: components load it in the browser.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/db/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: prismaSetup, message: "Only lib/db sets up Prisma: import from @/lib/db/client." },
            {
              group: ["@/app/*", "@/app/**", "**/app/**", "@/components/*", "@/components/**"],
              message: "lib/ never depends on routes or components.",
            },
          ],
        },
      ],
    },
  },
  {
    // The environment is read in one place, lib/env.ts, parsed once and validated: env().
    files: ["**/*.{ts,tsx,js,mjs}"],
    ignores: [
      "lib/env.ts",
      "scripts/**",
      "e2e/**",
      "**/*.test.{ts,tsx}",
      "**/*.fixture.ts",
      "**/test-*.ts",
      "lib/db/integration-setup.ts",
      // loaded by Next as plain Node modules (cacheHandler), outside the app's TypeScript
      "lib/db/*.mjs",
      // config files
      "*.config.{ts,js,mjs}",
      // Next inlines process.env.NEXT_RUNTIME at build time, so it must be written out
      "instrumentation.ts",
    ],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read the environment through env() from lib/env.ts: parsed once, validated." },
      ],
    },
  },
];

export default config;
