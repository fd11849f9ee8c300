import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

const site = "http://localhost:3000";

describe("safeCallbackPath", () => {
  it("returns to a page of this site", () => {
    expect(safeCallbackPath("/desk/admin/users?x=1", site)).toBe("/desk/admin/users?x=1");
    expect(safeCallbackPath("http://localhost:3000/desk/account", site)).toBe("/desk/account");
    expect(safeCallbackPath("/desk/briefs/abc#quotes", site)).toBe("/desk/briefs/abc#quotes");
    expect(safeCallbackPath("desk/account", site)).toBe("/desk/account");
    expect(safeCallbackPath("/desk/../desk/account", site)).toBe("/desk/account");
  });

  it("keeps an encoded slash or backslash inside the path, where browsers never read it as a host", () => {
    expect(safeCallbackPath("%2F%2Fevil.example", site)).toBe("/%2F%2Fevil.example");
    expect(safeCallbackPath("/%2F%2Fevil.example", site)).toBe("/%2F%2Fevil.example");
    expect(safeCallbackPath("/%5C%5Cevil.example", site)).toBe("/%5C%5Cevil.example");
    expect(safeCallbackPath("/@evil.example", site)).toBe("/@evil.example");
    // the site's own scheme without slashes is relative, for browsers too
    expect(safeCallbackPath("http:evil.example", site)).toBe("/evil.example");
    expect(safeCallbackPath("http:/evil.example", site)).toBe("/evil.example");
  });

  it("goes to the desk when nothing was asked for", () => {
    expect(safeCallbackPath(undefined, site)).toBe("/desk");
    expect(safeCallbackPath(null, site)).toBe("/desk");
    expect(safeCallbackPath("", site)).toBe("/desk");
  });

  // Each of these, as a Location header or a client-side navigation, takes a browser
  // to another host or runs script.
  const hostile = [
    // another origin
    "https://evil.example/desk",
    "http://localhost:3001/desk",
    "https://localhost:3000/desk",
    "http://localhost:3000.evil.example/desk",
    // scheme-relative, and what resolves to it
    "//evil.example/desk",
    "///evil.example/desk",
    "////evil.example",
    "/.//evil.example/phish",
    "/..//evil.example",
    "/desk/..//evil.example",
    "/desk/../..//evil.example",
    "/././/evil.example",
    "http://localhost:3000//evil.example",
    "http://localhost:3000/.//evil.example",
    "http://localhost:3000/..//evil.example",
    // backslashes, which browsers read as slashes
    "/\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "/./\\/evil.example",
    "/\\/evil.example",
    "http:\\\\evil.example",
    "http://localhost:3000/\\evil.example",
    // tabs, newlines and other control characters, which browsers drop
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "/\u0000/evil.example",
    " //evil.example",
    // schemes that run script or carry content
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)",
    "  javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    // another scheme without slashes: still that scheme's host
    "https:evil.example",
    "https:/evil.example",
    // userinfo
    "http://localhost:3000@evil.example/desk",
    "https://evil.example@localhost:3000/desk",
    "http://user:pass@localhost:3000/desk",
    "//localhost:3000@evil.example",
    // encoded, once decoded by the page's search parameters
    decodeURIComponent("%2F%2Fevil.example"),
    decodeURIComponent("%2F.%2F%2Fevil.example%2Fphish"),
    decodeURIComponent("%2F%5Cevil.example"),
    decodeURIComponent("%2F%09%2Fevil.example"),
    decodeURIComponent("http%3A%2F%2Fevil.example"),
    // not a URL at all
    "http://[::1",
  ];

  it.each(hostile)("never leaves the site for %j", (value) => {
    const path = safeCallbackPath(value, site);
    expect(path).toBe("/desk");
  });

  it("answers a path that a browser resolves to this site, whatever it was given", () => {
    for (const value of hostile) {
      const path = safeCallbackPath(value, site);
      expect(new URL(path, site).origin).toBe(site);
      expect(path).toMatch(/^\/(?![/\\])/);
    }
  });
});
