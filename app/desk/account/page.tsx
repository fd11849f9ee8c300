import Link from "next/link";
import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { UpdateNameForm } from "@/components/account/update-name-form";
import { requireActor } from "@/lib/auth/require-actor";
import { changePasswordAction } from "./actions/change-password";
import { updateNameAction } from "./actions/update-name";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const actor = await requireActor({ from: "/desk/account", permission: "account.update" });
  return (
    <div className="narrow account">
      <h1>Your account</h1>
      <p className="meta">
        Signed in as {actor.email}, {actor.role === "admin" ? "an admin" : "an editor"}.
      </p>
      <section aria-labelledby="account-name">
        <h2 id="account-name">Name</h2>
        <UpdateNameForm action={updateNameAction} name={actor.name} />
      </section>
      <section aria-labelledby="account-password">
        <h2 id="account-password">Password</h2>
        <p className="field-hint">Changing your password signs you out everywhere, here too.</p>
        <ChangePasswordForm action={changePasswordAction} />
      </section>
      <section aria-labelledby="account-api">
        <h2 id="account-api">API tokens</h2>
        <p>
          Scripts and other systems use the <Link href="/api/docs">API</Link> with a token of yours.{" "}
          <Link href="/desk/account/tokens">Manage your API tokens</Link>
        </p>
      </section>
    </div>
  );
}
