/** Writes a computed (non-negative) number the way the figure it came from is printed: "£", "%", thousands separators, decimals. */
export function formatLike(number: number, printed: string): string {
  const decimals = /\.(\d+)/.exec(printed)?.[1]?.length ?? 0;
  const body = number.toLocaleString("en-GB", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  if (printed.includes("£")) return `£${body}`;
  if (printed.includes("%")) return `${body} percentage points`;
  return body;
}
