// Where the end-to-end run's database lives; shared by its server, its teardown and
// the tests, which make their own users and briefs in it.
import { testServerUrl } from "@/lib/db/test-database";

export function e2eDatabase() {
  const id = process.env.BRIEFDESK_E2E_ID;
  const dataDir = process.env.BRIEFDESK_E2E_DATA_DIR;
  if (!id || !dataDir) throw new Error("Run end-to-end tests through Playwright (npm run test:e2e).");
  const serverUrl = testServerUrl();
  const name = `briefdesk_e2e_${id}`;
  const url = serverUrl
    ? Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString()
    : `postgresql://postgres:postgres@127.0.0.1:${process.env.BRIEFDESK_E2E_DB_PORT}/postgres?sslmode=disable`;
  return { serverUrl, name, url, dataDir };
}
