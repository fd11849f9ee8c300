// One use case may run inside another's transaction (accepting an extraction
// candidate adds a quote and records the decision, both or neither): a domain
// function that takes an optional `tx` runs in it, and opens its own otherwise.
import { db, type Tx } from "./client";

export function inTransaction<T>(tx: Tx | undefined, run: (tx: Tx) => Promise<T>): Promise<T> {
  return tx ? run(tx) : db().$transaction(run);
}
