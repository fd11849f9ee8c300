// Runs before every request (Next 16's proxy, formerly middleware). Gives the request
// an id that server actions, route handlers and pages read from the `x-request-id`
// request header (lib/log.ts), and that the caller gets back in the response, so a
// report ("request 3f2c… failed") leads straight to its log lines.
import { NextResponse, type NextRequest } from "next/server";
import { serveDuringOutage } from "@/lib/ops/serve-during-outage";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/request-id";

export async function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  // While the database does not answer: cached reader pages as usual, a 503 page for the rest.
  const outage = await serveDuringOutage(request, request.nextUrl.pathname);
  if (outage) {
    outage.headers.set(REQUEST_ID_HEADER, requestId);
    return outage;
  }
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  // not for Next's own static files: they log nothing
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
