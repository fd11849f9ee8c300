// The source form's fields as the domain functions take them; a ticked box sends "on".
export function sourceFieldsFrom(formData: FormData) {
  return {
    name: formData.get("name"),
    kind: formData.get("kind"),
    homepageUrl: formData.get("homepageUrl"),
    domains: formData.get("domains"),
    country: formData.get("country"),
    reliability: formData.get("reliability"),
    reliabilityRationale: formData.get("reliabilityRationale"),
    stateAffiliated: formData.get("stateAffiliated") === "on",
    notes: formData.get("notes"),
  };
}

export function proposalFieldsFrom(formData: FormData) {
  return {
    name: formData.get("name"),
    kind: formData.get("kind"),
    homepageUrl: formData.get("homepageUrl"),
    domains: formData.get("domains"),
    country: formData.get("country"),
    notes: formData.get("notes"),
  };
}

/** The hidden field that says which version of the source the form was loaded with. */
export function baseUpdatedAtFrom(formData: FormData): string | undefined {
  const value = formData.get("baseUpdatedAt");
  return typeof value === "string" && value !== "" ? value : undefined;
}
