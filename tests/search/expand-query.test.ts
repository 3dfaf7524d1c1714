import { describe, expect, it } from "vitest";
import { expandQuery } from "../../src/search/expand-query.js";
import type { Glossary } from "../../src/search/glossary.js";
import { loadGlossary } from "../../src/search/load-glossary.js";

const glossary: Glossary = {
  acronyms: [
    { acronym: "EHCP", meaning: "Education Health and Care plan", variants: ["EHC plan"] },
    { acronym: "SEND", meaning: "special educational needs and disabilities", variants: [], word: true },
    { acronym: "HWRC", meaning: "household waste recycling centre", variants: [] },
  ],
  synonyms: [
    { terms: ["kids"], means: ["children"] },
    { terms: ["off sick"], means: ["sickness absence"] },
    { terms: ["tip"], means: ["HWRC"] },
    { terms: ["amber"], means: ["review"] },
  ],
};

describe("expandQuery", () => {
  it("adds the reports' word for a plain-English one, matching plurals through the stem", () => {
    expect(expandQuery("how many kid are in care", glossary)).toEqual({
      query: "how many kid are in care",
      added: ["children"],
      text: "how many kid are in care children",
    });
  });

  it("matches a synonym phrase only as consecutive words", () => {
    expect(expandQuery("staff off sick", glossary).added).toEqual(["sickness absence"]);
    expect(expandQuery("sick staff off work", glossary).added).toEqual([]);
  });

  it("adds an acronym's meaning, and the acronym for its meaning or a variant", () => {
    expect(expandQuery("EHCP timeliness", glossary).added).toEqual(["Education Health and Care plan"]);
    expect(expandQuery("ehc plans issued", glossary).added).toEqual(["Education Health and Care plan", "EHCP"]);
    expect(expandQuery("education, health and care plans", glossary).added).toEqual(["EHCP"]);
  });

  it("counts an acronym that is also an English word only when it is written in capitals", () => {
    expect(expandQuery("SEND assessments", glossary).added).toEqual(["special educational needs and disabilities"]);
    expect(expandQuery("send me the figures", glossary).added).toEqual([]);
  });

  it("follows a synonym into an acronym's meaning", () => {
    expect(expandQuery("how busy is the tip", glossary).added).toEqual(["HWRC", "household waste recycling centre"]);
  });

  it("does not add what the query already says, or the rating's colour in reverse", () => {
    expect(expandQuery("children in care kids", glossary).added).toEqual([]);
    expect(expandQuery("objectives under review", glossary).added).toEqual([]);
  });

  it("expands the questions of the issue with the project glossary", async () => {
    const projectGlossary = await loadGlossary();
    expect(expandQuery("kids in care", projectGlossary).added).toContain("children");
    expect(expandQuery("staff off sick", projectGlossary).added).toContain("sickness absence");
    expect(expandQuery("fixing potholes", projectGlossary).added.join(" ")).toContain("defects");
    expect(expandQuery("why is highways amber", projectGlossary).added).toContain("review");
    expect(expandQuery("SEND assessments", projectGlossary).added).toContain(
      "special educational needs and disabilities",
    );
  });
});
