"use client";

import { createContext, useCallback, useContext, useMemo, useRef, type ReactNode } from "react";

/** What saving the editor's pending changes came to: the version the server holds now, or why not. */
export type FlushOutcome = { ok: true; version: number } | { ok: false; message: string };
type Flush = () => Promise<FlushOutcome>;
type Insert = (text: string) => boolean;

type BriefSession = {
  /** Saves whatever the editor holds that the server has not acknowledged yet. */
  flush: Flush;
  /** The editor on the page hands in how to save it. */
  register: (flush: Flush) => () => void;
  /** Puts text into the body at its cursor (the side panel's "Insert"); false when no editor is on the page. */
  insert: Insert;
  /** The editor on the page hands in how to insert into its body. */
  registerInsert: (insert: Insert) => () => void;
};

const Session = createContext<BriefSession | null>(null);

/**
 * Ties the brief editor to the workflow panel on the same page, so that submitting
 * first saves what was typed and then uses the version the server acknowledged:
 * an editor's own save never makes their next action stale.
 */
export function BriefSessionProvider({ version, children }: { version: number; children: ReactNode }) {
  const flushRef = useRef<Flush | null>(null);
  const register = useCallback((flush: Flush) => {
    flushRef.current = flush;
    return () => {
      if (flushRef.current === flush) flushRef.current = null;
    };
  }, []);
  const flush = useCallback<Flush>(() => flushRef.current?.() ?? Promise.resolve({ ok: true, version }), [version]);
  const insertRef = useRef<Insert | null>(null);
  const registerInsert = useCallback((insert: Insert) => {
    insertRef.current = insert;
    return () => {
      if (insertRef.current === insert) insertRef.current = null;
    };
  }, []);
  const insert = useCallback<Insert>((text) => insertRef.current?.(text) ?? false, []);
  const value = useMemo(() => ({ flush, register, insert, registerInsert }), [flush, register, insert, registerInsert]);
  return <Session.Provider value={value}>{children}</Session.Provider>;
}

export function useBriefSession(): BriefSession | null {
  return useContext(Session);
}
