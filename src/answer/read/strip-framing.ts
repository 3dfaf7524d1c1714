/** A question with the words that frame it taken off, and what the framing asked for. */
export interface Unframed {
  /** What is left: the question itself. */
  readonly text: string;
  /** The framing asked for a briefing draft ("Cllr Smith asked…", "draft me a reply"). */
  readonly draft: boolean;
  /** The framing asked for a chart ("plot…", "a graph of…", "…as a chart"). */
  readonly chart: boolean;
  /** The framing words removed, as written. */
  readonly removed: readonly string[];
}

// What a draft is written as, who asks for it and whom it is for, in the general framing below.
const written = String.raw`(?:reply|replies|response|answer|paragraph|paras?|briefing(?:\s+note)?|brief|note|lines?|email|form of words|words|quote|statement|sentences?|something)`;
const asker = String.raw`(?:(?:an?|the|one|our)\s+)?(?:councillor|cllr|member|cabinet member|lead member|portfolio holder|leader|chair|chief exec(?:utive)?|director)(?:\s+(?:for|of)\s+[\w'-]+(?:\s+and\s+[\w'-]+)?)?(?:\s+[A-Z][\w'-]*)?`;
const recipient = String.raw`(?:[\w'-]+\s+){0,3}?(?:member|members|councillor|councillors|cllr|holder|leader|chair|committee|cabinet|mp|director|him|her|them|scrutiny|press|media)(?:\s+(?:for|of)\s+[\w'-]+(?:\s+and\s+[\w'-]+)?)?(?:\s+(?!on\b|about\b|re\b|regarding\b)[A-Z][\w'-]*)?`;

// Each is tried in turn until none matches; `draft` marks framing that asks for a briefing draft.
const framings: readonly { readonly pattern: RegExp; readonly draft: boolean; readonly chart?: true }[] = [
  // "show me a chart of", "can I have a graph of", "plot", "chart the": the chart is drawn from the answer.
  {
    pattern:
      /^\s*(?:(?:can|could) you\s+|please\s+)?(?:show me|give me|draw(?: me)?|make(?: me)?|can i (?:have|see|get)|i(?:'d| would) like)?\s*(?:an?\s+|the\s+)?(?:line\s+|bar\s+)?(?:chart|graph|plot|visuali[sz]ation)\s+(?:of|showing|for|on)\s+(?:the\s+)?/i,
    draft: false,
    chart: true,
  },
  {
    pattern: /^\s*(?:(?:can|could) you\s+|please\s+)?(?:chart|graph|plot|visuali[sz]e|draw)\s+(?:me\s+)?(?:the\s+)?/i,
    draft: false,
    chart: true,
  },
  // "for the scrutiny pack -", "re the cabinet report:": what the answer is for, before the question.
  {
    pattern:
      /^\s*(?:for|re)\s+(?:the|a|my|our|an)\s+(?:scrutiny|cabinet|committee|board|briefing|members?'?|leader'?s?|dmt|slt|cmt)(?:\s+(?:pack|report|meeting|paper|papers|note|session|update))?\s*[-:,]\s*/i,
    draft: false,
  },
  // Greetings and openers: "quick one:", "hi,", "q:".
  { pattern: /^\s*(?:hi|hello|hey|morning|afternoon|good (?:morning|afternoon))\b[\s,!.:-]*/i, draft: false },
  {
    pattern:
      /^\s*(?:quick(?: (?:one|q|question|check))?|question|q|query|sorry)\b\s*[:,!.-]+\s*|^\s*(?:quick (?:one|q|question|check))\b\s*/i,
    draft: false,
  },
  // "Cllr Smith asked about", "a member has asked whether", "the leader wants to know".
  {
    pattern:
      /^\s*(?:(?:an?|the|one)\s+)?(?:councillor|cllr|member|cabinet member|portfolio holder|leader|mp|resident|chair|chief exec(?:utive)?|director)(?:\s+(?!asked|has|is|wants|raised|queried|enquired|wants|would)[A-Z]?[\w'-]+){0,2}\s+(?:has\s+|have\s+|is\s+|are\s+|just\s+)?(?:asked|asking|wants to know|wanted to know|would like to know|raised|queried|enquired|emailed|is after|(?:very |really )?(?:worried|concerned|unhappy|upset|complaining)|says|said|thinks|claims|claimed|reckons|complained|complains|passed on|forwarded|sent (?:on|over)|brought up)(?:\s+(?:me|us))?(?:\s+(?:an?|one)\s+(?:(?:resident|constituent)(?:'s)?\s+)?(?:moaning|complaining|complaint|query|question|concern|email|letter|grumbling|asking|worried)(?:\s+from\s+an?\s+(?:resident|constituent))?)?(?:\s+(?:about|on|re|regarding|for|with|over|that))?\s*[:,-]?\s*/i,
    draft: true,
  },
  // "draft a reply to Cllr Morgan who says recycling is going backwards": what the asker says is the topic.
  {
    pattern:
      /^\s*[-,]?\s*(?:who|that)\s+(?:says|said|thinks|claims|claimed|reckons|asked|asks|is asking|has asked|wants to know|complained|complains|is (?:worried|concerned|unhappy))(?:\s+(?:that|about|whether|if|why))?\s+/i,
    draft: false,
  },
  // "the cabinet member wants a line on", "Cllr Jones needs a para about": who wants the draft, and on what.
  {
    pattern:
      /^\s*(?:(?:an?|the|one)\s+)?(?:councillor|cllr|member|cabinet member|portfolio holder|leader|chair|chief exec(?:utive)?|director)(?:\s+(?!wants|needs|would|has|asked)[A-Z]?[\w'-]+){0,2}\s+(?:wants|needs|would like|has asked for|asked for|is after)\s+(?:a |an |some )?(?:short |quick |brief )?(?:line|lines|para|paragraph|reply|response|briefing(?:\s+note)?|note|words|form of words)\s+(?:on|about|re|regarding|for)\s+/i,
    draft: true,
  },
  // The general shape of a request for words to send: a verb of wanting or writing, the thing written (lines, a
  // para, a quote, a couple of sentences), optionally whom for ("for the cabinet member for finance", "to Cllr
  // Shaw"), then what about: "need a couple of lines for the lead member on X", "portfolio holder for resources
  // wants a line on X", "can you write me a short statement about X".
  {
    pattern: new RegExp(
      String.raw`^\s*[-,:;]?\s*(?:${asker}\s+)?(?:(?:can|could) you\s+|please\s+|pls\s+|(?:i|we)\s+)?(?:draft|write|prepare|give|put together|pull together|knock up|need|needs|want|wants|would like|'d like|like|(?:has\s+)?asked for)(?:\s+(?:me|us))?(?:\s+(?:a|an|some|the))?(?:\s+(?:short|quick|brief|few|couple of|two|three|one|two[- ]line|one[- ]line|sentence or two|line or two))*\s+${written}(?:\s+(?:for|to)\s+(?:the\s+|an?\s+|our\s+)?${recipient})?\s+(?:on|about|re|regarding|covering|explaining|setting out)\s+`,
      "i",
    ),
    draft: true,
  },
  // "draft me a reply (with the figures)", "give me a paragraph for a member on", "write a briefing note about".
  {
    pattern:
      /^\s*[-,:;]?\s*(?:can you\s+|could you\s+|please\s+)?(?:draft|write|prepare|give|put together|do|pull together|knock up|(?:i |we )?need|(?:i |we )?want|(?:i|we)(?: would|'d) like)(?:\s+(?:me|us))?(?:\s+(?:a|an|some))?(?:\s+(?:short|quick|brief|two[- ]line|one[- ]line|few))?\s+(?:reply|response|answer|paragraph|para|briefing(?:\s+note)?|brief|note|lines?|email|form of words|words)(?:\s+(?:for|to)\s+(?:an?\s+|the\s+)?(?:member|(?:councillor|cllr)(?:\s+[A-Z][\w'-]*)?|him|her|them|cabinet|committee|members|leader))?(?:\s+(?:on|about|re|regarding|covering|explaining))?\s*[:,-]?\s*/i,
    draft: true,
  },
  // "briefing para on X", "draft for cllr on X", "member briefing on X", "a note for scrutiny about X", "reply needed
  // for Cllr Evans re X".
  {
    pattern:
      /^\s*(?:(?:a|an|some)\s+)?(?:(?:member|members|briefing|short|quick|brief|press|cabinet|scrutiny)\s+)?(?:draft|briefing(?:\s+note)?|para|paragraph|note|lines?|reply|response|form of words)(?:\s+(?:para|paragraph|note|reply))?(?:\s+(?:needed|wanted|required|requested))?(?:\s+(?:for|to)\s+(?:an?\s+|the\s+|our\s+)?(?:(?:[\w'-]+\s+){0,3}?(?:portfolio holder|cabinet member|lead member)|member|members|councillor|cllr|cabinet|committee|scrutiny|leader|him|her|them)(?:\s+[A-Z][\w'-]*)?)?\s+(?:on|about|re|regarding|covering|explaining)\s+/i,
    draft: true,
  },
  // "can you tell me", "do you know", "I need", "looking for".
  {
    pattern:
      /^\s*(?:(?:can|could|would) you(?:\s+please)?\s+(?:tell me|let me know|find(?: out)?|check|look up|give me|get me|show me|pull(?: out)?|confirm|say)|do you know|any idea|i need(?: to know)?|i(?: would|'d) like to know|i want to know|need to know|looking for|please|tell me|let me know|remind me)\b\s*[:,-]?\s*/i,
    draft: false,
  },
];

// After a question: "- draft a response on what we're doing on potholes".
const draftOnTopic = new RegExp(
  String.raw`\s*[-,;:.]\s*(?:and\s+)?(?:can you\s+|could you\s+|pls\s+|please\s+)?(?:draft|write|prepare|give|put together)(?:\s+(?:me|us))?(?:\s+(?:a|an|some))?(?:\s+(?:short|quick|brief|few|couple of))*\s+${written}(?:\s+(?:for|to)\s+(?:the\s+|an?\s+|our\s+)?${recipient})?\s+(?:on|about|re|regarding|covering|explaining|setting out)\s+(.+)$`,
  "i",
);

// After a question: "- draft a short reply with the satisfaction figures".
const draftWithFigures = new RegExp(
  String.raw`\s*[-,;:.]\s*(?:and\s+)?(?:can you\s+|could you\s+|pls\s+|please\s+)?(?:draft|write|prepare|give|put together)(?:\s+(?:me|us))?(?:\s+(?:a|an|some))?(?:\s+(?:short|quick|brief|few|couple of|holding))*\s+${written}(?:\s+(?:for|to)\s+(?:the\s+|an?\s+|our\s+)?${recipient})?\s+(?:with|including|incl\.?|using)\s+(?:the\s+)?(?:latest\s+|ytd\s+|ye\s+|q[1-4]\s+)?((?:[\w'-]+\s+){1,3}?)(?:figures|numbers|stats|data)\s*[?.!]*$`,
  "i",
);

// Words that name no topic, in what a draft request says it is on ("what's been done so far this year").
const generalWords =
  /^(?:what|what's|whats|how|where|we|we're|were|are|is|was|been|has|have|had|doing|done|do|did|does|being|happening|this|that|these|it|its|year|year's|quarter|quarter's|latest|so|far|the|a|an|on|about|to|of|for|in|things?|position|latest|update|progress|now|currently|our|us|council|setting|out|says?|said|why|when|changed|changing|changes|improved|improving|planned|planning|plans|happened|next|going)$/i;

// At the end: "- draft me a reply with the figures", "please", "thanks", "for a briefing".
const trailing: readonly { readonly pattern: RegExp; readonly draft: boolean; readonly chart?: true }[] = [
  {
    pattern: /\s*[-,;:]?\s*(?:as|on|in)\s+(?:a|an)\s+(?:line\s+|bar\s+)?(?:chart|graph|plot)\s*[?.!]*\s*$/i,
    draft: false,
    chart: true,
  },
  {
    pattern:
      /\s*[-,;:.]?\s*(?:and\s+|can you\s+|could you\s+|please\s+)*(?:draft|write|prepare|give|put together|pull together|knock up|jot down|do|(?:i |we )?need|(?:i |we )?want)(?:\s+(?:me|us))?(?:\s+(?:a|an|some))?(?:\s+(?:short|quick|brief|few|couple of))?\s+(?:reply|response|answer|paragraph|para|briefing(?:\s+note)?|note|lines?|email|form of words|something|anything)\b.*$/i,
    draft: true,
  },
  // "… - draft a couple of sentences", "…, pls draft", "… can you draft": a request to write, at the end.
  {
    pattern:
      /\s*(?:[-,;:.]|\bpls\b|\bplease\b)\s*(?:and\s+)?(?:can you\s+|could you\s+|pls\s+|please\s+)?(?:draft|write)\b(?:\s+(?:me|us))?(?:\s+(?:a|an|some))?(?:\s+(?:short|quick|brief|few|couple of|two|three))*(?:\s+(?:reply|response|paragraph|para|note|lines?|sentences?|something|words|statement|quote))?\s*[?.!]*\s*$/i,
    draft: true,
  },
  {
    pattern:
      /\s*[-,;:]?\s*(?:for|in)\s+(?:a|an|my|the)\s+(?:briefing|brief|reply|response|member(?:'s)? (?:question|enquiry))\s*[?.!]*\s*$/i,
    draft: true,
  },
  {
    pattern:
      /\s*[-,;:]?\s*for\s+(?:the\s+)?(?:scrutiny|cabinet|committee|members?|councillors?|the leader|full council)(?:\s+(?:committee|meeting|report))?\s*[?.!]*\s*$/i,
    draft: true,
  },
  {
    pattern:
      /\s*[-,;:]?\s*(?:with|including|incl\.?|include|and include|put in|add)\s+(?:the\s+)?(?:latest\s+|q[1-4]\s+|key\s+)?(?:figures|numbers|sources|data|facts|stats)\s*[?.!]*\s*$/i,
    draft: false,
  },
  { pattern: /\s*[-,;:]?\s*(?:please|thanks|thank you|ta|cheers|asap)\s*[?.!]*\s*$/i, draft: false },
];

/**
 * Takes off the words that frame a question — who asked it, how the answer should be written, politeness — so the
 * rest names the topic; framing that asks for a reply to a councillor or a briefing asks for a draft.
 */
export function stripFraming(question: string): Unframed {
  let text = question;
  let draft = false;
  let chart = false;
  const removed: string[] = [];
  // "Cllr Ward says the roads are falling apart - draft a response on what we're doing on potholes": a request that
  // names what to write on names the topic; what came before it is the occasion. When what it names says no more
  // than "what's been done this year", the occasion holds the topic and both stay.
  // "- draft a short reply with the satisfaction figures": the kind of figures named is part of the topic.
  const namedFigures = draftWithFigures.exec(text);
  if (
    namedFigures?.[1] &&
    namedFigures[1].split(/[^\w']+/).some((word) => word.length > 0 && !generalWords.test(word))
  ) {
    removed.push(namedFigures[0].replace(namedFigures[1], "").trim());
    text = `${text.slice(0, namedFigures.index)} ${namedFigures[1]}`;
    draft = true;
  }
  const namedTopic = draftOnTopic.exec(text);
  if (namedTopic?.[1]) {
    const named = namedTopic[1];
    const before = text.slice(0, namedTopic.index);
    removed.push(namedTopic[0].replace(named, "").trim());
    const saysMore = named.split(/[^\w']+/).some((word) => word.length > 0 && !generalWords.test(word));
    if (saysMore) removed.push(before.trim());
    text = saysMore ? named : `${before} ${named}`;
    draft = true;
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const framing of [...framings, ...trailing]) {
      const match = framing.pattern.exec(text);
      // Never take the whole question: "summary" alone is a question.
      if (!match || match[0].length === 0 || text.replace(match[0], "").trim().length < 3) continue;
      text = text.replace(match[0], match.index === 0 ? "" : "");
      removed.push(match[0].trim());
      draft ||= framing.draft;
      chart ||= framing.chart === true;
      changed = true;
    }
  }
  return { text: text.trim(), draft, chart, removed };
}
