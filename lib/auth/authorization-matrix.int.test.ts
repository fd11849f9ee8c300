// Every server action and route handler that changes or reveals non-public data,
// called as anonymous, editor, admin and a deactivated user, gets the expected allow
// or deny from the server. A new action or route without a row here fails the test.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { buildUser } from "@/prisma/seed/factories";
import type { Actor } from "./policy";
import { MATRIX, type Outcome, type Who } from "./authorization-matrix.fixture";

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** "app/desk/admin/users/actions.ts#inviteUserAction" for every exported server action. */
function serverActions(): string[] {
  return filesUnder("app")
    .filter((file) => /\.tsx?$/.test(file))
    .flatMap((file) => {
      const source = readFileSync(file, "utf8");
      if (!/^\s*["']use server["']/.test(source)) return [];
      // `export async function x` or, built by the factory, `export const x = deskAction(…)`
      return [...source.matchAll(/export\s+(?:async\s+function\s+(\w+)|const\s+(\w+)\s*=)/g)].map(
        (m) => `${relative(".", file)}#${m[1] ?? m[2]}`,
      );
    });
}

/** "app/api/…/route.ts#GET" for every route handler method. */
function routeHandlers(): string[] {
  return filesUnder("app")
    .filter((file) => /route\.tsx?$/.test(file))
    .flatMap((file) => {
      const source = readFileSync(file, "utf8");
      const methods = [...source.matchAll(/export\s+(?:async\s+function|const|\{[^}]*?as)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map(
        (m) => m[1],
      );
      const reexported = [...source.matchAll(/as (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
      return [...new Set([...methods, ...reexported])].map((method) => `${relative(".", file)}#${method}`);
    });
}

const actors: Record<Who, Actor | null> = { anonymous: null, editor: null, admin: null, deactivated: null };

beforeAll(async () => {
  const make = (role: "admin" | "editor", active = true) =>
    db().$transaction((tx) => buildUser(tx, { role, active, password: "a long enough password" }));
  actors.admin = await make("admin");
  actors.editor = await make("editor");
  actors.deactivated = await make("editor", false);
});

describe("the authorisation matrix", () => {
  it("has a row for every server action and route handler", () => {
    const found = [...serverActions(), ...routeHandlers()].sort();
    expect(found.filter((key) => !(key in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((key) => !found.includes(key))).toEqual([]);
  });

  it("names, for every action, the domain function that the action really calls", () => {
    for (const [key, row] of Object.entries(MATRIX)) {
      if (row.kind === "public") continue;
      const source = readFileSync(key.split("#")[0]!, "utf8");
      // called by hand, `domain(`, or handed to a factory, `deskAction(domain,` / `tokenRoute(domain,`
      const calls = new RegExp(`\\b${row.domain}\\(|(?:deskAction|deskCall|tokenRoute)\\(${row.domain}\\b`);
      expect(source, `${key} should call ${row.domain}`).toMatch(calls);
    }
  });

  for (const [key, row] of Object.entries(MATRIX)) {
    if (row.kind === "public") continue;
    for (const who of ["anonymous", "editor", "admin", "deactivated"] as const) {
      it(`${key} as ${who}: ${row.expect[who]}`, async () => {
        const outcome: Outcome = await row.call(actors[who]).then(
          () => "allow",
          (error: unknown) => {
            if (isAppError(error) && (error.code === "unauthenticated" || error.code === "forbidden")) return "deny";
            if (isAppError(error)) return "allow"; // past the permission check, refused for another reason
            throw error;
          },
        );
        expect(outcome).toBe(row.expect[who]);
      });
    }
  }
});
