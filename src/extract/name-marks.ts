import type { Lexicon } from './lexicon.ts';
import type { Standing } from './types.ts';

/** How far past a name a mark may reach ("( bukan nama sebenarnya )" is the longest). */
const MARK_REACH = 80;

/**
 * What the press writes right after a name it introduces, at offset `at` of `text`: an age
 * ("Armanunsah ( 50 )") or a pseudonym's note for a private person, a party and state for a
 * legislator ("Duncan Hunter (R-Calif.)"). Speaker resolution reads it as an introduction, the
 * standing stage as the person's standing.
 */
export function nameMarkAt(text: string, at: number, lexicon: Lexicon): { standing: Standing; end: number } | null {
  const after = text.slice(at, at + MARK_REACH);
  const marks: [Standing, readonly RegExp[]][] = [
    ['private', lexicon.standing.privateMarksAfterName],
    ['public', lexicon.standing.publicMarksAfterName],
  ];
  for (const [standing, patterns] of marks) {
    for (const pattern of patterns) {
      const m = pattern.exec(after);
      if (m) return { standing, end: at + m[0].length };
    }
  }
  return null;
}
