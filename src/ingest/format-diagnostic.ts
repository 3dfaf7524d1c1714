import type { Diagnostic } from "../report/diagnostic.js";

/** One line for people: "error report.txt:191 message", "error report.pdf:page 12 message" (no place when it is about the whole file). */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const place =
    diagnostic.page !== undefined
      ? `${diagnostic.file}:page ${diagnostic.page}`
      : diagnostic.line > 0
        ? `${diagnostic.file}:${diagnostic.line}`
        : diagnostic.file;
  return `${diagnostic.severity} ${place} ${diagnostic.message}`;
}
