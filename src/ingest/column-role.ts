import type { TableKind } from "./table-block.js";

export type ColumnRole =
  | "code"
  | "title"
  | "expectedCompletion"
  | "progress"
  | "commentary"
  | "name"
  | "value"
  | "target"
  | "rating"
  | "benchmark"
  | "benchmarkGroup"
  | "frequency"
  | "latestDataAsAt";

/**
 * What a header cell says about its column: its role ("unkept" for a known column the records have no field for,
 * such as "Direction of Travel") and whether the header names a period; null when the header is not known.
 */
export type HeaderMeaning = { readonly role: ColumnRole | "unkept"; readonly period: boolean } | null;

/** Period phrases that qualify a header without changing its role ("Performance Target at Q3", "Year End 2022-23", "2023- 24 (YTD)"). */
const periodPhrases = [
  /\b(?:19|20)\d{2}\s*(?:[-/]\s*(?:\d{4}|\d{2}))?(?!\d)/g,
  /\bquarter\s*[1-4]\b|\bq[1-4]\b|\bqtr\s*[1-4]\b/g,
  /\byear[\s-]*end\b/g,
  /\bytd\b|\byear\s+to\s+date\b/g,
];

/**
 * A header reduced to the letters of its words without the periods it names, with whether it named one: words split
 * by the extraction ("Bench mark", "Perform ance"), non-breaking spaces, dashes and brackets do not matter.
 */
export function headerCore(header: string): { core: string; period: boolean } {
  let text = header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-");
  let period = false;
  for (const phrase of periodPhrases) {
    text = text.replace(phrase, () => {
      period = true;
      return " ";
    });
  }
  return { core: text.replace(/[^a-z]+/g, ""), period };
}

/** Roles by the core of their header; the first matching pattern wins. */
const measureRoles: readonly [RegExp, ColumnRole | "unkept"][] = [
  [/^(?:performance)?(?:measure|indicator)s?(?:name|description)?$/, "name"],
  [/^(?:latest)?(?:benchmark|comparator)(?:group|source|type|description)+$/, "benchmarkGroup"],
  [/^(?:latest)?benchmark(?:value|figure|data)?$/, "benchmark"],
  [/^(?:reporting)?frequency(?:ofreporting)?$/, "frequency"],
  [/^(?:latest)?(?:data)?(?:asat|asof)$|^(?:latest)?datadate$|^dateoflatestdata$/, "latestDataAsAt"],
  [
    /^(?:latest)?(?:performance)?(?:against|vs|versus|comparedto|comparedwith)(?:the)?targets?(?:at|for)?(?:quarter|year)?$|^(?:latest)?(?:performance|rag)?(?:rating|status)$/,
    "rating",
  ],
  [
    /^(?:performance|annual|quarterly|current|latest)?targets?(?:at|for|of|in)?(?:the)?(?:quarter|year|period)?$/,
    "target",
  ],
  [/^(?:latest|same|previous|current)?(?:quarter|period)?(?:data|actuals?|outturn|result|value)?$/, "value"],
  [/^direction(?:of)?(?:travel)?$|^dot$|^trend$/, "unkept"],
];

const objectiveRoles: readonly [RegExp, ColumnRole | "unkept"][] = [
  [/^(?:strategic)?objectives?(?:title|description)?$/, "title"],
  [
    /^(?:expected|target|planned|estimated)?completion(?:date)?$|^(?:target|due)date$|^timescales?$/,
    "expectedCompletion",
  ],
  [/^(?:previous|last|prior)(?:quarter|year|period)?(?:progress|rating|status)(?:rating|status)?(?:at)?$/, "unkept"],
  [
    /^(?:overall|current|latest)?progress(?:rating|status)?(?:at|for)?(?:quarter|year)?$|^(?:rag)?(?:rating|status)$/,
    "progress",
  ],
  [/^(?:progress)?(?:comments?|commentary|narrative|update|summary)$/, "commentary"],
  [/^direction(?:of)?(?:travel)?$|^dot$|^trend$/, "unkept"],
];

const codeHeaders = /^(?:no|number|ref|reference|code|so|socode|strategicobjective|objective)$/;

/**
 * What a header cell of a measure or objective table holds, by its text: known roles are recognised however they
 * are worded within the reports' family ("Target 2025/26", "Annual Target", "Latest Bench mark (2023-24)"); a
 * value column is one that names only a period ("Quarter 3 2025-26 YTD", "2023- 24", "Latest data (YTD)").
 */
export function columnRole(kind: TableKind, header: string, index: number): HeaderMeaning {
  const { core, period } = headerCore(header);
  if (index === 0) return codeHeaders.test(core) ? { role: "code", period } : null;
  if (kind === "measure" && core === "" && !period) return null;
  if (kind === "measure" && core === "" && period) return { role: "value", period };
  const roles = kind === "measure" ? measureRoles : objectiveRoles;
  for (const [pattern, role] of roles) {
    if (!pattern.test(core)) continue;
    // A value column names its period; without one only "Latest data" does (the latest period), not "Latest" or "Data".
    if (role === "value" && !period && !/^(?:latest|current)(?:data|actuals?|outturn|result|value)$/.test(core))
      return null;
    return { role, period };
  }
  return null;
}
