import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/require-actor";

export const metadata: Metadata = { title: "Desk" };

export default async function DeskHome() {
  const actor = await requireActor({ from: "/desk" });
  return (
    <>
      <h1>Desk</h1>
      <p>Welcome, {actor.name}. You are signed in as {actor.role === "admin" ? "an admin" : "an editor"}.</p>
    </>
  );
}
