// The wire-protocol server in front of the embedded database. PGlite is one PostgreSQL
// session; every connection to this server shares it. pglite-socket's handler reads the
// protocol from each socket, and this file decides whose message runs next.
//
// pglite-socket's own server orders single messages and keeps a connection's turn only
// inside a transaction. A statement sent as Parse, Bind, Execute and Sync is not inside
// one, so when a long statement arrives in several pieces another connection's Parse can
// land between them: the first connection then binds the other's statement (a bind
// error, or the wrong rows when the shapes match), and one failed message stopped its
// queue for good (pglite-socket 0.2.17; reported upstream as issue 1046). Here a
// connection keeps its turn from its first message until the session is idle again: its
// Sync or simple Query has been answered outside a transaction.
import { createServer, type Server } from "node:net";
import type { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketHandler, type PGLiteSocketHandlerOptions } from "@electric-sql/pglite-socket";

type Message = {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
};

const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'
const SYNC_MESSAGE = new Uint8Array([SYNC, 0, 0, 0, 4]);

/**
 * Whether the session answers this message with ReadyForQuery: the end of a statement
 * (Sync, simple Query), a start-up message (it has no type byte: it begins with its
 * length, whose first byte is 0), or the connection saying goodbye.
 */
function endsTurn(message: Uint8Array): boolean {
  const type = message[0];
  return type === SYNC || type === QUERY || type === TERMINATE || type === 0;
}

/** Runs the connections' messages on the one session, a whole turn at a time. */
export class SessionTurns {
  private waiting: Message[] = [];
  private owner: number | null = null;
  private running = false;

  constructor(private readonly db: PGlite) {}

  /** Called by pglite-socket's handler for each message it read. */
  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ handlerId, message, onData, resolve, reject });
      void this.run();
    });
  }

  getQueueLength(): number {
    return this.waiting.length;
  }

  /** The connection went away: its waiting messages are dropped. */
  clearQueueForHandler(handlerId: number): void {
    const gone = this.waiting.filter((m) => m.handlerId === handlerId);
    this.waiting = this.waiting.filter((m) => m.handlerId !== handlerId);
    for (const m of gone) m.reject(new Error("The connection closed."));
  }

  /** …and if it had the turn, its statement and transaction are ended for the next. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    // No other connection runs meanwhile: the turn is still this one's, and nothing of it waits.
    await this.db.runExclusive(() => this.db.execProtocolRaw(SYNC_MESSAGE));
    if (this.db.isInTransaction()) await this.db.exec("ROLLBACK");
    if (this.owner === handlerId) this.owner = null;
    void this.run();
  }

  private next(): Message | undefined {
    const index = this.owner === null ? 0 : this.waiting.findIndex((m) => m.handlerId === this.owner);
    return index < 0 ? undefined : this.waiting.splice(index, 1)[0];
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let item = this.next(); item; item = this.next()) {
        this.owner = item.handlerId;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
          item.resolve(bytes);
        } catch (error) {
          item.reject(error);
        }
        if (endsTurn(item.message) && !this.db.isInTransaction()) this.owner = null;
      }
    } finally {
      this.running = false;
    }
  }
}

export type EmbeddedServer = { port: number; stop(): Promise<void> };

/** Serves `db` on host:port (port 0: a free one) for up to `maxConnections` at once. */
export async function serveEmbedded(db: PGlite, options: { host: string; port: number; maxConnections: number }): Promise<EmbeddedServer> {
  const turns = new SessionTurns(db);
  // The handler's option is typed as pglite-socket's own queue class; SessionTurns has
  // the same public methods, which are all the handler calls.
  const queryQueue = turns as unknown as PGLiteSocketHandlerOptions["queryQueue"];
  const handlers = new Set<PGLiteSocketHandler>();
  const server: Server = createServer((socket) => {
    const handler = new PGLiteSocketHandler({ queryQueue, closeOnDetach: true });
    handlers.add(handler);
    const forget = () => handlers.delete(handler);
    handler.addEventListener("close", forget);
    handler.addEventListener("error", forget);
    handler.attach(socket).catch(() => socket.destroy());
  });
  server.maxConnections = options.maxConnections;
  await db.waitReady;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  return {
    port: typeof address === "object" && address ? address.port : options.port,
    async stop() {
      await Promise.all([...handlers].map((h) => h.detach(true)));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
