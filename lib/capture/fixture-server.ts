// Test support: a web server on 127.0.0.1 (a free port) serving the pages capture
// tests fetch, so that no test ever sends traffic beyond this machine. Used by the
// integration tests, the end-to-end spec and `npm run bench`.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

const fixture = (name: string) => readFileSync(join(process.cwd(), "lib/capture/fixtures", name));

/** An article page of about `bytes` bytes: the news article's paragraphs many times over, with page furniture around them. */
export function bigArticlePage(bytes = 200 * 1024): string {
  const paragraphs: string[] = [];
  const navigation: string[] = [];
  for (let i = 0; paragraphs.join("").length < bytes * 0.6; i++) {
    paragraphs.push(
      `<p>Paragraph ${i}: the harbour authority said the dredging of the northern channel would wait for the survey, and shipping companies said the delay would cost them another season of waiting for high tide before entering the port.</p>`,
    );
  }
  for (let i = 0; navigation.join("").length < bytes * 0.4; i++) {
    navigation.push(`<li><a href="/section/${i}">Section ${i}</a> <span class="teaser">Related story number ${i}</span></li>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long article</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"A long article","datePublished":"2026-03-14","author":{"name":"Mira Okafor"}}</script>
</head><body><nav><ul>${navigation.join("\n")}</ul></nav><main><article><h1>A long article</h1>${paragraphs.join("\n")}</article></main><footer>The Coastal Ledger</footer></body></html>`;
}

export type FixtureServer = { origin: string; port: number; requests: string[]; close: () => Promise<void> };

/**
 * Pages: /news-article, /opengraph-only, /plain.txt, /redirect/N (N redirects, then
 * the article), /to-private (a redirect to the cloud metadata address), /oversized
 * (6 MB), /slow (trickles and never ends), /report.pdf, /big-article (200 KB),
 * /changing (a different text on every fetch).
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: string[] = [];
  let version = 0;
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://fixture").pathname;
    requests.push(path);
    const html = (body: string | Buffer) => response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
    const redirect = path.match(/^\/redirect\/(\d+)$/);
    if (redirect) {
      const left = Number(redirect[1]);
      response.writeHead(302, { location: left > 1 ? `/redirect/${left - 1}` : "/news-article" }).end();
    } else if (path === "/news-article") html(fixture("news-article.html"));
    else if (path === "/opengraph-only") html(fixture("opengraph-only.html"));
    else if (path === "/plain.txt") response.writeHead(200, { "content-type": "text/plain" }).end(fixture("plain.txt"));
    else if (path === "/to-private") response.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end();
    else if (path === "/to-private-v6") response.writeHead(301, { location: "http://[::ffff:10.0.0.1]/" }).end();
    else if (path === "/report.pdf") response.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4\n%fixture\n");
    else if (path === "/big-article") html(bigArticlePage());
    else if (path === "/changing") {
      version++;
      html(
        `<!doctype html><html lang="en"><head><title>Changing page</title></head><body><article><h1>Changing page</h1><p>The minister said the budget would ${version === 1 ? "rise by four percent" : "rise by two percent"} next year, according to the statement published this morning by the finance ministry.</p><p>The statement gave no further detail on how the increase would be spent across the departments, and the ministry declined to comment further when asked about it by reporters.</p></article></body></html>`,
      );
    } else if (path === "/oversized") {
      response.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(64 * 1024, "a");
      let sent = 0;
      const write = () => {
        while (sent < 6 * 1024 * 1024) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once("drain", write);
        }
        response.end();
      };
      write();
    } else if (path === "/slow") {
      response.writeHead(200, { "content-type": "text/html" });
      response.write("<!doctype html><html><body><p>Loading");
      const timer = setInterval(() => response.write("."), 200);
      response.on("close", () => clearInterval(timer));
    } else response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
