// Types for the parts of shared-cache-handler.mjs that tests use.
export const CHANNEL: string;
export const EVERY_PAGE_TAG: string;
export function isCacheable(value: unknown): boolean;
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
declare class SharedCacheHandler {
  constructor(options: {
    fs?: unknown;
    flushToDisk?: boolean;
    serverDistDir?: string;
    revalidatedTags?: string[];
    maxMemoryCacheSize?: number;
  });
  get(
    key: string,
    ctx: { kind: string; isFallback?: boolean; isRoutePPREnabled?: boolean },
  ): Promise<{ value: Record<string, unknown> | null; lastModified?: number } | null>;
  set(
    key: string,
    data: Record<string, unknown> | null,
    ctx: { cacheControl?: { revalidate: number; expire?: number }; isFallback?: boolean; isRoutePPREnabled?: boolean },
  ): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
export default SharedCacheHandler;
