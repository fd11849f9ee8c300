// What db:backup and db:restore share: the file argument and the embedded data folder.
import { join, resolve } from "node:path";

/** The one positional argument, or the usage and exit status 2. */
export function fileArgument(command: string, what: string): string {
  const args = process.argv.slice(2).filter((arg) => arg !== "--");
  if (args.length !== 1 || args[0]!.startsWith("-")) {
    console.error(`Usage: npm run ${command} -- <file>\n\n${what}`);
    process.exit(2);
  }
  return args[0]!;
}

/** The embedded database's folder, as `npm start` uses it. */
export function embeddedDataDir(): string {
  // `||`, not `??`: an empty BRIEFDESK_DATA_DIR must not mean "/".
  return join(resolve(process.env.BRIEFDESK_DATA_DIR || "data"), "pglite");
}
