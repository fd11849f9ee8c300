// Types for lib/db/cached-page-scripts.mjs.
export function turbopackBootstraps(serverDistDir: string): Set<string>;
export function classifyInlineScripts(
  html: string,
  page?: { rscData?: Uint8Array | null; bootstraps?: Set<string> },
): { hashes: string[]; foreign: string[] };
export function addScriptPolicy<T>(value: T, options?: { bootstraps?: Set<string>; onForeign?: (scripts: string[]) => void }): T;
