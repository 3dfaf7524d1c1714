/**
 * Shorthand as people type it in Slack, written out the way the reports and the planner read it:
 * contractions ("what's"), abbreviations ("wk", "yr", "no.", "vs", "cllr"), symbols ("%", "&") and numbers glued
 * to units ("20wk"). Only whole tokens are rewritten, so a figure like "64.7%" keeps its sign.
 */
export function expandShorthand(text: string): string {
  let result = text
    // Curly quotes, odd dashes and spaces read as plain ones.
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u00a0\u2000-\u200b]/g, " ");
  for (const [pattern, replacement] of contractions) result = result.replace(pattern, replacement);
  for (const [pattern, replacement] of abbreviations)
    result =
      typeof replacement === "string" ? result.replace(pattern, replacement) : result.replace(pattern, replacement);
  return result.replace(/\s{2,}/g, " ").trim();
}

const contractions: readonly (readonly [RegExp, string])[] = [
  [/\b(what|how|where|who|that|there|it|here|when|why)'s\b/gi, "$1 is"],
  [/\b(we|they|you)'re\b/gi, "$1 are"],
  [/\b(we|they|you|i)'ve\b/gi, "$1 have"],
  [/\b(we|they|you|i|it)'ll\b/gi, "$1 will"],
  [/\bi'm\b/gi, "I am"],
  [/\b(i|we|they|you)'d\b/gi, "$1 would"],
  [/\bcan't\b/gi, "cannot"],
  [/\bwon't\b/gi, "will not"],
  [/\b(is|are|was|were|has|have|had|do|does|did|should|could|would)n't\b/gi, "$1 not"],
  [/\blet's\b/gi, "let us"],
  // Apostrophes dropped: "whats", "hows", "were hitting" is left alone (a real word).
  [/\b(what|how|where|thats|theres)s\b(?=\s)/gi, "$1 is"],
  [/\b(is|are|was|were|has|have|had|do|does|did|should|could|would)nt\b/gi, "$1 not"],
];

const monthNames: Readonly<Record<string, string>> = {
  jan: "January",
  feb: "February",
  apr: "April",
  jun: "June",
  jul: "July",
  aug: "August",
  sep: "September",
  oct: "October",
  nov: "November",
  dec: "December",
};

const abbreviations: readonly (readonly [RegExp, string | ((...groups: string[]) => string)])[] = [
  // A number glued to a unit: "20wk", "18wks", "12mths", "3yrs".
  [/\b(\d+)\s*-?\s*(?:wks?|weeks?)\b/gi, "$1 week"],
  [/\b(\d+)\s*-?\s*(?:mths?|mnths?|months?)\b/gi, "$1 month"],
  [/\b(\d+)\s*-?\s*(?:yrs?)\b/gi, "$1 year"],
  // "24/25", "25-26", "fy24/25": a financial year written short.
  [
    /\b(?:fy\s*)?(\d\d)\s*[/-]\s*(\d\d)\b(?![/-]\d)/gi,
    (whole: string, first: string, second: string) =>
      Number(second) === (Number(first) + 1) % 100 ? `20${first}-${second}` : whole,
  ],
  [/\bfy\s*(20\d\d\s*-\s*\d\d)\b/gi, "$1"],
  [/\bye\b|\by\/e\b/gi, "year end"],
  // Month abbreviations the reports write out ("apr to sept" → "April to September"); "mar" and "may" are words,
  // so only beside another month or a year.
  [
    /\b(jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?/gi,
    (_whole: string, month: string) => monthNames[month.slice(0, 3).toLowerCase()] ?? month,
  ],
  [/\bmar\b\.?(?=\s*(?:20\d\d|\d\d\b|to\b|-))/gi, "March"],
  [/\bh1\b/gi, "Q2"],
  [/\b(?:rag|red amber green)(?:\s+(?:status|rating|rated))?\b/gi, "rating"],
  [/\bperm\b/gi, "permanent"],
  // "ytd" alone is this year so far; beside a named year or quarter it only repeats it.
  [/\b(?:ytd|y\.t\.d\.?|so far this year|year to date)\b/gi, "this year"],
  [/\b(\d+)\s*-?\s*(?:hrs?|hours?)\b/gi, "$1 hour"],
  [/\bresis?\b/gi, "residential"],
  [/\bthru\b|\bthro\b/gi, "through"],
  [/\bmgmt\b|\bmgt\b/gi, "management"],
  [/\beng\b(?=\s+(?:and|&)\s+maths?\b)/gi, "English"],
  [/\bengl?\b(?!\s+(?:and|&))/gi, "England"],
  [/\bmaths?\b/gi, "Maths"],
  [/\bdiff\b/gi, "difference"],
  [/\bnos\b/gi, "numbers"],
  [/\bgov\b/gi, "government"],
  [/\binfo\b/gi, "information"],
  [/\bassmts?\b|\bassessmts?\b/gi, "assessments"],
  [/\bsvcs?\b/gi, "services"],
  [/\bsws\b/gi, "social workers"],
  [/\bsw\b/gi, "social worker"],
  [/\bcyp\b/gi, "children and young people"],
  [/\blast (?:few|couple of|2|3|two|three) (?:years|yrs)\b/gi, "over time"],
  [/\bwks\b/gi, "weeks"],
  [/\bwk\b/gi, "week"],
  [/\byrs\b/gi, "years"],
  [/\byr\b/gi, "year"],
  [/\bmths?\b|\bmnths?\b/gi, "month"],
  [/\bqtr\b|\bqtrs\b/gi, "quarter"],
  [/\bprev\b/gi, "previous"],
  [/\bavg\b/gi, "average"],
  [/\bapprox\.?(?=\s)/gi, "approximately"],
  [/\bno\.\s*(?=of\b)/gi, "number "],
  [/\bno\.(?=\s+[a-z])/gi, "number of"],
  [/\bnum of\b|\bnbr of\b|\b#\s*of\b/gi, "number of"],
  [/(?:^|\s)#\s*(?=[a-z])/gi, " number of "],
  [/\bvs\.?(?=\s)|\bv\.?(?=\s+\w)/gi, "compared with"],
  [/\bcllrs\b/gi, "councillors"],
  [/\bcllr\b\.?/gi, "councillor"],
  [/\bppl\b/gi, "people"],
  [/\bdept\b/gi, "department"],
  [/\bgovt\b/gi, "government"],
  [/\bstats\b/gi, "figures"],
  [/\bperf\b(?!\s*\/)/gi, "performance"],
  [/\batm\b|\brn\b/gi, "at the moment"],
  [/\bpls\b|\bplz\b/gi, "please"],
  [/\bthx\b|\bty\b/gi, "thanks"],
  [/\bu\b(?=\s+(?:tell|give|send|find|check|show|get|pull|let|confirm|know))/gi, "you"],
  [/\bw\/(?=\s|\w)/gi, "with "],
  [/\s&\s/g, " and "],
  // "screening n jabs": a lone "n" between words is "and".
  [/(?<=[a-z])\s+n\s+(?=[a-z])/gi, " and "],
  [/\byoy\b|\by-o-y\b/gi, "year on year"],
  [/\bq-?o-?q\b/gi, "quarter on quarter"],
  [/\blac\b/gi, "looked after children"],
  [/\bcla\b/gi, "children looked after"],
  [/\bcic\b/gi, "children in care"],
  [/\bkpis?\b/gi, "measures"],
  // Council shorthand the reports spell out.
  [/\bhq\b/gi, "headquarters"],
  [/\bsgos?\b/gi, "special guardianship order"],
  [/\bvfm\b/gi, "value for money"],
  [/\bcsc\b/gi, "children's social care"],
  [/\bprogs?\b/gi, "programme"],
  // "the highways SO", "savings SO rag": a strategic objective, named by its topic. Capitals only: "so" is a word.
  [/\bSO\b(?!\s*-?\s*\d)/g, "objective"],
  [/\bSOs\b/g, "objectives"],
  [/\bcorp\b\.?/gi, "corporate"],
  [/\bstrat\b\.?/gi, "strategy"],
  [/\bcomms\b/gi, "communications"],
  [/\b(east|west) mids\b/gi, "$1 Midlands"],
  // "%" on its own is the word; "64.7%" stays a figure.
  [/(?<![\d.])\s*%/g, " percentage"],
  [/\bpct\b|\bper cent\b/gi, "percentage"],
  // A verb and its "over" split round what is moved ("handing bus functions over to"): joined, as the glossary reads it.
  [
    /\b(hand(?:s|ing|ed)?|mov(?:e|es|ing|ed)|tak(?:e|es|ing|en)|took)\s+((?:(?!over\b)[\w/'-]+\s+){1,3}?)over\b/gi,
    "$1 over $2",
  ],
];
