import type { MetadataRoute } from "next";
import { siteOrigin } from "@/lib/env";

// Read at request time: the sitemap's address is the running site's origin.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      // The reader site and the public JSON API; not the desk, sign-in or internal API routes.
      allow: ["/", "/api/v1/"],
      disallow: ["/desk", "/api/", "/signin", "/set-password/"],
    },
    sitemap: new URL("/sitemap.xml", siteOrigin()).toString(),
  };
}
