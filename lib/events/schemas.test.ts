import { describe, expect, it } from "vitest";
import { eventFromForm, readForm } from "@/lib/forms/form-inputs";
import { addEventSchema } from "./schemas";

const base = { briefId: "b1", description: "Talks begin", date: "2022-06-12", precision: "day", documentIds: ["doc1"] };

describe("addEventSchema", () => {
  it("defaults the precision to a day, empties the optional text, and drops the end of a non-range", () => {
    const parsed = addEventSchema.parse({ ...base, precision: "", dateEnd: "2022-06-20", dateLabel: null, place: null, reportedById: "" });
    expect(parsed).toMatchObject({ precision: "day", dateEnd: null, dateLabel: "", place: "", reportedById: null });
  });

  it("refuses impossible days and a range that ends before it starts", () => {
    const noSuchDay = addEventSchema.safeParse({ ...base, date: "2022-02-30" });
    expect(noSuchDay.error?.issues.map((i) => i.path.join("."))).toEqual(["date"]);
    const backwards = addEventSchema.safeParse({ ...base, precision: "range", dateEnd: "2022-06-01" });
    expect(backwards.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["dateEnd", "The end date must be on or after the start date."],
    ]);
    expect(addEventSchema.safeParse({ ...base, precision: "range", dateEnd: "2022-06-12" }).success).toBe(true);
  });

  it("reads every checked document from a form", () => {
    const form = new FormData();
    for (const [key, value] of Object.entries({ ...base, documentIds: "doc1" })) form.append(key, value);
    form.append("documentIds", "doc2");
    expect(addEventSchema.parse(eventFromForm(readForm(form))).documentIds).toEqual(["doc1", "doc2"]);
  });
});
