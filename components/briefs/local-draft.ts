// Unsaved edits kept on this device until the server has acknowledged them, so that
// leaving the page any way (a link, back, a closed tab, a crash, a lost connection)
// loses nothing: the next visit offers them back.
import type { BriefFormFields } from "./conflict-panel";

export type LocalDraft = {
  fields: BriefFormFields;
  /** what the server held when these edits began: the base their save is merged against */
  base: { fields: BriefFormFields; version: number };
  /** when the last of these edits was made (ISO) */
  at: string;
};

const key = (briefId: string) => `briefdesk:brief-draft:${briefId}`;

export function readLocalDraft(briefId: string): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(key(briefId));
    return raw ? (JSON.parse(raw) as LocalDraft) : null;
  } catch {
    return null;
  }
}

export function writeLocalDraft(briefId: string, draft: LocalDraft | null): void {
  try {
    if (draft) window.localStorage.setItem(key(briefId), JSON.stringify(draft));
    else window.localStorage.removeItem(key(briefId));
  } catch {
    // Storage full or refused (private mode): the server copy and the unload warning remain.
  }
}
