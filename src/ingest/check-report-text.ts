import type { Diagnostic } from "../report/diagnostic.js";

/** Errors for a file that cannot be a text report at all: empty, or binary (NUL bytes, undecodable or control characters). */
export function checkReportText(text: string, file: string): Diagnostic[] {
  if (text.trim() === "")
    return [{ severity: "error", file, line: 0, message: "file is empty: expected a performance report as text" }];
  const sample = text.slice(0, 65_536);
  const suspicious = (sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (sample.includes("\u0000") || suspicious / sample.length > 0.01) {
    return [
      {
        severity: "error",
        file,
        line: 0,
        message: "file is binary (NUL, control or undecodable bytes): expected a performance report as UTF-8 text",
      },
    ];
  }
  return [];
}
