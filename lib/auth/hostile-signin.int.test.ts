// Issue 14, items 5 and 6: sign-in throttling that a forged X-Forwarded-For cannot
// escape, and that nobody can use to lock someone else out of their account.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { PEER_HEADER, peerHeaderValue } from "@/lib/security/client-address";
import { refusal } from "@/lib/test-support";
import { buildUser } from "@/prisma/seed/factories";
import { authenticate, WRONG_CREDENTIALS } from "./authenticate";
import { authOptions } from "./options";
import { ACCOUNT_ADDRESS_LIMIT, ADDRESS_LIMIT } from "./signin-throttle";
import { setTestEnv } from "@/lib/test-env";

const password = "correct horse battery staple";
const newUser = () => db().$transaction((tx) => buildUser(tx, { password }));

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ id: string } | null>;
const credentials = authOptions.providers.find((p) => p.id === "credentials") as unknown as { options: { authorize: Authorize } };

/** Signs in through next-auth's credentials provider, as its route handler calls it. */
async function signInOverHttp(email: string, pass: string, headers: Record<string, string>): Promise<{ id: string } | Error | null> {
  return credentials.options.authorize({ email, password: pass }, { headers }).catch((error: Error) => error);
}

const uniqueAddress = (prefix: string) => `${prefix}.${Math.floor(Math.random() * 250) + 1}`;

describe("sign-in throttling and X-Forwarded-For", () => {
  afterEach(() => {
    setTestEnv({ TRUSTED_PROXY_HOPS: undefined });
  });

  it("counts the socket's address, so rotating X-Forwarded-For does not escape the limit", async () => {
    const user = await newUser();
    const socket = { [PEER_HEADER]: peerHeaderValue(uniqueAddress("192.0.2")) };
    const answers: (Error | { id: string } | null)[] = [];
    for (let i = 0; i < ACCOUNT_ADDRESS_LIMIT.points; i++) {
      answers.push(await signInOverHttp(user.email, `wrong ${i}`, { ...socket, "x-forwarded-for": `198.51.100.${i + 1}` }));
    }
    expect((answers.at(-1) as Error).message).toMatch(/^Too many failed sign-in attempts/);
    const right = await signInOverHttp(user.email, password, { ...socket, "x-forwarded-for": "198.51.100.99" });
    expect(right).toBeInstanceOf(Error);
    expect((right as Error).message).toMatch(/^Too many failed sign-in attempts/);
  }, 60_000);

  it("behind one trusted proxy, counts the address the proxy appended, not what the client wrote before it", async () => {
    setTestEnv({ TRUSTED_PROXY_HOPS: "1" });
    const user = await newUser();
    const proxy = { [PEER_HEADER]: peerHeaderValue("10.20.30.40") };
    const client = uniqueAddress("203.0.113");
    for (let i = 0; i < ACCOUNT_ADDRESS_LIMIT.points; i++) {
      await signInOverHttp(user.email, `wrong ${i}`, { ...proxy, "x-forwarded-for": `198.51.100.${i + 1}, ${client}` });
    }
    const forged = await signInOverHttp(user.email, password, { ...proxy, "x-forwarded-for": `198.51.100.77, ${client}` });
    expect((forged as Error).message).toMatch(/^Too many failed sign-in attempts/);
    // another client behind the same proxy is not held back by them
    const other = await signInOverHttp(user.email, password, {
      ...proxy,
      "x-forwarded-for": `198.51.100.77, ${uniqueAddress("198.18.0")}`,
    });
    expect(other).toMatchObject({ id: user.id });
  }, 60_000);

  it("counts a whole IPv6 /64 as one address", async () => {
    const user = await newUser();
    const prefix = `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}:1`;
    let last: AppError | undefined;
    for (let i = 0; i < ACCOUNT_ADDRESS_LIMIT.points; i++) {
      last = await refusal(authenticate({ email: user.email, password: "wrong", address: `${prefix}::${i + 1}` }));
    }
    expect(last?.code).toBe("throttled");
    expect((await refusal(authenticate({ email: user.email, password, address: `${prefix}:ffff::1` }))).code).toBe("throttled");
  }, 60_000);
});

describe("no account lockout by others", () => {
  it("lets the right password in from a new address after failures from rotating addresses, slowed but not refused", async () => {
    const user = await newUser();
    for (let i = 0; i < ACCOUNT_ADDRESS_LIMIT.points; i++) {
      const error = await refusal(authenticate({ email: user.email, password: "wrong", address: `10.1.${i}.1` }));
      expect(error.code).toBe("unauthenticated");
      expect(error.message).toBe(WRONG_CREDENTIALS);
    }
    const started = Date.now();
    const actor = await authenticate({ email: user.email, password, address: "10.1.99.1" });
    expect(actor).toMatchObject({ id: user.id });
    // five failures from anywhere slow the next try at the account by 4 s
    expect(Date.now() - started).toBeGreaterThanOrEqual(3900);
  }, 60_000);

  it("still refuses brute force from one address, even when the password is finally right", async () => {
    const user = await newUser();
    const address = "10.2.0.1";
    const errors: AppError[] = [];
    for (let i = 0; i < ACCOUNT_ADDRESS_LIMIT.points + 1; i++) {
      errors.push(await refusal(authenticate({ email: user.email, password: `guess ${i}`, address })));
    }
    expect(errors.slice(ACCOUNT_ADDRESS_LIMIT.points - 1).map((e) => e.code)).toEqual(["throttled", "throttled"]);
    expect((await refusal(authenticate({ email: user.email, password, address }))).code).toBe("throttled");
    // and the person with the password, elsewhere, is not refused
    expect(await authenticate({ email: user.email, password, address: "10.2.0.2" })).toMatchObject({ id: user.id });
  }, 60_000);

  it("refuses an address that tries one password on many accounts", async () => {
    const user = await newUser();
    const address = "10.3.0.1";
    for (let i = 0; i < ADDRESS_LIMIT.points; i++) {
      await refusal(authenticate({ email: `someone-${i}-${Date.now()}@briefdesk.test`, password: "Summer2026!", address }));
    }
    expect((await refusal(authenticate({ email: user.email, password, address }))).code).toBe("throttled");
    expect(await authenticate({ email: user.email, password, address: "10.3.0.2" })).toMatchObject({ id: user.id });
  }, 60_000);
});
