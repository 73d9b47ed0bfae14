// Word and punctuation tokens with offsets. Language-neutral: words are runs of letters, digits and
// word-internal joiners (al-Mamoun, Iran’s, 1,000, U.S); everything else is a one-character token.

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  isWord: boolean;
  /** First letter upper-case (a name-like word), or an all-caps acronym. */
  isCapitalized: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[’'\-.&,:][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\S/gu;
const DIGIT_JOINER = /^[\p{N}]/u;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let value = m[0];
    let start = m.index!;
    // A comma or colon only joins digits ("1,000", "10:30"): split words glued by them ("Rusia,Suriah").
    if (/[,:]/.test(value) && !DIGIT_JOINER.test(value)) {
      for (const part of value.split(/([,:])/)) {
        if (part) tokens.push(makeToken(part, offset + start));
        start += part.length;
      }
      continue;
    }
    tokens.push(makeToken(value, offset + start));
  }
  return tokens;
}

function makeToken(text: string, start: number): Token {
  const isWord = /^[\p{L}\p{N}]/u.test(text);
  return {
    start,
    end: start + text.length,
    text,
    lower: text.toLowerCase(),
    isWord,
    isCapitalized: isWord && /^\p{Lu}/u.test(text),
  };
}
