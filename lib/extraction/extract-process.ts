// The separate process that reads a long document (started by read-in-background.ts
// with `node --import tsx`): the request that asks for candidates never waits on it,
// and a text that takes too long or too much memory costs this process, not the
// server. Input on stdin: { text, publishedOn }. Output on stdout, one JSON object a
// line: { progress } as it reads, then { candidates }.
import { extractCounted } from "./extract-candidates";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function main() {
  const { text, publishedOn } = JSON.parse(await readStdin()) as { text: string; publishedOn: string | null };
  let reported = -1;
  const candidates = extractCounted(text, {
    publishedOn: publishedOn ? new Date(publishedOn) : null,
    progress: (fraction) => {
      const percent = Math.floor(fraction * 100);
      if (percent > reported) process.stdout.write(`${JSON.stringify({ progress: percent })}\n`);
      reported = percent;
    },
  });
  process.stdout.write(`${JSON.stringify({ candidates, peakMemoryMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
