import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** False while the server's HTML is shown, true once the page is interactive. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
