// After sign-in the user returns to the page they asked for, but only to a page of
// this site: anything else goes to the desk. The answer is always a path that
// starts with exactly one "/", because browsers read "//evil.example" and
// "/\evil.example" as another host, drop tabs and newlines anywhere in a URL, and
// treat "\" as "/": so a value with a backslash or a control character is refused
// before parsing, and the path is checked again after "/./" and "/../" are resolved
// ("/.//evil.example" resolves to "//evil.example").
import { env } from "@/lib/env";

const DESK = "/desk";

export function safeCallbackPath(value: string | undefined | null, siteUrl = env().NEXTAUTH_URL): string {
  if (!value) return DESK;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return DESK;
  const base = new URL(siteUrl || "http://localhost");
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return DESK;
  }
  if (url.origin !== base.origin || url.username || url.password) return DESK;
  const path = url.pathname + url.search + url.hash;
  return path.startsWith("/") && !path.startsWith("//") ? path : DESK;
}
