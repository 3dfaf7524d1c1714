/** Whether a question asks about a target or whether it is met ("what's the target", "are we hitting it", "on track?"). */
export function asksAboutTarget(question: string): boolean {
  return /\btargets?\b|\b(?:hitting|hit|meeting|met|meet|reaching|reached|achieving|achieved|missing|missed|beating|beat)\b(?:\s+(?:it|them|that|this|the|its|our))?|\bon track\b|\boff track\b/i.test(
    question,
  );
}
