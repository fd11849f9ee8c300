import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { buildUser } from "@/prisma/seed/factories";
import { endSessions } from "./end-sessions";

const sessionVersion = async (id: string) =>
  (await db().user.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } })).sessionVersion;

describe("endSessions", () => {
  it("ends the user's sessions once; a cookie already ended changes nothing", async () => {
    const user = await db().$transaction((tx) => buildUser(tx, {}));
    expect(await endSessions({ userId: user.id, sessionVersion: 0 })).toBe(true);
    expect(await sessionVersion(user.id)).toBe(1);
    // the stolen copy of the old cookie signs out again: nothing happens
    expect(await endSessions({ userId: user.id, sessionVersion: 0 })).toBe(false);
    expect(await sessionVersion(user.id)).toBe(1);
  });
});
