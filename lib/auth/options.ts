// next-auth configuration: email + password (always on), GitHub sign-in when
// GITHUB_ID and GITHUB_SECRET are set (for existing, active users only, matched by
// email). Sessions are JWTs in signed, httpOnly, SameSite=Lax cookies, Secure when
// the site is served over HTTPS.
import type { NextAuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { clientAddress } from "@/lib/security/client-address";
import { authenticate } from "./authenticate";
import { safeCallbackPath } from "./callback-url";
import { endSessions } from "./end-sessions";

const SESSION_HOURS = 12;

const providers: NextAuthOptions["providers"] = [
  CredentialsProvider({
    id: "credentials",
    name: "Email and password",
    credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
    async authorize(credentials, req) {
      try {
        const actor = await authenticate({
          email: credentials?.email ?? "",
          password: credentials?.password ?? "",
          address: clientAddress(req?.headers),
        });
        return { id: actor.id, name: actor.name, email: actor.email, sessionVersion: actor.sessionVersion } as User;
      } catch (error) {
        // next-auth hands this message to the sign-in form.
        if (isAppError(error)) throw new Error(error.message);
        throw error;
      }
    },
  }),
];

const { GITHUB_ID, GITHUB_SECRET, NEXTAUTH_SECRET, NEXTAUTH_URL } = env();
if (GITHUB_ID && GITHUB_SECRET) {
  providers.push(GitHubProvider({ clientId: GITHUB_ID, clientSecret: GITHUB_SECRET }));
}

export const authOptions: NextAuthOptions = {
  secret: NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 60 * 60 },
  useSecureCookies: (NEXTAUTH_URL ?? "").startsWith("https://"),
  pages: { signIn: "/signin", error: "/signin" },
  providers,
  callbacks: {
    // Where next-auth sends the browser after signing in or out: a page of this site only.
    async redirect({ url, baseUrl }) {
      return baseUrl + safeCallbackPath(url, baseUrl);
    },
    async signIn({ user, account }) {
      if (account?.provider === "credentials") return true;
      // Outside providers only sign in people the desk already has.
      const known = user.email ? await db().user.findUnique({ where: { email: user.email.toLowerCase() } }) : null;
      return Boolean(known?.active);
    },
    async jwt({ token, user, account }) {
      if (user && account) {
        const stored = await db().user.findUnique({
          where: account.provider === "credentials" ? { id: user.id } : { email: (user.email ?? "").toLowerCase() },
          select: { id: true, sessionVersion: true },
        });
        if (stored) {
          token.sub = stored.id;
          token.sv = stored.sessionVersion;
        }
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, userId: token.sub, sessionVersion: token.sv };
    },
  },
  events: {
    // Signing out ends the session for good: a copy of the cookie taken before no longer signs in.
    async signOut({ token }) {
      if (token?.sub && typeof token.sv === "number") await endSessions({ userId: token.sub, sessionVersion: token.sv });
    },
  },
};
