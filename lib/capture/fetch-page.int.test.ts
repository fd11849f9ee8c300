// Issue 19 item 2: the capture fetcher reaches public addresses only. Every case runs
// against a real server on 127.0.0.1 that counts what reaches it: a refused address
// must fail with the plain sentence AND never reach the server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Resolver } from "@/lib/security/public-address";
import { fetchPage } from "./fetch-page";
import { startFixtureServer, type FixtureServer } from "./fixture-server";

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

const PRIVATE = "That address is on a private network and cannot be fetched.";
const message = (promise: Promise<unknown>) =>
  promise.then(
    () => "fetched",
    (error: Error) => error.message,
  );
/** A resolver that answers what the test says, as a hostile DNS server would, counting the questions. */
function hostileDns(answer: string[]): Resolver & { asked: string[] } {
  const asked: string[] = [];
  return Object.assign(
    async (hostname: string) => {
      asked.push(hostname);
      return answer.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
    },
    { asked },
  );
}

describe("addresses that are not public are refused before any connection", () => {
  it.each([
    ["decimal IPv4", (port: number) => `http://2130706433:${port}/news-article`],
    ["hex IPv4", (port: number) => `http://0x7f000001:${port}/news-article`],
    ["short hex IPv4", (port: number) => `http://0x7f.1:${port}/news-article`],
    ["octal IPv4", (port: number) => `http://0177.0.0.1:${port}/news-article`],
    ["IPv4-mapped IPv6", (port: number) => `http://[::ffff:127.0.0.1]:${port}/news-article`],
    ["IPv4-mapped IPv6 in hex", (port: number) => `http://[::ffff:7f00:1]:${port}/news-article`],
    ["loopback", (port: number) => `http://127.0.0.1:${port}/news-article`],
    ["localhost", (port: number) => `http://localhost:${port}/news-article`],
  ])("%s", async (_, url) => {
    const before = server.requests.length;
    expect(await message(fetchPage(url(server.port), { extraPorts: [server.port] }))).toBe(PRIVATE);
    expect(server.requests.length).toBe(before);
  });

  it.each([
    "http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.1/",
    "http://172.16.0.1/",
    "http://192.168.1.1/",
    "http://100.64.0.1/",
    "http://0.0.0.0/",
    "http://[::1]/",
    "http://[fd00::1]/",
    "http://[fe80::1]/",
    "http://224.0.0.1/",
    "http://[ff02::1]/",
    "http://[::ffff:a9fe:a9fe]/",
  ])("%s", async (url) => {
    expect(await message(fetchPage(url, { timeoutMs: 2000 }))).toBe(PRIVATE);
  });

  it("a name whose DNS answers a private address", async () => {
    for (const answer of [
      ["10.0.0.5"],
      ["127.0.0.1"],
      ["169.254.169.254"],
      ["::ffff:127.0.0.1"],
      ["fd12::1"],
      ["93.184.215.14", "192.168.0.2"],
    ]) {
      const dns = hostileDns(answer);
      expect(await message(fetchPage("http://news.example.org/a", { resolve: dns }))).toBe(PRIVATE);
      expect(dns.asked).toEqual(["news.example.org"]);
    }
  });

  it("connects to the address it checked, resolving the name once (no DNS rebinding window)", async () => {
    const dns = hostileDns(["127.0.0.1"]);
    const page = await fetchPage(`http://rebinding.example.org:${server.port}/news-article`, {
      allowLoopback: true,
      resolve: dns,
      extraPorts: [server.port],
    });
    expect(page.status).toBe(200);
    expect(dns.asked).toEqual(["rebinding.example.org"]);
  });

  it("only http and https, the usual ports, and no credentials", async () => {
    expect(await message(fetchPage("ftp://files.example.org/a"))).toBe("Only http:// and https:// addresses can be captured.");
    expect(await message(fetchPage("file:///etc/passwd"))).toBe("Only http:// and https:// addresses can be captured.");
    expect(await message(fetchPage("http://news.example.org:8080/"))).toMatch(/^Port 8080 is not allowed/);
    expect(await message(fetchPage("http://user:secret@news.example.org/"))).toBe(
      "Give the address without a user name or password in it.",
    );
    expect(await message(fetchPage("not a web address"))).toBe("Enter a web address that starts with http:// or https://.");
  });
});

describe("with loopback allowed (the tests' fixture server)", () => {
  const local = { allowLoopback: true };

  it("follows a redirect chain and reports the final address", async () => {
    const page = await fetchPage(`${server.origin}/redirect/3#part`, local);
    expect(page).toMatchObject({
      requestedUrl: `${server.origin}/redirect/3`,
      finalUrl: `${server.origin}/news-article`,
      status: 200,
      contentType: "text/html",
      charset: "utf-8",
    });
    expect(page.body.toString("utf8")).toContain("Harbour authority confirms dredging delay");
  });

  it("refuses more than 5 redirects", async () => {
    expect(await fetchPage(`${server.origin}/redirect/5`, local).then((p) => p.status)).toBe(200);
    expect(await message(fetchPage(`${server.origin}/redirect/6`, local))).toBe(
      "The page redirects more than 5 times; give its final address.",
    );
  });

  it("checks every redirect: one to a private address is refused", async () => {
    expect(await message(fetchPage(`${server.origin}/to-private`, local))).toBe(PRIVATE);
    expect(await message(fetchPage(`${server.origin}/to-private-v6`, local))).toBe(PRIVATE);
  });

  it("stops reading past 5 MB", async () => {
    expect(await message(fetchPage(`${server.origin}/oversized`, local))).toBe("The page is larger than 5 MB and cannot be captured.");
  });

  it("stops waiting at the time limit", async () => {
    const started = Date.now();
    expect(await message(fetchPage(`${server.origin}/slow`, { ...local, timeoutMs: 1000 }))).toBe(
      "The page did not finish loading within 1 seconds.",
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("can be cancelled", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    expect(await message(fetchPage(`${server.origin}/slow`, { ...local, signal: controller.signal }))).toBe("The capture was cancelled.");
  });

  it("takes HTML and plain text only, and says PDF is not supported yet", async () => {
    expect(await message(fetchPage(`${server.origin}/report.pdf`, local))).toMatch(/^PDF files cannot be captured yet/);
    expect((await fetchPage(`${server.origin}/plain.txt`, local)).contentType).toBe("text/plain");
    expect(await message(fetchPage(`${server.origin}/missing`, local))).toBe("The site answered with HTTP 404 instead of the page.");
  });

  it("still refuses private addresses that are not loopback", async () => {
    expect(await message(fetchPage("http://10.0.0.1/", local))).toBe(PRIVATE);
    expect(await message(fetchPage("http://x.example.org/", { ...local, resolve: hostileDns(["192.168.0.1"]) }))).toBe(PRIVATE);
  });
});
