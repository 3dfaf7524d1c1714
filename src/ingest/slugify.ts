/** Lower-case, hyphen-separated slug of a text ("Number of children (under 18)" → "number-of-children-under-18"). */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/%/g, " percent ")
    .replace(/£/g, " pounds ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
