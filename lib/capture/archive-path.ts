// Where archived copies are served, and the policy they are served with. Kept free of
// imports so that proxy.ts can use it: the proxy's own Content-Security-Policy would
// otherwise override the route's (a proxy's response headers win over a route
// handler's), and an archived page must get `sandbox`, not the site's policy.
export const ARCHIVE_CSP =
  "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

/** /desk/documents/<id>/archived and /briefs/<slug>/documents/<ref>/archived */
export function isArchivedCopyPath(pathname: string): boolean {
  return /^\/(desk\/documents\/[^/]+|briefs\/[^/]+\/documents\/[^/]+)\/archived\/?$/.test(pathname);
}
