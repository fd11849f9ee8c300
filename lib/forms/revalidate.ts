// After a change, the pages that show it are rendered again (Next's cache): the
// action and route factories take a list of them from each use case's caller.
import { revalidatePath } from "next/cache";

/** A page to revalidate: a path, or a path and "layout" for everything under it. */
export type Revalidation = string | [path: string, type: "layout"];

export function revalidateAll(paths: Revalidation[]): void {
  for (const path of paths) {
    if (typeof path === "string") revalidatePath(path);
    else revalidatePath(path[0], path[1]);
  }
}
