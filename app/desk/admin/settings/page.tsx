import type { Metadata } from "next";
import Link from "next/link";
import { SelfApprovalForm } from "@/components/settings/self-approval-form";
import { requireActor } from "@/lib/auth/require-actor";
import { getDeskSettings } from "@/lib/review/settings";
import { setAllowSelfApprovalAction } from "./actions/set-allow-self-approval";

export const metadata: Metadata = { title: "Desk settings" };

export default async function SettingsPage() {
  await requireActor({ from: "/desk/admin/settings", permission: "settings.manage" });
  const settings = await getDeskSettings();
  return (
    <>
      <h1>Desk settings</h1>
      <SelfApprovalForm allowed={settings.allowSelfApproval} action={setAllowSelfApprovalAction} />
      <p>
        <Link href="/desk/admin/verdicts">Verdict scale</Link>: the ratings claims get, or conclusion-only.
      </p>
    </>
  );
}
