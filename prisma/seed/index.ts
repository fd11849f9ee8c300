// `npm run db:seed`: seeds the demo desk into DATABASE_URL when it holds no users.
import { createDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { isEmpty, seedDemo } from "./demo";

const url = env().DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. `npm start` seeds the embedded database by itself.");
  process.exit(1);
}
const db = createDb(url);
try {
  if (!(await isEmpty(db))) {
    console.log("The database already has users; nothing seeded.");
  } else {
    const accounts = await seedDemo(db, { withPasswords: process.argv.includes("--with-passwords") });
    console.log("Seeded the demo desk. Accounts:");
    for (const a of accounts)
      console.log(`  ${a.role.padEnd(6)} ${a.email}  ${a.password ? `password: ${a.password}` : "(no password set)"}`);
  }
} finally {
  await db.$disconnect();
}
