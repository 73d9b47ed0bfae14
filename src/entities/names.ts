// Name normalisation for cross-article entity matching. Pure functions over strings;
// every language-specific word list lives in ./data/*.json.
import type { Lang } from '../extract/types.ts';
import titlesEn from './data/titles.en.json' with { type: 'json' };
import titlesId from './data/titles.id.json' with { type: 'json' };
import rolesEn from './data/roles.en.json' with { type: 'json' };
import rolesId from './data/roles.id.json' with { type: 'json' };
import abbreviations from './data/abbreviations.json' with { type: 'json' };
import outlets from './data/outlets.json' with { type: 'json' };

const ALL_LANGS: readonly Lang[] = ['en', 'id'];

/** Lowercase, strip accents (NFD), turn punctuation into spaces, collapse whitespace. Apostrophes join ("O'Brien" → "obrien"). */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function nameTokens(text: string): string[] {
  const n = normalizeName(text);
  return n === '' ? [] : n.split(' ');
}

/** Phrases as token arrays, longest first, so "lt col" wins over "lt". */
function phraseList(phrases: readonly string[]): string[][] {
  return [...new Set(phrases.map(normalizeName))]
    .filter((p) => p !== '')
    .map((p) => p.split(' '))
    .sort((a, b) => b.length - a.length);
}

const TITLES: Record<Lang, string[][]> = { en: phraseList(titlesEn.titles), id: phraseList(titlesId.titles) };

function startsWithPhrase(tokens: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > tokens.length) return false;
  return phrase.every((w, k) => tokens[at + k] === w);
}

export interface StrippedName {
  /** The name's own tokens, normalised ("igor", "konashenkov"). */
  core: string[];
  /** Leading honorifics, ranks and offices that were removed, normalised ("mayjen"). */
  titles: string[];
}

/**
 * Remove leading titles ("Mayjen", "Lt. Col.", "Pak", "President") from a person's name.
 * Never strips the last token, so a name that is only a title-like word ("Major") survives.
 * Without `lang`, the lists of every language are used.
 */
export function stripTitles(name: string, lang?: Lang | null): StrippedName {
  const tokens = nameTokens(name);
  const lists = (lang ? [lang] : ALL_LANGS).map((l) => TITLES[l]);
  const titles: string[] = [];
  let at = 0;
  outer: while (at < tokens.length - 1) {
    for (const list of lists) {
      for (const phrase of list) {
        if (at + phrase.length < tokens.length && startsWithPhrase(tokens, at, phrase)) {
          titles.push(phrase.join(' '));
          at += phrase.length;
          continue outer;
        }
      }
    }
    break;
  }
  return { core: tokens.slice(at), titles };
}

// ---------------------------------------------------------------------------
// Outlets

const OUTLET_ARTICLES = outlets.leadingArticles.map((a) => a.toLowerCase());
const OUTLET_SUFFIXES = [...outlets.suffixes].map((s) => s.toLowerCase()).sort((a, b) => b.length - a.length);

export interface OutletKey {
  /** Comparable form: no leading article, no ".com"/"News Agency" suffixes, normalised. */
  key: string;
  /** What was ignored to get there, for explanations. */
  ignored: string[];
}

/** "The Washington Post" → "washington post"; "Kompas.com" → "kompas"; "ANTARA News Agency" → "antara". */
export function outletKey(name: string): OutletKey {
  let s = name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().trim();
  const ignored: string[] = [];
  for (const article of OUTLET_ARTICLES) {
    if (s.startsWith(article + ' ') && s.length > article.length + 1) {
      ignored.push(article);
      s = s.slice(article.length + 1).trim();
    }
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const suffix of OUTLET_SUFFIXES) {
      // A word suffix needs a space before it; a domain suffix starts with its own dot.
      const glued = suffix.startsWith('.');
      if (!s.endsWith(suffix)) continue;
      const rest = s.slice(0, s.length - suffix.length);
      if (!glued && !rest.endsWith(' ')) continue;
      if (normalizeName(rest) === '') continue;
      ignored.push(suffix);
      s = rest.trim();
      changed = true;
      break;
    }
  }
  return { key: normalizeName(s), ignored };
}

// ---------------------------------------------------------------------------
// Organisation abbreviations

const KNOWN_ABBREVIATIONS: ReadonlyMap<string, string[]> = new Map(
  Object.entries(abbreviations.known).map(([short, long]) => [normalizeName(short), nameTokens(long)]),
);
const SKIPPABLE = new Set(abbreviations.skippable.map(normalizeName));

/** The known expansion of an abbreviation ("kemenhan" → ["kementerian", "pertahanan"]), if listed. */
export function knownExpansion(abbreviation: string): string[] | null {
  return KNOWN_ABBREVIATIONS.get(normalizeName(abbreviation)) ?? null;
}

/**
 * The general rule: `abbreviation` is made of pieces taken, in order, from the start of each
 * word of `words` — one piece per word, at least one letter each ("KPK" = Komisi Pemberantasan
 * Korupsi; "Basarnas" = BAdan SAR NASional). Connectives ("of", "dan") may be skipped.
 * Pieces from inside a word ("Kemen-HAN" from "pertaHANan") are left to the data file:
 * allowing them would make ordinary words look like abbreviations.
 */
export function isAbbreviationOf(abbreviation: string, words: readonly string[]): boolean {
  const abbr = normalizeName(abbreviation);
  if (!/^[\p{L}]{2,12}$/u.test(abbr)) return false;
  const ws = words.map(normalizeName).filter((w) => w !== '');
  if (ws.filter((w) => !SKIPPABLE.has(w)).length < 2) return false;
  const memo = new Map<number, boolean>();
  const fits = (i: number, j: number): boolean => {
    if (j === ws.length) return i === abbr.length;
    const key = i * 64 + j;
    const seen = memo.get(key);
    if (seen !== undefined) return seen;
    const w = ws[j]!;
    let ok = SKIPPABLE.has(w) && fits(i, j + 1);
    for (let len = 1; !ok && len <= w.length && i + len <= abbr.length; len++) {
      if (abbr.charCodeAt(i + len - 1) !== w.charCodeAt(len - 1)) break;
      ok = fits(i + len, j + 1);
    }
    memo.set(key, ok);
    return ok;
  };
  return fits(0, 0);
}

export interface AbbreviationStep {
  rule: 'known-abbreviation' | 'acronym';
  short: string;
  long: string;
}

/**
 * Align two organisation names token by token, letting one token (or a listed two-token
 * abbreviation such as "TNI AD") stand for a run of tokens on the other side.
 * Returns the abbreviation steps used, or null when the names do not align.
 * Names that are simply equal return an empty list.
 */
export function alignOrganizationNames(a: readonly string[], b: readonly string[]): AbbreviationStep[] | null {
  const memo = new Map<string, AbbreviationStep[] | null>();
  const go = (i: number, j: number): AbbreviationStep[] | null => {
    if (i === a.length && j === b.length) return [];
    if (i === a.length || j === b.length) return null;
    const key = `${i},${j}`;
    if (memo.has(key)) return memo.get(key)!;
    let result: AbbreviationStep[] | null = null;
    if (a[i] === b[j]) result = go(i + 1, j + 1);
    // Known abbreviations first (either side, longest key first), then the general rule.
    for (const [short, sI, long, lI, flip] of [[a, i, b, j, false], [b, j, a, i, true]] as const) {
      for (let n = Math.min(2, short.length - sI); !result && n >= 1; n--) {
        const abbr = short.slice(sI, sI + n).join(' ');
        const expansion = KNOWN_ABBREVIATIONS.get(abbr);
        if (!expansion || !startsWithPhrase(long, lI, expansion)) continue;
        const rest = flip ? go(i + expansion.length, j + n) : go(i + n, j + expansion.length);
        if (rest) result = [{ rule: 'known-abbreviation', short: abbr, long: expansion.join(' ') }, ...rest];
      }
    }
    for (const [short, sI, long, lI, flip] of [[a, i, b, j, false], [b, j, a, i, true]] as const) {
      for (let end = lI + 2; !result && end <= long.length; end++) {
        const run = long.slice(lI, end);
        if (!isAbbreviationOf(short[sI]!, run)) continue;
        const rest = flip ? go(end, j + 1) : go(i + 1, end);
        if (rest) result = [{ rule: 'acronym', short: short[sI]!, long: run.join(' ') }, ...rest];
      }
    }
    memo.set(key, result);
    return result;
  };
  return go(0, 0);
}

// ---------------------------------------------------------------------------
// Roles → organisations

interface RoleHead {
  words: string;
  template?: string;
  ofTemplate?: string;
}
interface RoleData {
  heads: RoleHead[];
  modifiers: string[];
  connectors: string[];
  articles: string[];
}
interface PreparedRoles {
  heads: { tokens: string[]; head: RoleHead }[];
  modifiers: Set<string>;
  connectors: Set<string>;
  articles: Set<string>;
}
function prepareRoles(data: RoleData): PreparedRoles {
  return {
    heads: data.heads
      .map((head) => ({ tokens: nameTokens(head.words), head }))
      .sort((x, y) => y.tokens.length - x.tokens.length),
    modifiers: new Set(data.modifiers.map(normalizeName)),
    connectors: new Set(data.connectors.map(normalizeName)),
    articles: new Set(data.articles.map(normalizeName)),
  };
}
const ROLES: Record<Lang, PreparedRoles> = { en: prepareRoles(rolesEn), id: prepareRoles(rolesId) };

export interface RoleOrganization {
  /** The role head as written ("Juru Bicara", "press secretary"). */
  head: string;
  /** The organisation as written, or derived from a portfolio ("Kementerian Luar Negeri"); null if the role names none. */
  organization: string | null;
  /** How it was found, for explanations. */
  rule: 'head-first' | 'head-last' | 'head-of' | 'derived' | 'head-only';
}

/** Normalised tokens of a role, each remembering the written word it came from ("Bangsa-Bangsa" gives two tokens, one word). */
interface RoleTokens {
  words: string[];
  norms: string[];
  wordOf: number[];
}
function roleTokens(text: string): RoleTokens {
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[^\p{L}\p{N}]+$/u, '')).filter((w) => w !== '');
  const norms: string[] = [];
  const wordOf: number[] = [];
  words.forEach((w, k) => {
    for (const t of nameTokens(w)) {
      norms.push(t);
      wordOf.push(k);
    }
  });
  return { words, norms, wordOf };
}

/**
 * The organisation part of a role: "Juru Bicara Kementerian Pertahanan Rusia" → "Kementerian
 * Pertahanan Rusia"; "White House press secretary" → "White House"; "Menteri Luar Negeri" →
 * "Kementerian Luar Negeri" (derived). Returns null when no role head is recognised.
 * The role's language is tried first, then the others (Indonesian text uses English titles too).
 */
export function organizationFromRole(role: string, lang?: Lang | null): RoleOrganization | null {
  const tokens = roleTokens(role);
  for (const l of lang ? [lang, ...ALL_LANGS.filter((x) => x !== lang)] : ALL_LANGS) {
    const found = parseRole(tokens, ROLES[l]);
    if (found) return found;
  }
  return null;
}

function parseRole({ words, norms, wordOf }: RoleTokens, data: PreparedRoles): RoleOrganization | null {
  // Token range [from, to) back to the words as written.
  const join = (from: number, to: number) => words.slice(wordOf[from]!, wordOf[to - 1]! + 1).join(' ');
  // Head first, after optional modifiers: "Wakil Juru Bicara Kementerian …", "spokesman for the Ministry …".
  let at = 0;
  while (at < norms.length && data.modifiers.has(norms[at]!)) at++;
  for (const { tokens, head } of data.heads) {
    if (!startsWithPhrase(norms, at, tokens)) continue;
    let rest = at + tokens.length;
    const headText = join(at, rest);
    const viaConnector = rest < norms.length && data.connectors.has(norms[rest]!);
    if (viaConnector) rest++;
    while (rest < norms.length && data.articles.has(norms[rest]!)) rest++;
    if (rest >= norms.length) return { head: headText, organization: null, rule: 'head-only' };
    const org = join(rest, norms.length);
    if (viaConnector && head.ofTemplate) return { head: headText, organization: head.ofTemplate.replace('{org}', org), rule: 'derived' };
    if (!viaConnector && head.template) return { head: headText, organization: head.template.replace('{org}', org), rule: 'derived' };
    return { head: headText, organization: org, rule: viaConnector ? 'head-of' : 'head-first' };
  }
  // Head last (English): "White House press secretary", "Kremlin spokesman", "Russian defence minister".
  for (const { tokens, head } of data.heads) {
    const start = norms.length - tokens.length;
    if (start <= 0 || !startsWithPhrase(norms, start, tokens)) continue;
    let end = start;
    while (end > 0 && data.modifiers.has(norms[end - 1]!)) end--;
    let from = 0;
    while (from < end && (data.articles.has(norms[from]!) || data.modifiers.has(norms[from]!))) from++;
    if (from >= end) return { head: join(start, norms.length), organization: null, rule: 'head-only' };
    const org = join(from, end);
    if (head.template) return { head: join(start, norms.length), organization: head.template.replace('{org}', org), rule: 'derived' };
    return { head: join(start, norms.length), organization: org, rule: 'head-last' };
  }
  return null;
}
