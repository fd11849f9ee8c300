// Types for lib/db/one-byte-page.mjs.
export function oneBytePage(html: string): string;
