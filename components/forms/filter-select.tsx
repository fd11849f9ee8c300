/** One filter of a GET search form: a labelled select whose empty choice means "any". */
export function FilterSelect({
  name,
  label,
  value,
  any = "Any",
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  any?: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={value ?? ""}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
