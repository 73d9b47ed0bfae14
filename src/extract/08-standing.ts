import type { Paragraph, Segmented } from './02-segment.ts';
import type { ResolvedSpeaker } from './06-speakers.ts';
import type { ChainedFrame } from './07-chains.ts';
import type { Lexicon } from './lexicon.ts';
import { nameMarkAt } from './name-marks.ts';
import { tokenize, type Token } from './tokens.ts';
import type { Standing } from './types.ts';

// Whether each speaker is a public figure or a private person, read from how the article
// describes them. An office, a rank or an expert's role makes a public figure ("Wali Kota Bogor
// Bima Arya", "Sen. Sanders", "Teguh, ekonom …"); a resident, a driver or a student makes a private
// person ("Candrakumara, warga Karah", "Jane Doe, a retired nurse"), and so does what the press
// writes right after a private person's name: the age ("Armanunsah ( 50 )") or a pseudonym's note
// (a party and state after a legislator's: "Duncan Hunter (R-Calif.)"). Public wins when the article says both: an official is also somebody's neighbour. Nothing said
// either way leaves the standing unknown.

export interface StandingFrame extends ChainedFrame {
  standing: Standing | null;
}

export function assessStanding(seg: Segmented, frames: readonly ChainedFrame[], lexicon: Lexicon): StandingFrame[] {
  let words: WordIndex | null = null;
  const byKey = new Map<string, Standing | null>();
  return frames.map((f) => {
    const speaker = f.speaker;
    if (!speaker) return { ...f, standing: null };
    if (byKey.has(speaker.key)) return { ...f, standing: byKey.get(speaker.key)! };
    if (tokenize(speaker.name)[0]?.isCapitalized === true) {
      words ??= indexWords(seg.paragraphs.filter((p) => !p.skip));
      // An organisation has no standing, but initials with an age are an anonymised person ("PT ( 28 )").
      const standing = speaker.type === 'organization' ? (privatelyMarked(speaker, words, lexicon) ? 'private' : null) : judgeNamed(speaker, words, lexicon);
      byKey.set(speaker.key, standing);
      return { ...f, standing };
    }
    if (speaker.type === 'organization') return { ...f, standing: null };
    // Known only by a description ("seorang ibu", "a local resident"): what this mention says.
    const mention = f.mention?.kind === 'phrase' ? seg.doc.text.slice(f.mention.start, f.mention.end) : speaker.name;
    return { ...f, standing: strongest([describedAs(wordsOf(mention), lexicon), ...statedSignals(speaker, lexicon)]) };
  });
}

/** Each word of the prose, lower-cased, and where it stands. */
type WordIndex = Map<string, { paragraph: Paragraph; at: number }[]>;

function indexWords(prose: readonly Paragraph[]): WordIndex {
  const index: WordIndex = new Map();
  for (const paragraph of prose) {
    paragraph.tokens.forEach((t, at) => {
      if (!t.isWord) return;
      const places = index.get(t.lower);
      if (places) places.push({ paragraph, at });
      else index.set(t.lower, [{ paragraph, at }]);
    });
  }
  return index;
}

/** Everything the article says of a named person, wherever it names them. */
function judgeNamed(speaker: ResolvedSpeaker, words: WordIndex, lexicon: Lexicon): Standing | null {
  const signals = statedSignals(speaker, lexicon);
  for (const { p, start, end } of namings(speaker.name, words)) signals.push(...descriptionsAround(p, start, end, lexicon));
  return strongest(signals);
}

function privatelyMarked(speaker: ResolvedSpeaker, words: WordIndex, lexicon: Lexicon): boolean {
  return namings(speaker.name, words).some(({ p, end }) => nameMarkAt(p.text, p.tokens[end - 1]!.end - p.start, lexicon)?.standing === 'private');
}

/** Where the article names the person: paragraph and token range. */
function namings(name: string, words: WordIndex): { p: Paragraph; start: number; end: number }[] {
  const nameWords = wordsOf(name);
  const found: { p: Paragraph; start: number; end: number }[] = [];
  for (const { paragraph: p, at } of words.get(nameWords[0]!) ?? []) {
    if (!nameWords.every((w, k) => p.tokens[at + k]?.lower === w)) continue;
    // A one-word name may stand for a fuller one here ("Mario Julio ( 18 )" for "Mario"); a fuller
    // name inside a longer one is someone else ("Duncan Hunter Sr." is not Duncan Hunter).
    let start = at;
    let end = at + nameWords.length;
    if (nameWords.length === 1) {
      while (p.tokens[start - 1]?.isCapitalized) start--;
      while (p.tokens[end]?.isCapitalized) end++;
    } else if (p.tokens[end]?.isCapitalized) continue;
    found.push({ p, start, end });
  }
  return found;
}

/** The title and role the speaker phrase gave. */
function statedSignals(speaker: ResolvedSpeaker, lexicon: Lexicon): (Standing | null)[] {
  const signals: (Standing | null)[] = [];
  if (speaker.title && !lexicon.standing.honorifics.has(speaker.title.toLowerCase())) signals.push('public');
  if (speaker.role) signals.push(describedAs(wordsOf(speaker.role), lexicon));
  return signals;
}

function strongest(signals: readonly (Standing | null)[]): Standing | null {
  if (signals.includes('public')) return 'public';
  return signals.includes('private') ? 'private' : null;
}

/**
 * What the article says of the person named at tokens [start, end): a mark right after the name (an
 * age, a party and state), a description set off by a comma after it ("…, warga Karah") or before
 * it ("Sopir angkot, Amir"), and one in a relative clause ("… yang merupakan warga Temon").
 */
function descriptionsAround(p: Paragraph, start: number, end: number, lexicon: Lexicon): (Standing | null)[] {
  const tokens = p.tokens;
  const found: (Standing | null)[] = [];
  let next = end;
  const mark = tokens[end - 1] ? nameMarkAt(p.text, tokens[end - 1]!.end - p.start, lexicon) : null;
  if (mark) {
    found.push(mark.standing);
    while (tokens[next] && tokens[next]!.start - p.start < mark.end) next++;
  }
  if (tokens[next]?.text === ',') found.push(describedAs(wordRun(tokens, next + 1, 1), lexicon));
  else if (tokens[next] && lexicon.relativePronouns.has(tokens[next]!.lower)) found.push(describedAs(withoutLinkingWords(wordRun(tokens, next + 1, 1), lexicon), lexicon));
  if (tokens[start - 1]?.text === ',') {
    const before = wordRun(tokens, start - 2, -1);
    // Only a description that fills its clause ("Sopir angkot M06, Amir"), not the tail of a longer one.
    const opensClause = start - 2 - before.length < 0 || !tokens[start - 2 - before.length]!.isWord;
    if (opensClause) found.push(describedAs(before.reverse(), lexicon));
  }
  return found;
}

const MAX_DESCRIPTION_WORDS = 12;

/** The words in a row from `from`, going `step` (1 forward, -1 back), up to punctuation. */
function wordRun(tokens: readonly Token[], from: number, step: 1 | -1): string[] {
  const words: string[] = [];
  for (let k = from; tokens[k]?.isWord && words.length < MAX_DESCRIPTION_WORDS; k += step) words.push(tokens[k]!.lower);
  return words;
}

/** "merupakan warga", "is a nurse": the description after the words linking it to a relative pronoun. */
function withoutLinkingWords(words: readonly string[], lexicon: Lexicon): string[] {
  let from = 0;
  while (from < words.length && lexicon.standing.linkingWords.has(words[from]!)) from++;
  return words.slice(from);
}

function wordsOf(phrase: string): string[] {
  return tokenize(phrase)
    .filter((t) => t.isWord)
    .map((t) => t.lower);
}

/**
 * The standing a description gives: public when it opens with an office or a rank, private when
 * its head is a private descriptor, else public for an office further in ("Perwakilan dari Managing
 * Partner 500 Startups").
 */
export function describedAs(words: readonly string[], lexicon: Lexicon): Standing | null {
  // "warga Desa Mernek yang juga Ketua Karang Taruna": the relative clause describes the person too.
  const relative = words.findIndex((w, k) => k > 0 && lexicon.relativePronouns.has(w));
  if (relative > 0) return strongest([describedAs(words.slice(0, relative), lexicon), describedAs(withoutLinkingWords(words.slice(relative + 1), lexicon), lexicon)]);
  let head = 0;
  while (head < words.length && lexicon.determiners.has(words[head]!)) head++;
  if (head === words.length) return null;
  if (officeAt(words, head, lexicon)) return 'public';
  for (let k = head; k < Math.min(words.length, head + lexicon.standing.descriptionHeadWindow); k++) {
    if (lexicon.standing.privateDescriptors.matchAt(words, k) > 0) return 'private';
  }
  for (let k = head + 1; k < words.length; k++) {
    if (officeAt(words, k, lexicon)) return 'public';
  }
  return null;
}

/** An office or an expert's role starts at `words[k]`: a role head that is neither a private descriptor nor unranked. */
function officeAt(words: readonly string[], k: number, lexicon: Lexicon): boolean {
  const { privateDescriptors, unrankedRoles } = lexicon.standing;
  const role = lexicon.roleHeads.matchAt(words, k);
  return role > 0 && privateDescriptors.matchAt(words, k) < role && unrankedRoles.matchAt(words, k) < role;
}
