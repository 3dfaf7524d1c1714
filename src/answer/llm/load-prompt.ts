import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const promptsDirectory = fileURLToPath(new URL("../../../prompts/", import.meta.url));

// `{name}` only: JSON examples in a prompt ({"intent": …}) are left alone.
const placeholderPattern = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/**
 * Read `prompts/<name>.md` and fill its `{placeholders}` in one pass (a value containing braces is not filled again).
 * A list of lines is joined one per line, and an empty list reads "(none)" so the model sees that nothing was found.
 * Throws when the template uses a placeholder without a value or a value has no placeholder, so a renamed
 * placeholder fails in tests rather than sending a prompt with a hole in it.
 */
export function loadPrompt(
  name: string,
  values: Readonly<Record<string, string | readonly string[]>>,
  directory: string = promptsDirectory,
): string {
  const template = readFileSync(`${directory}/${name}.md`, "utf8");
  const used = new Set<string>();
  const filled = template.replace(placeholderPattern, (_match, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`prompts/${name}.md: no value for {${key}}`);
    used.add(key);
    if (typeof value === "string") return value;
    return value.length > 0 ? value.join("\n") : "(none)";
  });
  const unused = Object.keys(values).filter((key) => !used.has(key));
  if (unused.length > 0)
    throw new Error(`prompts/${name}.md: no placeholder for ${unused.map((key) => `{${key}}`).join(", ")}`);
  return filled.trim();
}
