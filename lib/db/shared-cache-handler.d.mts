// Types for the parts of shared-cache-handler.mjs that tests use.
export const CHANNEL: string;
export const EVERY_PAGE_TAG: string;
export function inlineScriptHashes(html: string): string[];
export function addScriptPolicy<T>(value: T): T;
export type TagChannel = {
  start(): Promise<void>;
  publish(tags: string[], durations?: { expire?: number }): Promise<void>;
  close(): Promise<void>;
  readonly listening: boolean;
};
export function createTagChannel(options: {
  connectionString: string;
  instanceId: string;
  onTags: (tags: string[], durations?: { expire?: number }) => void;
  onReconnect: () => void;
  log?: Pick<Console, "error">;
}): TagChannel;
declare const SharedCacheHandler: unknown;
export default SharedCacheHandler;
