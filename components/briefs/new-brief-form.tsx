"use client";

import { useState } from "react";
import { useFormAction } from "../forms/use-form-action";
import { useHydrated } from "../use-hydrated";
import { useDebouncedEffect } from "./use-debounced-effect";

type State = { status: "idle" | "ok" | "error"; message?: string; fieldErrors?: Record<string, string[]>; values?: Record<string, string> };
type SlugCheck = { status: "ok"; slug: string; available: boolean; problem?: string } | { status: "error"; message: string };

/** A new brief: the slug follows the title until the editor types their own. */
export function NewBriefForm({
  action,
  checkSlug,
}: {
  action: (state: State, formData: FormData) => Promise<State>;
  checkSlug: (input: { title?: string; slug?: string }) => Promise<SlugCheck>;
}) {
  const [state, formAction, pending] = useFormAction(action, { status: "idle" });
  const values = state.values ?? {};
  const [title, setTitle] = useState(values.title ?? "");
  const [slug, setSlug] = useState(values.slug ?? "");
  const [slugTouched, setSlugTouched] = useState(Boolean(values.slug));
  const [note, setNote] = useState<string | null>(null);
  const ready = useHydrated();

  useDebouncedEffect(
    () => {
      if (!title && !slug) return;
      void checkSlug(slugTouched ? { slug } : { title }).then((r) => {
        if (r.status === "error") return setNote(r.message);
        if (!slugTouched) setSlug(r.slug);
        setNote(r.available ? "Available" : (r.problem ?? "Not available"));
      });
    },
    [title, slug, slugTouched],
    350,
  );

  const errors = state.fieldErrors ?? {};
  const error = (name: string) =>
    errors[name] && (
      <p id={`${name}-error`} className="field-error" aria-live="polite">
        {errors[name]!.join(" ")}
      </p>
    );
  const invalid = (name: string) => (errors[name] ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {});

  return (
    <form action={formAction} className="form narrow-form">
      <fieldset disabled={!ready} className="plain-fieldset">
        <div className="field">
          <label htmlFor="title">Title</label>
          <input id="title" name="title" value={title} onChange={(e) => setTitle(e.target.value)} required {...invalid("title")} />
          {error("title")}
        </div>
        <div className="field">
          <label htmlFor="slug">Slug</label>
          <input
            id="slug"
            name="slug"
            value={slug}
            onChange={(e) => {
              setSlug(e.target.value);
              setSlugTouched(true);
            }}
            {...invalid("slug")}
          />
          {errors.slug
            ? error("slug")
            : note && (
                <p className="field-hint" aria-live="polite">
                  {note}
                </p>
              )}
        </div>
        <div className="field">
          <label htmlFor="summary">Summary</label>
          <textarea id="summary" name="summary" rows={2} defaultValue={values.summary} {...invalid("summary")} />
          {error("summary")}
        </div>
        <div className="field">
          <label htmlFor="topics">Topics</label>
          <input id="topics" name="topics" defaultValue={values.topics} aria-describedby="topics-hint" />
          <p id="topics-hint" className="field-hint">
            Separate topics with commas.
          </p>
        </div>
        <div className="field">
          <label htmlFor="body">Body</label>
          <textarea id="body" name="body" rows={8} defaultValue={values.body} {...invalid("body")} />
          {error("body")}
        </div>
        {state.status === "error" && (
          <p className="form-error" role="alert">
            {state.message}
          </p>
        )}
        <button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create brief"}
        </button>
      </fieldset>
    </form>
  );
}
