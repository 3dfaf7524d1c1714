/**
 * Lower-case English function words, plus the question words people type ("how many", "tell me about"):
 * they carry no topic, so neither retriever should match on them.
 */
export const stopWords: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren as at be because been before being below
  between both but by can cannot could couldn did didn do does doesn doing don down during each either etc few for
  from further had hadn has hasn have haven having he her here hers herself him himself his how i if in into is
  isn it its itself just let me more most my myself no nor not of off on once only or other ought our ours
  ourselves out over own per same shan she should shouldn so some such than that the their theirs them themselves
  then there these they this those through to too under until up upon us very via was wasn we were weren what
  when where whether which while who whom why will with within won would wouldn you your yours yourself
  yourselves tell show give find know please many much get got going currently`
    .split(/\s+/)
    .filter(Boolean),
);
