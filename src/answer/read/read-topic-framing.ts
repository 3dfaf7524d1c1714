// "X update", "buses whats the picture", "refugee resettlement what do the reports say": asked after the topic.
const askedAfter =
  /^(.{3,}?)[\s,:-]+(?:(?:an?\s+|any\s+)?(?:update|updates|latest|status|news|progress|position|picture|situation|overview|achievements)(?:\s+(?:please|pls))?|(?:what is|whats|what's) (?:the )?(?:picture|story|position|situation|latest|score|deal)|what (?:do|does) (?:the )?reports? say(?: about (?:it|this|that))?|how did (?:it|that|they|this) go|anything new|(?:what is|whats|what's) new|what (?:is|are|does|do) (?:the )?(?:q[1-4] |latest |year[- ]end )?(?:report |reports )?(?:say|saying)|how (?:is|are) (?:it|that|they|this) going|are we (?:compliant|on it|doing ok|ok|there)|where are we|any news|anything (?:to report|worth knowing|to note|new to report)|any changes(?: (?:coming|planned|due|ahead|in the pipeline))?|what (?:came|has come|come) (?:out )?of (?:it|this|that|them)|what (?:happened|has happened) (?:to|with) (?:it|this|that|them))\s*[?.!]*$/i;

// "what's the story on X", "whats going on with X", "what happened with X", "plans for X", "any news on X".
const askedBefore =
  /^(?:(?:what is|whats|what's) the (?:story|picture|position|situation|latest|deal|score) (?:on|with|for|re|about|around)|(?:what is|whats|what's) (?:going on|happening) (?:with|at|in|re|around|on)|what (?:has )?happened (?:with|to|on|at|about)|what (?:came|has come|becomes?|became) of|(?:(?:what is|whats|what's|what are) )?(?:the |our )?plans? (?:for|on)|(?:where (?:are|were) we(?: up to)?|where do we stand|where did we get to|where is it) (?:on|with|at)|any(?:thing)?(?: news| update| progress)? (?:on|about|re)|(?:is )?(?:there )?anything (?:going on|happening|being done) (?:on|about|re|with|for|around|to)|any mention of|news on|progress (?:on|with)|(?:(?:can i|could i|can we) (?:get|have) )?(?:an? )?(?:quick )?updates? (?:on|about|re|for|with)|(?:the )?latest (?:on|about|re|with)|how (?:are|is) (?:we|things|it|the council) (?:getting on|doing|progressing|coming along|going) (?:with|on))\s+(.{3,}?)\s*[?.!]*$/i;

/**
 * A topic asked about with words that ask for the latest on it, before or after the topic ("heartwood forest
 * update", "whats the story on foster carer recruitment"), as the question the planner reads for a summary:
 * "what is the latest on X". "X when" asks when X is due. Other questions come back as they are.
 */
export function readTopicFraming(question: string): string {
  // "drug and alcohol services - anything to report for 24/25?": the period at the end is kept, the framing read
  // without it.
  const period =
    /\s+(?:(?:for|in|during|at|by)\s+)?(?:(?:the\s+)?20\d\d\s*[-/]\s*(?:20)?\d\d(?:\s+year[- ]end)?|q[1-4](?:\s+20\d\d\s*[-/]\s*(?:20)?\d\d)?|(?:this|last)\s+(?:financial\s+)?(?:year|quarter)|(?:the\s+)?year[- ]end)\s*[?.!]*$/i.exec(
      question,
    );
  if (period) {
    const core = question.slice(0, period.index);
    const read = readFramingOf(`${core}?`);
    return read === `${core}?` ? question : `${read} ${period[0].replace(/[?.!]+$/, "").trim()}`;
  }
  return readFramingOf(question);
}

function readFramingOf(question: string): string {
  // "whats our ehcp backlog looking like", "how's recycling looking?"
  const looking =
    /^(?:what is|whats|what's|how is|hows|how's)\s+(?:our |the )?(.{3,}?)\s+looking(?: like)?\s*[?.!]*$/i.exec(
      question,
    );
  if (looking?.[1]) return `what is the latest on ${looking[1].trim()}`;
  // "what did stronger families achieve by year end", "what has the welfare rights team delivered this year": the
  // achievements and commentary on X, for the period asked.
  const achieved =
    /^what (?!(?:is|was|are|were|will|would|could|should|can|percentage|proportion|number|amount)\b)(?:(?:did|has|have|had) )?(?:the |our )?(.{3,}?) (?:(?:has |have |had )?(?:achieve|achieved|deliver|delivered|accomplish|accomplished|do|done))\b\s*(.*?)\s*[?.!]*$/i.exec(
      question,
    );
  if (achieved?.[1]) return `what is the latest on ${achieved[1].trim()}${achieved[2] ? ` ${achieved[2]}` : ""}`;
  // "do the quarries get a mention in the growth plan", "is fostering mentioned": what the reports say of it.
  const mentioned =
    /^(?:do|does|did|is|are|was|were)\s+(?:the |our |there )?(.{3,}?)\s+(?:(?:get|gets|got)\s+(?:a |any )?mention|mentioned)(?:\s+(?:in|under|as part of)\s+(.+?))?\s*[?.!]*$/i.exec(
      question,
    );
  if (mentioned?.[1])
    return `what is the latest on ${mentioned[1].trim()}${mentioned[2] ? ` in ${mentioned[2].trim()}` : ""}`;
  // "are we ready for the simpler recycling rules", "are we looking at commercialising catering", "is there a food
  // strategy in the works", "are we doing anything w the traffic lights": what the reports say of it.
  const considered =
    /^(?:and\s+)?(?:are|is)\s+(?:we|the council)\s+(?:(?:ready|prepared|set up|geared up)\s+for|(?:looking into|looking at|looking|considering|thinking about|thinking of|planning|exploring)|(?:doing|done)\s+anything\s+(?:w|with|about|on|to|for|around))\s+(.{3,}?)\s*[?.!]*$/i.exec(
      question,
    ) ??
    /^(?:and\s+)?is\s+there\s+(?:an?\s+|any\s+)?(.{3,}?)\s+(?:in the works|in the pipeline|planned|coming|on the way|on the cards|being (?:developed|worked on|planned))\s*[?.!]*$/i.exec(
      question,
    );
  if (considered?.[1]) return `what is the latest on ${considered[1].trim()}`;
  const after = askedAfter.exec(question);
  if (after?.[1] && !/^(?:what|how|which|why|when|where|who|is|are|was|were|did|does|do|has|have)\b/i.test(after[1]))
    return `what is the latest on ${after[1].trim()}`;
  const before = askedBefore.exec(question);
  if (before?.[1]) return `what is the latest on ${before[1].trim()}`;
  const when =
    /^(.{3,}?)[\s,:-]+(?:(?:what is|whats|what's|what are) (?:the )?)?(?:when|due when|by when|what date|timescales?|timelines?|deadline|(?:new |revised )?(?:go[- ]live|start|launch|completion|handover|transfer) date)\s*[?.!]*$/i.exec(
      question,
    );
  if (when?.[1] && !/^(?:what|how|which|why|when|where|who)\b/i.test(when[1])) return `when is ${when[1].trim()} due`;
  return question;
}
