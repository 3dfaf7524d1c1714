/** An acronym of the glossary; `word` marks one that is also an English word ("SEND", "START"). */
export interface KnownAcronym {
  readonly acronym: string;
  readonly word?: boolean | undefined;
}

// After a verb use of the word: "send me", "start the", "start to".
const verbFollowers = new Set(
  "me us you him her them it a an the this that these those to out over back round off up some any my our your their".split(
    " ",
  ),
);
const verbLeaders = new Set(
  "to please can could will would should i we you they not and then must might may shall lets".split(" "),
);

/**
 * Acronyms that are also English words, typed in lower case ("how's send going", "des into paid work"), written
 * in capitals where the word is not used as a verb, so the glossary reads them as the acronym.
 */
export function capitaliseAcronyms(text: string, acronyms: readonly KnownAcronym[]): string {
  const wordAcronyms = new Map(
    acronyms
      .filter((entry) => entry.word && /^[A-Z]{2,}$/.test(entry.acronym))
      .map((entry) => [entry.acronym.toLowerCase(), entry.acronym]),
  );
  if (wordAcronyms.size === 0) return text;
  const words = text.split(/(\s+)/);
  return words
    .map((token, position) => {
      const acronym = wordAcronyms.get(token.toLowerCase().replace(/[?.!,:;]+$/, ""));
      if (!acronym || token !== token.toLowerCase()) return token;
      const next = (words[position + 2] ?? "").toLowerCase().replace(/[?.!,:;]+$/, "");
      const before = (words[position - 2] ?? "").toLowerCase();
      if (verbFollowers.has(next) || verbLeaders.has(before)) return token;
      return token.replace(token.replace(/[?.!,:;]+$/, ""), acronym);
    })
    .join("");
}
