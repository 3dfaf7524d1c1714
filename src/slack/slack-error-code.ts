/**
 * The code Slack gave for a refused call, for the log: the Web API's `error` (`invalid_blocks`, `msg_too_long`,
 * `ratelimited`…), a response URL's HTTP status and body, or the client's own error code when Slack gave none.
 */
export function slackErrorCode(error: unknown): string {
  if (typeof error !== "object" || error === null) return String(error);
  const data = (error as { data?: { error?: unknown } }).data;
  if (typeof data?.error === "string") return data.error;
  const statusCode = (error as { statusCode?: unknown }).statusCode;
  if (typeof statusCode === "number") return `HTTP ${statusCode}`;
  const response = (error as { response?: { status?: unknown; data?: unknown } }).response;
  if (response !== undefined && typeof response.status === "number") {
    const body = typeof response.data === "string" ? response.data.trim().slice(0, 80) : "";
    return body === "" ? `HTTP ${response.status}` : `HTTP ${response.status} ${body}`;
  }
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") return code;
  return error instanceof Error ? error.message : String(error);
}
