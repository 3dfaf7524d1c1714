import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/ingest/parse-report.js";

const fixtures = new URL("../fixtures/ingest/", import.meta.url);

/** Real report excerpts with the records they must give beside them (`<name>.expected.json`). */
describe.each(["q2-place", "year-end-great-places-and-overarching"])("the excerpt %s", (name) => {
  const text = readFileSync(new URL(`${name}.txt`, fixtures), "utf8");
  const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, fixtures), "utf8")) as Record<
    string,
    unknown
  >;
  const parsed = parseReport(text, `${name}.txt`);

  it("gives exactly the expected objectives", () => {
    expect(parsed.objectives).toEqual(expected.objectives);
  });

  it("gives exactly the expected measures", () => {
    expect(parsed.measures).toEqual(expected.measures);
  });

  it("gives exactly the expected diagnostics", () => {
    expect(parsed.diagnostics).toEqual(expected.diagnostics);
  });
});
