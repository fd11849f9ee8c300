import { FieldError } from "../forms/form-feedback";
import { describedBy } from "../forms/form-state";
import { KIND_LABEL, KINDS, RELIABILITIES, RELIABILITY_OPTION } from "@/lib/sources/labels";

/** The fields as the form holds them: strings, and "on" for a ticked box. */
export type SourceFieldValues = Partial<
  Record<
    "name" | "kind" | "homepageUrl" | "domains" | "country" | "reliability" | "reliabilityRationale" | "stateAffiliated" | "notes",
    string
  >
>;

type Props = {
  /** makes the ids unique when several forms are on one page */
  idPrefix: string;
  values: SourceFieldValues;
  errors: Record<string, string[]>;
  /** a proposal has no rating and no affiliation: an admin decides those */
  proposal?: boolean;
};

/** A source's fields, each with its label, hint and errors beside it. */
export function SourceFields({ idPrefix, values, errors, proposal = false }: Props) {
  const id = (field: string) => `${idPrefix}-${field}`;
  const invalid = (field: string) => (errors[field]?.length ? true : undefined);
  const described = (field: string, hint?: boolean) =>
    [hint ? id(`${field}-hint`) : undefined, describedBy(id(`${field}-error`), errors[field])].filter(Boolean).join(" ") || undefined;

  return (
    <>
      <div className="field">
        <label htmlFor={id("name")}>Name</label>
        <input
          id={id("name")}
          name="name"
          type="text"
          required
          maxLength={200}
          autoComplete="off"
          defaultValue={values.name}
          aria-invalid={invalid("name")}
          aria-describedby={described("name")}
        />
        <FieldError id={id("name-error")} errors={errors.name} />
      </div>
      <div className="field">
        <label htmlFor={id("kind")}>Kind</label>
        <select
          id={id("kind")}
          name="kind"
          key={values.kind ?? "outlet"}
          defaultValue={values.kind ?? "outlet"}
          aria-invalid={invalid("kind")}
          aria-describedby={described("kind")}
        >
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABEL[kind]}
            </option>
          ))}
        </select>
        <FieldError id={id("kind-error")} errors={errors.kind} />
      </div>
      <div className="field">
        <label htmlFor={id("homepageUrl")}>Homepage</label>
        <p id={id("homepageUrl-hint")} className="field-hint">
          Optional. A web address such as https://example.org.
        </p>
        <input
          id={id("homepageUrl")}
          name="homepageUrl"
          type="url"
          inputMode="url"
          maxLength={2000}
          autoComplete="off"
          defaultValue={values.homepageUrl}
          aria-invalid={invalid("homepageUrl")}
          aria-describedby={described("homepageUrl", true)}
        />
        <FieldError id={id("homepageUrl-error")} errors={errors.homepageUrl} />
      </div>
      <div className="field">
        <label htmlFor={id("domains")}>Domains</label>
        <p id={id("domains-hint")} className="field-hint">
          Optional. The sites it publishes on, one per line, e.g. example.org (its subdomains match too). Pages captured from these are
          proposed with this publisher.
        </p>
        <textarea
          id={id("domains")}
          name="domains"
          rows={2}
          maxLength={5000}
          spellCheck={false}
          defaultValue={values.domains}
          aria-invalid={invalid("domains")}
          aria-describedby={described("domains", true)}
        />
        <FieldError id={id("domains-error")} errors={errors.domains} />
      </div>
      <div className="field field-short">
        <label htmlFor={id("country")}>Country</label>
        <p id={id("country-hint")} className="field-hint">
          Optional. Two letters, e.g. UA, GB, KP.
        </p>
        <input
          id={id("country")}
          name="country"
          type="text"
          maxLength={2}
          autoComplete="off"
          spellCheck={false}
          defaultValue={values.country}
          aria-invalid={invalid("country")}
          aria-describedby={described("country", true)}
        />
        <FieldError id={id("country-error")} errors={errors.country} />
      </div>
      {!proposal && (
        <>
          <div className="field">
            <label htmlFor={id("reliability")}>Reliability</label>
            <select
              id={id("reliability")}
              name="reliability"
              key={values.reliability ?? "unrated"}
              defaultValue={values.reliability ?? "unrated"}
              aria-invalid={invalid("reliability")}
              aria-describedby={described("reliability")}
            >
              {RELIABILITIES.map((rating) => (
                <option key={rating} value={rating}>
                  {RELIABILITY_OPTION[rating]}
                </option>
              ))}
            </select>
            <FieldError id={id("reliability-error")} errors={errors.reliability} />
          </div>
          <div className="field">
            <label htmlFor={id("reliabilityRationale")}>Rationale</label>
            <p id={id("reliabilityRationale-hint")} className="field-hint">
              Why this rating: required unless the source is unrated. Readers see it.
            </p>
            <textarea
              id={id("reliabilityRationale")}
              name="reliabilityRationale"
              rows={3}
              maxLength={2000}
              defaultValue={values.reliabilityRationale}
              aria-invalid={invalid("reliabilityRationale")}
              aria-describedby={described("reliabilityRationale", true)}
            />
            <FieldError id={id("reliabilityRationale-error")} errors={errors.reliabilityRationale} />
          </div>
          <div className="field checkbox-field">
            <input
              id={id("stateAffiliated")}
              name="stateAffiliated"
              type="checkbox"
              defaultChecked={values.stateAffiliated === "on"}
              aria-invalid={invalid("stateAffiliated")}
              aria-describedby={described("stateAffiliated", true)}
            />
            <label htmlFor={id("stateAffiliated")}>State-affiliated</label>
            <p id={id("stateAffiliated-hint")} className="field-hint">
              Controlled or funded by a state, e.g. Russian state media, KCNA.
            </p>
            <FieldError id={id("stateAffiliated-error")} errors={errors.stateAffiliated} />
          </div>
        </>
      )}
      <div className="field">
        <label htmlFor={id("notes")}>Notes</label>
        <textarea
          id={id("notes")}
          name="notes"
          rows={3}
          maxLength={5000}
          defaultValue={values.notes}
          aria-invalid={invalid("notes")}
          aria-describedby={described("notes")}
        />
        <FieldError id={id("notes-error")} errors={errors.notes} />
      </div>
    </>
  );
}
