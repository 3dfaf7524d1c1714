/** Replaces each secret (tokens, the signing secret) in a text with `[redacted]`, longest first so none survives in part. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  const hidden = secrets.filter((secret) => secret.length >= 4).sort((left, right) => right.length - left.length);
  let redacted = text;
  for (const secret of hidden) redacted = redacted.split(secret).join("[redacted]");
  return redacted;
}
