import type { Metadata } from "next";
import Link from "next/link";
import { SetPasswordForm } from "@/components/users/set-password-form";
import { getTokenHolder } from "@/lib/users/get-token-holder";
import { setPasswordAction } from "./actions/set-password";

// The token is in the address: keep it out of Referer headers and search engines.
export const metadata: Metadata = { title: "Set your password", referrer: "no-referrer", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

export default async function SetPasswordPage({ params }: Props) {
  const { token } = await params;
  const holder = await getTokenHolder(token);

  if (holder.status === "invalid") {
    return (
      <div className="narrow">
        <h1>This link cannot be used</h1>
        <p className="form-error" role="alert">
          {holder.message}
        </p>
        <p>
          <Link href="/signin">Go to sign-in</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="narrow">
      <h1>{holder.purpose === "invite" ? "Welcome to Briefdesk" : "Set a new password"}</h1>
      <p>
        Choose a password for <strong>{holder.name}</strong> ({holder.email}). This link works once.
      </p>
      <SetPasswordForm action={setPasswordAction} token={token} email={holder.email} />
    </div>
  );
}
