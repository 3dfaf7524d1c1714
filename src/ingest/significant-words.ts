const stopWords = new Set(
  `the and for with that this from are was were been has have had not but all any its our their which who whom into onto than then there
these those they them will would can could may might also only such per via within between over under after before during each other more
most less being both how what when where why here year years data number numbers percentage percent proportion rate total new council county
derbyshire people measure measures target targets quarter report reported reporting latest performance against based include includes including
ensure provide provided order due it is as at by in of on or to an be use used using made make however therefore please note per
available time times period previous previously current currently end`.split(/\s+/),
);

/** The content words of a text, lower-cased and roughly singular, without stop words or domain-wide words ("council", "number"). */
export function significantWords(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .split(/[^a-z0-9]+/)
    .map((word) => (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word))
    .filter((word) => word.length > 2 && !stopWords.has(word) && !/^\d+$/.test(word));
  return new Set(words);
}
