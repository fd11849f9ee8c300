import Link from "next/link";
import type { Metadata } from "next";
import { ApiTokenList } from "@/components/api-tokens/api-token-list";
import { CreateApiTokenForm } from "@/components/api-tokens/create-api-token-form";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { requireActor } from "@/lib/auth/require-actor";
import { createApiTokenAction } from "./actions/create-api-token";
import { revokeApiTokenAction } from "./actions/revoke-api-token";

export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage() {
  const actor = await requireActor({ from: "/desk/account/tokens", permission: "account.update" });
  const tokens = await listApiTokens(actor);
  return (
    <div className="narrow-form account">
      <h1>API tokens</h1>
      <p>
        A token lets a script use the <Link href="/api/docs">Briefdesk API</Link> as you, with your role: send it as{" "}
        <code>Authorization: Bearer &lt;token&gt;</code>. It stops working when you revoke it, when it expires, or when your account is
        deactivated.
      </p>
      <section aria-labelledby="new-token">
        <h2 id="new-token">New token</h2>
        <CreateApiTokenForm action={createApiTokenAction} />
      </section>
      <section aria-labelledby="your-tokens">
        <h2 id="your-tokens">Your tokens</h2>
        <ApiTokenList tokens={tokens} revokeAction={revokeApiTokenAction} />
      </section>
    </div>
  );
}
