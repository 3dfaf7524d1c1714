import { z } from "zod";

/** `data/glossary.json`: the reports' acronyms and plain-English synonyms, for query expansion. */
export const glossarySchema = z.object({
  about: z.string().optional(),
  acronyms: z.array(
    z.object({
      acronym: z.string().min(1),
      meaning: z.string().min(1),
      /** Other ways the reports or people write it ("EHC plan"). */
      variants: z.array(z.string()),
      /** Also an ordinary English word ("SEND", "START"): only counts when written in capitals. */
      word: z.boolean().optional(),
    }),
  ),
  synonyms: z.array(
    z.object({
      /** What people say ("kids", "off sick"). */
      terms: z.array(z.string().min(1)).min(1),
      /** The reports' words added when a term is used ("children", "sickness absence"). */
      means: z.array(z.string().min(1)).min(1),
    }),
  ),
});
export type Glossary = z.infer<typeof glossarySchema>;
