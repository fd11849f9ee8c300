"use client";

// A reader page that failed while rendering (the first one to meet a database outage,
// before the proxy's guard knows of it; or a failure in the browser). Says so plainly;
// the proxy gives the following requests a 503 with Retry-After.
export default function ReaderError({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <h1>This page is briefly unavailable</h1>
      <p>We could not load it just now. Nothing is lost: please try again in a minute.</p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>
      </p>
    </>
  );
}
