import { describe, expect, it } from "vitest";
import { refusal } from "@/lib/test-support";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { buildUser } from "@/prisma/seed/factories";
import { authenticate, WRONG_CREDENTIALS } from "./authenticate";
import { ACCOUNT_ADDRESS_LIMIT, failureDelayMs } from "./signin-throttle";

const password = "correct horse battery staple";
const newUser = (overrides: { active?: boolean } = {}) => db().$transaction((tx) => buildUser(tx, { password, ...overrides }));

describe("authenticate", () => {
  it("signs in with the right password, whatever the email's case", async () => {
    const user = await newUser();
    const actor = await authenticate({ email: user.email.toUpperCase(), password, address: "10.0.0.1" });
    expect(actor).toMatchObject({ id: user.id, role: "editor", sessionVersion: 0 });
  });

  it("gives one generic message for a wrong password and an unknown email", async () => {
    const user = await newUser();
    const wrongPassword = await refusal(authenticate({ email: user.email, password: "nope", address: "10.0.0.2" }));
    const unknownEmail = await refusal(authenticate({ email: "nobody@briefdesk.test", password, address: "10.0.0.2" }));
    expect(wrongPassword?.message).toBe(WRONG_CREDENTIALS);
    expect(unknownEmail?.message).toBe(WRONG_CREDENTIALS);
  });

  it("refuses a deactivated user with the same generic message", async () => {
    const user = await newUser({ active: false });
    expect((await refusal(authenticate({ email: user.email, password, address: "10.0.0.3" })))?.message).toBe(WRONG_CREDENTIALS);
  });

  it("refuses an address after repeated failures for an account, even with the right password, and says for how long", async () => {
    const user = await newUser();
    const errors: (AppError | null)[] = [];
    for (let i = 0; i < ACCOUNT_ADDRESS_LIMIT.points; i++) {
      errors.push(await refusal(authenticate({ email: user.email, password: "wrong", address: "10.0.1.1" })));
    }
    expect(errors.slice(0, -1).every((e) => e?.code === "unauthenticated")).toBe(true);
    expect(errors.at(-1)?.code).toBe("throttled");
    expect(errors.at(-1)?.message).toMatch(/Too many failed sign-in attempts\. Try again in 1[45] minutes\./);

    const right = await refusal(authenticate({ email: user.email, password, address: "10.0.1.1" }));
    expect(right?.code).toBe("throttled");
    expect(right?.retryAfterSeconds).toBeGreaterThan(800);
    // The counters live in PostgreSQL, where every app instance sees them.
    expect(await db().signinThrottle.count({ where: { key: { contains: user.email } } })).toBe(2);
  }, 30_000);

  it("forgets an account's failures after a successful sign-in", async () => {
    const user = await newUser();
    for (let i = 0; i < ACCOUNT_ADDRESS_LIMIT.points - 2; i++)
      await refusal(authenticate({ email: user.email, password: "wrong", address: "10.0.3.1" }));
    await authenticate({ email: user.email, password, address: "10.0.3.1" });
    const again = await refusal(authenticate({ email: user.email, password: "wrong", address: "10.0.3.1" }));
    expect(again?.code).toBe("unauthenticated");
  }, 30_000);
});

describe("failureDelayMs", () => {
  it("slows each failure more, up to a cap", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 9].map(failureDelayMs)).toEqual([0, 0, 500, 1000, 2000, 4000, 8000, 8000]);
  });
});
