"use client";

import { useRef, useState } from "react";
import type { OneTimeLinkState } from "../forms/form-state";

// Shown in UTC so that the server's and the browser's rendering agree.
const expiry = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** A set-password link, shown once to the admin who issued it, ready to copy. */
export function OneTimeLink({ id, link }: { id: string; link: OneTimeLinkState }) {
  const [copied, setCopied] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied(true);
    } catch {
      // No clipboard access (e.g. a plain-http address): select it for a manual copy.
      input.current?.select();
    }
  }
  return (
    <div className="field one-time-link">
      <label htmlFor={id}>One-time link</label>
      <div className="one-time-link-row">
        <input
          ref={input}
          id={id}
          type="text"
          readOnly
          value={link.url}
          aria-describedby={`${id}-expiry`}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="secondary" onClick={copy}>
          {copied ? "Copied" : "Copy link"}
        </button>
      </div>
      <p id={`${id}-expiry`} className="field-hint">
        Expires {expiry.format(new Date(link.expiresAt))} UTC. It is shown only now: copy it before you leave this page.
      </p>
    </div>
  );
}
