import { describe, expect, it } from "vitest";
import { spelledOut } from "../../src/answer/facts/spelled-out.js";

describe("spelledOut", () => {
  it("reads the words before an acronym in brackets whose initials make it", () => {
    expect(spelledOut("In Quarter 2, the Derbyshire Discretionary Fund (DDF) made 3,491 awards.", "DDF")).toBe(
      "Derbyshire Discretionary Fund",
    );
    expect(spelledOut("The Joint Strategic Needs Assessment (JSNA) saw a 20% increase in users.", "JSNA")).toBe(
      "Joint Strategic Needs Assessment",
    );
    expect(spelledOut("Local Government Reorganisation (LGR) across two tier areas", "LGR")).toBe(
      "Local Government Reorganisation",
    );
  });

  it("lets small words sit between the initials", () => {
    expect(spelledOut("the Special Educational Needs and Disabilities (SEND) Improvement Board", "SEND")).toBe(
      "Special Educational Needs and Disabilities",
    );
  });

  it("gives null when the sentence does not spell the acronym out", () => {
    expect(spelledOut("Key workstreams include finance (EMCCA) and more.", "EMCCA")).toBeNull();
    expect(spelledOut("No brackets here about DDF.", "DDF")).toBeNull();
  });
});
