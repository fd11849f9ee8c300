import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SigninForm } from "@/components/auth/signin-form";
import { getActor } from "@/lib/auth/get-actor";
import { safeCallbackPath } from "@/lib/auth/callback-url";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string; notice?: string }> };

const NOTICES: Record<string, string> = {
  "password-set": "Password set. Sign in with your new password.",
  "password-changed": "Password changed. Sign in again with your new password.",
};

export default async function SigninPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getActor()) redirect(callbackUrl);
  return (
    <div className="narrow">
      <h1>Sign in to the desk</h1>
      {params.notice && NOTICES[params.notice] && (
        <p className="notice" role="status">
          {NOTICES[params.notice]}
        </p>
      )}
      <SigninForm callbackUrl={callbackUrl} initialError={params.error ? "Sign-in failed. Please try again." : undefined} />
    </div>
  );
}
