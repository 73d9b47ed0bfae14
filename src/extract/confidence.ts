// Which measured precision an attribution's confidence comes from: its rule's first pattern (what
// follows a "+" only joins more quoted paragraphs to it) and whether a speaker was found.

export function calibrationKey(rule: string, hasSpeaker: boolean): string {
  return `${rule.split('+')[0]}|${hasSpeaker ? 'speaker' : 'none'}`;
}

/** The stated confidence: the rule's measured precision where `npm run calibrate` fitted one, else the rule's own, lowered without a speaker. */
export function confidenceOf(fitted: ReadonlyMap<string, number>, rule: string, hasSpeaker: boolean, ruleConfidence: number): number {
  const measured = fitted.get(calibrationKey(rule, hasSpeaker));
  return Math.round((measured ?? (hasSpeaker ? ruleConfidence : ruleConfidence * 0.6)) * 100) / 100;
}
