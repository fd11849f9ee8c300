// `prisma generate` never runs the schema engine, it only checks that one exists
// (and would download it, which machines without internet access cannot). Point it at
// any executable when no engine binary is configured, then generate the client.
import { spawnSync } from "node:child_process";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
