import { FilterSelect } from "@/components/forms/filter-select";

type Props = {
  values: { q: string; topic: string; from: string; to: string };
  errors: Record<string, string[]>;
  topics: { slug: string; name: string }[];
};

function FieldError({ id, messages }: { id: string; messages: string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="field-error">
      {messages.join(" ")}
    </p>
  );
}

/** The search page's form: words, topic and publication dates, sent as a GET query so results can be linked to. */
export function SearchForm({ values, errors, topics }: Props) {
  const invalid = (name: string) => (errors[name]?.length ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {});
  const knownTopic = values.topic === "" || topics.some((t) => t.slug === values.topic);
  return (
    <form className="search-form" role="search" aria-label="Search briefs" action="/search" method="get">
      <div className="field search-words">
        <label htmlFor="q">Search briefs</label>
        <input
          id="q"
          type="search"
          name="q"
          defaultValue={values.q}
          enterKeyHint="search"
          aria-invalid={errors.q?.length ? true : undefined}
          aria-describedby={errors.q?.length ? "q-error search-help" : "search-help"}
        />
        <FieldError id="q-error" messages={errors.q} />
        <p id="search-help" className="meta">
          Put a phrase in &quot;quotes&quot;, write <kbd>or</kbd> between alternatives, and <kbd>-word</kbd> to leave a word out.
        </p>
      </div>
      <div className="filters">
        <FilterSelect
          name="topic"
          label="Topic"
          value={values.topic}
          any="All topics"
          options={[
            ...topics.map((t) => ({ value: t.slug, label: t.name })),
            ...(knownTopic ? [] : [{ value: values.topic, label: values.topic }]),
          ]}
        />
        <div className="field">
          <label htmlFor="from">Published from</label>
          <input id="from" name="from" type="date" defaultValue={values.from} {...invalid("from")} />
          <FieldError id="from-error" messages={errors.from} />
        </div>
        <div className="field">
          <label htmlFor="to">Published to</label>
          <input id="to" name="to" type="date" defaultValue={values.to} {...invalid("to")} />
          <FieldError id="to-error" messages={errors.to} />
        </div>
        <button type="submit">Search</button>
      </div>
      <FieldError id="topic-error" messages={errors.topic} />
      <FieldError id="page-error" messages={errors.page} />
    </form>
  );
}
