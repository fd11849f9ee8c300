// The document form's fields as addDocument takes them, and the duplicate a refused
// add names (so the form can offer to attach that document instead).
import { isDuplicateDetails, type DuplicateDocument } from "@/lib/documents/add-document";
import { isAppError } from "@/lib/errors";

/**
 * Browsers send a textarea's line breaks as CRLF, whatever the field showed: turning
 * them back gives the text exactly as it stood in the field (a field never holds CR).
 */
function fieldText(value: FormDataEntryValue | null): string | null {
  return typeof value === "string" ? value.replace(/\r\n?/g, "\n") : null;
}

export async function documentFieldsFrom(formData: FormData, chosen: File | null) {
  const field = (name: string) => formData.get(name);
  return {
    title: field("title"), url: field("url"), author: field("author"), sourceId: field("sourceId"),
    publishedOn: field("publishedOn"), kind: field("kind"), recordMethod: field("recordMethod"),
    recordedBy: field("recordedBy"), language: field("language"),
    capturedText: fieldText(field("capturedText")),
    file: chosen && { name: chosen.name, type: chosen.type, bytes: new Uint8Array(await chosen.arrayBuffer()) },
    briefId: field("briefId"),
  };
}

/** Runs `add`, noting the stored document a duplicate refusal names; the refusal itself goes on to the form state. */
export async function noteDuplicate<T>(add: () => Promise<T>, note: (duplicate: DuplicateDocument["duplicateOf"]) => void): Promise<T> {
  try {
    return await add();
  } catch (error) {
    if (isAppError(error) && error.code === "conflict" && isDuplicateDetails(error.details)) note(error.details.duplicateOf);
    throw error;
  }
}
