import { describe, expect, it } from "vitest";
import { statedRatings } from "../../../src/answer/plan/stated-ratings.js";

describe("statedRatings", () => {
  it("reads RAG colours, rating words and plain words for how a record is rated", () => {
    expect(statedRatings("why is highways amber")).toEqual(["Review"]);
    expect(statedRatings("why's the savings objective on review")).toEqual(["Review"]);
    expect(statedRatings("why is children's placement sufficiency red")).toEqual(["Action"]);
    expect(statedRatings("why is SEND flagged for action")).toEqual(["Action", "Review"]);
    expect(statedRatings("why is recycling off track")).toEqual(["Review", "Action"]);
    expect(statedRatings("why is sickness absence green")).toEqual(["Good", "Strong"]);
  });

  it("finds none in a question that states no rating", () => {
    expect(statedRatings("why are fewer people taking up direct payments")).toEqual([]);
    expect(statedRatings("did highways pass the external peer review")).toEqual([]);
  });
});
