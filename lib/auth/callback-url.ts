// After sign-in the user returns to the page they asked for, but only to a page of
// this site: another origin ("https://evil.example", "//evil.example") goes to the desk.
export function safeCallbackPath(value: string | undefined | null, siteUrl = process.env.NEXTAUTH_URL): string {
  if (!value) return "/desk";
  const base = new URL(siteUrl || "http://localhost");
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return "/desk";
  }
  return url.origin === base.origin ? url.pathname + url.search + url.hash : "/desk";
}
