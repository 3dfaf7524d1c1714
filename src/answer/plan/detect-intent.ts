import type { Intent } from "./plan.js";

const rules: readonly { intent: Intent; pattern: RegExp }[] = [
  {
    intent: "draft",
    pattern:
      /\b(draft|briefing|brief (?:line|note|paragraph)|member(?:'s)? (?:question|enquiry)|councillor(?:'s)? question|write (?:a|an|me)|prepare (?:a|an)|form of words|press line)\b/i,
  },
  {
    intent: "count",
    pattern:
      /\bhow many\b.*\b(objectives|measures|indicators)\b|\b(?:number|count) of (?:strategic )?(objectives|measures)\b/i,
  },
  {
    intent: "list",
    pattern:
      /^\s*(?:(?:the\s+|our\s+|any\s+)?(?:reds|ambers|greens)\b|which|list|name|show(?: me)?(?!.*\b(?:over time|trend|trends)\b)|what are (?:the|all)|what (?:objectives|measures))\b|\b(?:which|list (?:the|all)?)\s+(?:strategic\s+)?(?:objectives|measures|indicators)\b|\b(?:objectives|measures|indicators)\s+by\s+(?:rating|rag|progress|performance|status)\b|^(?!\s*(?:and\s+)?(?:why|how come)\b).*?\b(?:objectives|measures|indicators)\s+(?:rated|flagged|marked)\s+(?:as\s+)?(?:red|amber|green|action|review|good|strong|complete|completed|blank)\b|\b(?:objectives|measures|indicators)\s+(?:that|which)\s+(?:are|were|ended|finished|remain|remained|stayed|have been|had been|got)\s+(?:still\s+)?(?:(?:the\s+)?(?:year|quarter)\s+)?(?:rated\s+|on\s+|as\s+)?(?:red|amber|green|action|review|good|strong|complete|completed|blank)\b/i,
  },
  {
    intent: "explain",
    pattern:
      /^\s*(?:and\s+)?(?:why|how come)\b|\bwhy (?:is|are|was|were|has|have|did|does)\b|\breasons? (?:for|why|behind)\b|\bwhat(?:'s| is) (?:behind|causing|driving)\b|\bwhat(?:'s|s| is| are) (?:the )?reasons?\s*[?.!]*\s*$|\bwhat(?:'s|s| is) holding\b|\bexplain\b/i,
  },
  {
    intent: "trend",
    pattern:
      /\b(?:chang(?:e|ed|ing)|trend|over time|since|compar(?:e|ed|ing) (?:to|with)(?! (?:the )?(?:england|national|nationally|average|benchmark|similar|other|nearest|target))|between 20\d\d|over the (?:last|past)|over (?:\d+|two|three|four|five|six) (?:years?|yrs?|quarters?)|history|historic|previous years?|year on year|improv(?:ed|ing)|declin(?:e|ed|ing)|gone (?:up|down)|up or down|creep(?:ing|ed|s)? (?:up|down|upwards?)|down or up|getting (?:better|worse)|better or worse|worsen(?:ed|ing)?)\b/i,
  },
  {
    intent: "summary",
    pattern:
      /^\s*(?:who|where)\b|\b(?:what(?:'s| is) the latest (?:on|with)|latest on|news on|where (?:are|were) we(?: up to)? (?:on|with)|^\s*how (?:did|has|have) (?!we\b).{2,60}? (?:go|gone|went|fare|fared|get on|got on)\b|where (?:did|have) we (?:get|got|gotten) to\b|where (?:are|were) we up to\b|(?:still|left) outstanding\b|what has happened|what(?:'s| is) happening|progress (?:on|with)|update on|how (?:are|is) (?:we|it|things|the)\b.*\b(?:doing|going|performing)|how (?:are|is) .* (?:doing|going|performing)|tell me about|summar\w*|overview|overall|how well)\b|\bwhat (?:are|is) (?:we|the council|they|it) doing (?:about|on|to|with|for|around)\b|\bwhat(?:'s| is| has been) (?:being )?done (?:about|on|to|with|for)\b|^\s*(?:anything|any news|any update|any progress|news|update|progress|the latest) (?:on|about|with|re)\b|\bhow (?:are|is) .* (?:coming along|shaping up|looking|progressing|getting on)\b|\banything to show for\b|\b(?:do|did|does|done|doing) any good\b|\bwhere (?:are|is) .* (?:at|up to)\s*[?.!]*\s*$/i,
  },
  // "are we looking at commercialising catering?", "is there a food strategy in the works?", "has it reopened?": a
  // yes or no about something being done is answered by what the reports say of it — unless it asks a figure, a
  // target or a rating.
  {
    intent: "summary",
    pattern:
      /(?:^\s*(?:and\s+)?|\s[-–,:]\s*)(?:are|is|was|were|have|has|had|do|does|did|can|could|will)\s+(?:we|there|the council|it|they|this|that|staff|residents|people|families)\b(?!.*(?:%|£|\b(?:how many|how much|numbers?|no\.|percentage|percent|proportion|share|rate|figures?|targets?|total|on track|off track|on course|red|amber|green|rated|rating|met|meet|meeting|hit|hitting|achieve|achieved|exceed|exceeded|above|below|better|worse|more|fewer|less|up|down)\b))/i,
  },
];

/** The intent of a question, from the words that ask it; a figure lookup when nothing else fits. */
export function detectIntent(question: string): Intent {
  for (const rule of rules) if (rule.pattern.test(question)) return rule.intent;
  return "figure";
}
