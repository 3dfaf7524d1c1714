/** Every `text` string inside Block Kit JSON, joined by newlines: what a reader of the message would see. */
export function blockText(blocks: unknown): string {
  const texts: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === "object" && value !== null) {
      for (const [key, inner] of Object.entries(value)) {
        if (key === "text" && typeof inner === "string") texts.push(inner);
        else visit(inner);
      }
    }
  };
  visit(blocks);
  return texts.join("\n");
}
