import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { glossarySchema, type Glossary } from "./glossary.js";

/** The glossary shipped with the project. */
export const defaultGlossaryPath = fileURLToPath(new URL("../../data/glossary.json", import.meta.url));

/** Reads and validates a glossary file; the error names the file and the first invalid field. */
export async function loadGlossary(filePath: string = defaultGlossaryPath): Promise<Glossary> {
  const parsed = glossarySchema.safeParse(JSON.parse(await readFile(filePath, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid glossary ${filePath}: ${issue?.path.join(".") ?? ""} ${issue?.message ?? ""}`.trim());
  }
  return parsed.data;
}
