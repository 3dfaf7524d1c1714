import type { Diagnostic } from "../report/diagnostic.js";

/** One line for people: "error report.txt:191 message" (the line is left out when it is about the whole file). */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const place = diagnostic.line > 0 ? `${diagnostic.file}:${diagnostic.line}` : diagnostic.file;
  return `${diagnostic.severity} ${place} ${diagnostic.message}`;
}
