import { describe, expect, it } from "vitest";
import { cleanQuestionText } from "../../src/slack/clean-question-text.js";

describe("cleanQuestionText", () => {
  it("drops the bot's mention and tidies spaces", () => {
    expect(cleanQuestionText("<@U0BOT>   How many potholes have been repaired? ")).toBe(
      "How many potholes have been repaired?",
    );
    expect(cleanQuestionText("<@U0BOT|perfbot> why is SO-02 red")).toBe("why is SO-02 red");
  });

  it("shows channels and links by their label and drops broadcast mentions", () => {
    expect(cleanQuestionText("<!here> see <#C0HIGH|highways> and <https://example.org/report|the report>")).toBe(
      "see #highways and the report",
    );
    expect(cleanQuestionText("read <https://example.org/report>")).toBe("read https://example.org/report");
  });

  it("decodes Slack's entities once, so a typed '&lt;' stays as typed", () => {
    expect(cleanQuestionText("plans issued in &lt;20 weeks &amp; more &gt; 5")).toBe(
      "plans issued in <20 weeks & more > 5",
    );
    expect(cleanQuestionText("the text &amp;lt; itself")).toBe("the text &lt; itself");
  });
});
