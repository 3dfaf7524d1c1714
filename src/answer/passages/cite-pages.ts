import type { Answer, Source } from "../answer.js";
import type { RecordQueries } from "../corpus/record-queries.js";

/**
 * Gives each source quoting an objective's row the PDF page that row starts on, where the report was read from a PDF
 * and the source does not name a page yet (a sentence the search retrieved from the commentary).
 */
export function citePages(answer: Omit<Answer, "timings">, queries: RecordQueries): Omit<Answer, "timings"> {
  if (answer.sources.every((source) => source.page !== undefined || source.objective === null)) return answer;
  const sources = answer.sources.map((source): Source => {
    if (source.page !== undefined || source.objective === null || !/^SO-\d{2}$/.test(source.objective)) return source;
    const page = queries.findObjectives({ report: source.report, codes: [source.objective] })[0]?.page;
    return page === undefined ? source : { ...source, page };
  });
  return { ...answer, sources };
}
