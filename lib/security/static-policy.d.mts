// Types for lib/security/static-policy.mjs.
export const STATIC_POLICY: string;
export const STATIC_POLICY_SOURCE: string;
