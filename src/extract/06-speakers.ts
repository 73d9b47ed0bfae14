import type { Paragraph, Segmented } from './02-segment.ts';
import type { Frame, MentionRef, Range } from './05-cues.ts';
import type { Quote } from './04-quotes.ts';
import type { Lexicon, SharedLexicon } from './lexicon.ts';
import { nameMarkAt } from './name-marks.ts';
import { modifierAt, pronounOf } from './phrases.ts';
import { lowerBound, RangeIndex } from './ranges.ts';
import { tokenize, type Token } from './tokens.ts';
import type { EntityType, SpeakerMember } from './types.ts';

// Turns speaker mentions into speakers: a phrase is split into title, role, organisation and
// name; short names and pronouns ("Konashenkov", "katanya", "he") resolve to the fullest
// earlier or later form of the same person in the article.

export interface ResolvedSpeaker {
  name: string;
  type: EntityType;
  title: string | null;
  role: string | null;
  organization: string | null;
  /** Same key, same speaker within the article. */
  key: string;
  /** A group's members, each resolved as a speaker alone would be; empty for one speaker. */
  members: SpeakerMember[];
  /**
   * For a pronoun, a clitic or no mention at all: the earlier mention that names this speaker,
   * which the resolution rests on ("Trump" for "he"); for "a spokesman" named in the next statement,
   * that later mention. Null when the frame's own mention names it.
   */
  antecedent: Range | null;
}

export interface SpeakerFrame extends Frame {
  speaker: ResolvedSpeaker | null;
}

export interface PhraseParts {
  name: string | null;
  title: string | null;
  role: string | null;
  organization: string | null;
  type: EntityType;
  /** The whole phrase without leading articles, for speakers that have no personal name. */
  description: string;
}

const FIRST_PERSON = new Set(['i', 'we', 'saya', 'kami', 'aku', 'kita']);

export function resolveSpeakers(seg: Segmented, quotes: readonly Quote[], frames: readonly Frame[], lexicon: Lexicon, shared: SharedLexicon): SpeakerFrame[] {
  const text = seg.doc.text;
  const registry = new PersonRegistry(lexicon.antecedentsNeedIntroduction ? 2 : 1, lexicon.determiners);
  const quoteInteriors = new RangeIndex(quotes.map((q) => ({ start: q.open + 1, end: q.close })));
  const quoted = (pos: number) => quoteInteriors.contains(pos);
  // Every titled or two-word name in the article's own voice is a possible antecedent.
  // Subheadings ("Rencana Trump terhadap Assad pada 2017") and headlines in title case ("Underdog
  // Conservative Claudia Tenney Beats Establishment.") are capitalised throughout: no names from them.
  const prose = seg.paragraphs.filter((p) => !p.skip && (/[.!?"”’:]$/.test(p.text) || p.tokens.length > 12) && !isTitleCaseHeadline(p.tokens, lexicon));
  // A capitalised word the article also writes in lower case ("Selama PSBB", "Program Kartu
  // Prakerja", "Petambak Garam") is a common word opening a sentence or a proper noun, not a name.
  const commonWords = new Set(prose.flatMap((p) => p.tokens.filter((t) => t.isWord && !t.isCapitalized).map((t) => t.lower)));
  const runs = prose.flatMap((p) => nameRuns(p.tokens, lexicon).filter((run) => !quoted(run.start)).map((run) => ({ run, parsed: parsePhrase(text.slice(run.start, run.end), lexicon, shared) })));
  const organisations = organisationWords(prose, runs.map((r) => r.parsed));
  const parse = (phrase: string) => withoutOrganisationLead(parsePhrase(phrase, lexicon, shared), organisations);
  for (const { run, parsed } of runs) {
    // "the Kelly File", "the Twilight Zone": a person's name takes no article unless a title or role
    // comes with it ("the Rev. Al Sharpton", "the former Secretary of State Hillary Clinton").
    if (!parsed.title && !parsed.role && articleBefore(text, run.start, lexicon)) continue;
    const trimmed = withoutOrganisationLead(parsed, organisations);
    const name = trimmed.name ? withoutCommonWords(trimmed.name, commonWords) : null;
    const parts = { ...trimmed, name };
    // "Trisno Aruan ( 27 )": a name with the mark the press gives one it introduces is an introduction too.
    const strength = parts.title || parts.role || nameMarkAt(text, run.end, lexicon) ? 2 : 1;
    if (parts.type === 'person' && name && (name.includes(' ') || strength === 2)) registry.add(parts, run, strength);
  }
  // "Yulianto ( 43 )": so is a single name with that mark, which makes no run of its own.
  for (const p of prose) {
    p.tokens.forEach((t, k) => {
      const next = p.tokens[k + 1];
      if (!t.isCapitalized || !next || next.isWord || p.tokens[k - 1]?.isCapitalized || quoted(t.start) || !nameMarkAt(text, t.end, lexicon)) return;
      const parts = parse(t.text);
      if (parts.type === 'person' && parts.name && !commonWords.has(t.lower)) registry.add(parts, t, 2);
    });
  }
  // In reading order, so a short name meets the full one it stands for ("ucap Saan" after "… Saan Mustopa").
  const phraseMentions = frames.flatMap((f) => (f.mention?.kind === 'phrase' ? [f.mention] : [])).sort((a, b) => a.start - b.start);
  for (const mention of phraseMentions) {
    const parts = parse(text.slice(mention.start, mention.end));
    if (parts.type === 'person' && parts.name) registry.add(parts, mention, 2);
  }
  // A bare surname of a known person opening a clause ("…, Marquis criticized") is a mention too;
  // inside a clause ("menampik tudingan Trump itu") it is rarely who speaks next.
  for (const p of prose) {
    p.tokens.forEach((t, k) => {
      const before = p.tokens[k - 1];
      const opensClause = !before || /^[,.;:!?]$/.test(before.text) || lexicon.clauseOpeners.has(before.lower);
      if (t.isCapitalized && opensClause && !quoted(t.start)) registry.addSurnameMention(t.text, t);
    });
  }
  // Names inside what someone said are not who speaks next.
  const contents = new RangeIndex(frames.flatMap((f) => f.content));
  registry.exclude((pos) => quoted(pos) || contents.contains(pos));

  const quotedPerson = (content: readonly Range[], at: number) => personQuotedBefore(text, content, at, lexicon, parse, registry, commonWords);

  const order = frames.map((f, i) => i).sort((a, b) => anchor(frames[a]!) - anchor(frames[b]!));
  const resolved: (ResolvedSpeaker | null)[] = new Array(frames.length).fill(null);
  let previous: Previous | null = null;
  // The outlet that reported last, as speaker or relay: "the report", "laporan itu" stand for it.
  let lastOutlet = null as { speaker: ResolvedSpeaker; naming: Range } | null;
  for (const i of order) {
    const f = frames[i]!;
    const parentSpeaker = f.parent !== null ? resolved[f.parent] ?? null : null;
    const parent = parentSpeaker ? { speaker: parentSpeaker, naming: namingMention(frames[f.parent!]!, parentSpeaker), content: frames[f.parent!]!.content } : null;
    let speaker: ResolvedSpeaker | null = resolveOne(f, text, lexicon, shared, parse, registry, previous, parent, quotedPerson);
    const publication = f.mention?.kind === 'phrase' && speaker?.type === 'unknown' && isPublication(text.slice(f.mention.start, f.mention.end), lexicon);
    if (publication && lastOutlet) speaker = { ...lastOutlet.speaker, antecedent: lastOutlet.naming };
    resolved[i] = speaker;
    if (speaker && f.parent === null) previous = { speaker, paragraph: f.paragraph, at: f.mention?.start ?? anchor(f), naming: namingMention(f, speaker) };
    const naming: Range | null = speaker ? namingMention(f, speaker) : null;
    if (speaker && naming && isOutlet(speaker.name, shared)) lastOutlet = { speaker, naming };
    for (const r of f.relays) {
      if (r.outlet) lastOutlet = { speaker: speakerOf({ name: r.outlet, title: null, role: null, organization: null, type: 'organization', description: r.outlet }), naming: { start: r.start, end: r.end } };
    }
  }
  resolveCataphora(frames, order, resolved, text, lexicon);
  return frames.map((f, i) => ({ ...f, speaker: resolved[i]! }));
}

/**
 * "seorang menteri kabinet Afrika Selatan mengatakan …" then "“…,” kata Menteri Komunikasi Nomvula
 * Mokonyane": a speaker introduced as one holder of a role ("a department spokesman") is the person
 * the next statement names with that role, in the same paragraph or the one after.
 */
function resolveCataphora(frames: readonly Frame[], order: readonly number[], resolved: (ResolvedSpeaker | null)[], text: string, lexicon: Lexicon): void {
  const topLevel = order.filter((i) => frames[i]!.parent === null);
  for (let k = 0; k + 1 < topLevel.length; k++) {
    const [f, g] = [frames[topLevel[k]!]!, frames[topLevel[k + 1]!]!];
    const [introduced, named] = [resolved[topLevel[k]!], resolved[topLevel[k + 1]!]];
    if (!introduced?.role || introduced.type === 'person' || named?.type !== 'person' || !named.role) continue;
    if (f.mention?.kind !== 'phrase' || g.mention?.kind !== 'phrase' || g.paragraph > f.paragraph + 1) continue;
    const words = text.slice(f.mention.start, f.mention.end).toLowerCase().split(/\s+/);
    const oneHolder = lexicon.indefiniteWords.has(words[0]!) && !lexicon.pluralQuantifiers.has(words[0]!) && !(lexicon.lang === 'en' && /s$/.test(words.at(-1)!));
    if (oneHolder && sharesRoleHead(introduced.role, named.role, lexicon)) resolved[topLevel[k]!] = { ...named, antecedent: { start: g.mention.start, end: g.mention.end } };
  }
}

/** Whether two role phrases have a role head in common ("menteri kabinet" and "Menteri Komunikasi"). */
function sharesRoleHead(a: string, b: string, lexicon: Lexicon): boolean {
  const heads = (role: string) => {
    const words = role.toLowerCase().split(/\s+/);
    return new Set(words.flatMap((_, k) => {
      const n = lexicon.roleHeads.matchAt(words, k);
      return n > 0 ? [words.slice(k, k + n).join(' ')] : [];
    }));
  };
  const inB = heads(b);
  return [...heads(a)].some((head) => inB.has(head));
}

/** "the report", "that article", "laporan tersebut": a definite publication, which stands for the outlet that published it. */
function isPublication(name: string, lexicon: Lexicon): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.length === 2 && words.some((w) => lexicon.definiteWords.has(w)) && words.some((w) => lexicon.publicationNouns.has(w));
}

function isOutlet(name: string, shared: SharedLexicon): boolean {
  return shared.outlets.has(name.toLowerCase());
}

/**
 * Words the article itself uses as an organisation's name: one word in the organisation slot of a
 * phrase ("Rektor Unesa Prof Nurhasan"), or an abbreviation in brackets after a capitalised run
 * ("Universitas Negeri Surabaya ( Unesa )").
 */
function organisationWords(prose: readonly Paragraph[], parsed: readonly PhraseParts[]): Set<string> {
  const found = new Set<string>();
  for (const parts of parsed) {
    if (parts.type === 'person' && parts.organization && !parts.organization.includes(' ')) found.add(keyOf(parts.organization));
  }
  for (const p of prose) {
    p.tokens.forEach((t, k) => {
      const [before, inner, after] = [p.tokens[k - 1], p.tokens[k + 1], p.tokens[k + 2]];
      if (t.text === '(' && before?.isCapitalized && p.tokens[k - 2]?.isCapitalized && inner?.isCapitalized && after?.text === ')') found.add(keyOf(inner.text));
    });
  }
  return found;
}

/** "Kepala Humas Unesa Vinda Maya Setianingrum": a word the article names an organisation with opens no personal name. */
function withoutOrganisationLead(parts: PhraseParts, organisations: ReadonlySet<string>): PhraseParts {
  if (parts.type !== 'person' || !parts.name || !parts.role) return parts;
  const words = parts.name.split(' ');
  let from = 0;
  while (from < words.length - 1 && (organisations.has(keyOf(words[from]!)) || (from > 0 && !/\p{L}/u.test(words[from]!)))) from++;
  if (from === 0) return parts;
  const lead = words.slice(0, from).join(' ').replace(/[\s()]+$/, '');
  return { ...parts, name: words.slice(from).join(' '), role: `${parts.role} ${lead}`, organization: lead };
}

/** The name from its first word not written in lower case elsewhere; null when none is left. */
function withoutCommonWords(name: string, commonWords: ReadonlySet<string>): string | null {
  const words = name.split(/\s+/);
  const from = words.findIndex((w) => !commonWords.has(w.toLowerCase()));
  return from === -1 ? null : words.slice(from).join(' ');
}

interface Previous {
  speaker: ResolvedSpeaker;
  paragraph: number;
  at: number;
  naming: Range | null;
}

/** The mention that shows who spoke: its antecedent, else the phrase itself. */
function namingMention(f: Frame, speaker: ResolvedSpeaker): Range | null {
  if (speaker.antecedent) return speaker.antecedent;
  return f.mention?.kind === 'phrase' ? { start: f.mention.start, end: f.mention.end } : null;
}

function anchor(f: Frame): number {
  return Math.min(f.content[0]?.start ?? Infinity, f.cue?.start ?? Infinity, f.mention?.start ?? Infinity);
}

function resolveOne(
  f: Frame,
  text: string,
  lexicon: Lexicon,
  shared: SharedLexicon,
  parse: (phrase: string) => PhraseParts,
  registry: PersonRegistry,
  previous: Previous | null,
  parent: { speaker: ResolvedSpeaker; naming: Range | null; content: readonly Range[] } | null,
  quotedPerson: (content: readonly Range[], at: number) => ResolvedSpeaker | null,
): ResolvedSpeaker | null {
  const mention: MentionRef | null = f.mention;
  const word = mention ? text.slice(mention.start, mention.end).toLowerCase() : '';
  if (mention && mention.kind === 'phrase') {
    const group = groupMembers(text.slice(mention.start, mention.end), mention.start, lexicon, shared, registry);
    if (group) return group;
    const parts = parse(text.slice(mention.start, mention.end));
    if (parts.type === 'person' && parts.name) {
      const person = registry.lookup(parts.name) ?? parts;
      // "kata Ranny" after "Peneliti …, Ranny Rastati,": a short name points back to where the person was introduced.
      const antecedent = registry.introductionBefore(mention);
      return { ...speakerOf({ ...person, title: parts.title ?? person.title, role: parts.role ?? person.role, organization: parts.organization ?? person.organization }), antecedent };
    }
    // "the minister", "kata Presiden", "menteri itu": a definite role refers to the person last named with it.
    const holder = definiteRole(parts, lexicon) ? registry.lastWithRole(parts.role!, mention.start) : null;
    if (holder) return speakerOf(holder);
    // "a department spokesman told VOA …" and later "That same department spokesman, Lt. Col. Joseph
    // Yoswa": a role specific enough (two words or more) that one person of the article holds it.
    const only = parts.role && !parts.name && singularRole(parts, lexicon) ? registry.onlyWithRole(parts.role) : null;
    if (only) return speakerOf(only);
    return speakerOf(parts);
  }
  if (parent && FIRST_PERSON.has(word.replace(/[’'](ll|d|s|re|ve|m)$/, ''))) return { ...parent.speaker, antecedent: parent.naming };
  // "“Hillary was in South Carolina … She said that we can’t hide from these truths,” Sheppard said":
  // inside a quotation "she" is someone the speaker talks about, never the speaker, who would say "I".
  const personPronoun = mention?.kind === 'pronoun' && pronounOf(word, lexicon) === 'person';
  const quotedThirdPerson = parent !== null && personPronoun;
  if (quotedThirdPerson) {
    const quoted = quotedPerson(parent.content, mention.start);
    if (quoted) return quoted;
  }
  // A pronoun, a clitic ("katanya") or no mention at all: the person talked about last, in the
  // article's own voice — the last speaker, unless someone else was named since.
  const at = mention?.start ?? anchor(f);
  // Nor, with nobody named in the quotation, is it its speaker: the person talked about before.
  const person = registry.nearestBefore(at, quotedThirdPerson ? (parts) => parts.name === parent.speaker.name : undefined);
  const named = person ? { ...speakerOf(person.parts), antecedent: person.naming } : null;
  if (quotedThirdPerson) return named;
  // "he", "katanya" stand for a person: not for an organisation or a bare description ("Menurut data, …").
  const wantsPerson = mention?.kind === 'clitic' || personPronoun;
  const fits = (s: ResolvedSpeaker) => !wantsPerson || s.type === 'person' || (s.type === 'unknown' && s.role !== null);
  const last = previous && fits(previous.speaker) ? { ...previous.speaker, antecedent: previous.naming } : null;
  if (named && (!previous || person!.at > previous.at)) return named;
  if (last && previous!.paragraph >= f.paragraph - 3) return last;
  return named ?? last;
}

/** The person named last in a quotation before `at` ("Hillary" in "“Hillary was there … She said …”"), as the registry knows them. */
function personQuotedBefore(
  text: string,
  content: readonly Range[],
  at: number,
  lexicon: Lexicon,
  parse: (phrase: string) => PhraseParts,
  registry: PersonRegistry,
  commonWords: ReadonlySet<string>,
): ResolvedSpeaker | null {
  const tokens = content.filter((r) => r.start < at).flatMap((r) => tokenize(text.slice(r.start, Math.min(r.end, at)), r.start));
  const multiword = nameRuns(tokens, lexicon);
  // "I’m", "The Bible": neither a pronoun nor a thing named with an article is a person.
  const alone = tokens.filter((t) => t.isCapitalized && pronounOf(t.lower, lexicon) === undefined && !multiword.some((r) => r.start <= t.start && t.end <= r.end));
  const runs = [...multiword, ...alone.map((t) => ({ start: t.start, end: t.end }))].filter((r) => !articleBefore(text, r.start, lexicon));
  let best: { parts: PhraseParts; naming: Range } | null = null;
  for (const run of runs) {
    if (best && run.start < best.naming.start) continue;
    const said = parse(text.slice(run.start, run.end));
    const known = said.type === 'person' && said.name ? registry.lookup(said.name) : null;
    // A name the article knows, or one it never writes in lower case: not every capitalised word opening a sentence ("Everyone").
    const name = said.type === 'person' && said.name ? withoutCommonWords(said.name, commonWords) : null;
    if (known || name) best = { parts: known ?? { ...said, name }, naming: run };
  }
  return best ? { ...speakerOf(best.parts), antecedent: best.naming } : null;
}

/**
 * "Kerry dan menteri luar negeri Kanada", "Grassley and Leahy": people named together speak as one
 * group, each member resolved as a speaker alone would be ("John Kerry dan John Baird").
 */
function groupMembers(phrase: string, at: number, lexicon: Lexicon, shared: SharedLexicon, registry: PersonRegistry): ResolvedSpeaker | null {
  const group = membersOf(phrase, tokenize(phrase), lexicon, shared);
  if (!group) return null;
  const members: SpeakerMember[] = [];
  for (const parts of group.parts) {
    const person =
      parts.type === 'person' && parts.name && parts.name !== parts.role ? registry.lookup(parts.name) ?? parts
      : !parts.name && parts.role ? registry.lastWithRole(parts.role, at) ?? registry.onlyWithRole(parts.role)
      : null;
    // "Menteri Kelautan dan Perikanan Hendra …" is one person named by a role with "dan" in it.
    if (!person?.name || members.some((m) => m.name === person.name)) return null;
    members.push({ name: person.name, type: person.type });
  }
  const name = members.map((m) => m.name).join(` ${group.joiner} `);
  return { name, type: 'unknown', title: null, role: null, organization: null, key: keyOf(name), antecedent: null, members };
}

/** A role phrase naming one known holder: no name, a singular role, not introduced as "a …"/"seorang …". */
function definiteRole(parts: PhraseParts, lexicon: Lexicon): boolean {
  return singularRole(parts, lexicon) && !lexicon.indefiniteWords.has(firstWord(parts.description));
}

function firstWord(phrase: string): string {
  return phrase.trim().split(/\s+/)[0]!.toLowerCase();
}

function singularRole(parts: PhraseParts, lexicon: Lexicon): boolean {
  if (parts.name || !parts.role || parts.type === 'organization') return false;
  const words = parts.description.toLowerCase().split(/\s+/);
  // "several officials", "para menteri": a group, never one holder of a role.
  return !(lexicon.lang === 'en' && /s$/.test(words[words.length - 1]!)) && !lexicon.pluralQuantifiers.has(words[0]!);
}

function speakerOf(parts: PhraseParts): ResolvedSpeaker {
  const name = parts.name ?? parts.description;
  return { name, type: parts.type, title: parts.title, role: parts.role, organization: parts.organization, key: keyOf(name), antecedent: null, members: [] };
}

const keys = new Map<string, string>();

/** Same key, same name: case, accents, punctuation and a leading article aside. Memoised: registries ask often. */
export function keyOf(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = foldName(name);
    if (keys.size > 100_000) keys.clear();
    keys.set(name, key);
  }
  return key;
}

function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^(the|a|an)\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Where a person is mentioned; strength as in PersonRegistry.add, 0 for a bare surname. */
interface Position {
  at: number;
  end: number;
  surname: string;
  strength: number;
  /** How well this mention shows who the person is: 3 with a title or role, 2 by full name, 1 quoted by a bare name, 0 else. */
  identifies: number;
}

class PersonRegistry {
  /**
   * @param antecedentStrength the strength (see add) a person needs to be a pronoun's antecedent
   * @param determiners words that say which holder a role means ("the", "seorang"), not what the role is
   */
  constructor(
    private readonly antecedentStrength: number,
    private readonly determiners: ReadonlySet<string>,
  ) {}

  private readonly bySurname = new Map<string, PhraseParts & { strength: number }>();
  private readonly positions: Position[] = [];
  private readonly seenAt = new Set<number>();

  /** Strength 2: named as a speaker or with a title or role; 1: a bare run of capitalised words. */
  add(parts: PhraseParts, where: Range, strength: number): void {
    const at = where.start;
    const surname = this.canonicalSurname(surnameOf(parts.name!));
    const known = this.bySurname.get(surname);
    if (!known || (strength > known.strength && !this.compatible(parts.name!, known.name!))) {
      this.bySurname.set(surname, { ...(known ? merged(parts, known) : parts), strength });
    } else if (this.compatible(parts.name!, known.name!)) {
      // The same person: the fuller name ("Haris Azhar", not a later "kata Haris"), the stronger mention's details.
      const [strong, weak] = strength >= known.strength ? [parts, known] : [known, parts];
      const fuller = parts.name!.length > known.name!.length ? parts.name! : known.name!;
      this.bySurname.set(surname, { ...merged({ ...strong, name: fuller }, weak), strength: Math.max(strength, known.strength) });
    } else {
      Object.assign(known, merged(known, parts));
    }
    this.positions.push({ at, end: where.end, surname, strength, identifies: parts.title || parts.role ? 3 : parts.name!.includes(' ') ? 2 : strength === 2 ? 1 : 0 });
    this.seenAt.add(at);
  }

  lookup(name: string): PhraseParts | null {
    const known = this.bySurname.get(this.canonicalSurname(surnameOf(name)));
    return known && this.compatible(name, known.name!) ? known : null;
  }

  /** "John Smith" is not "Jane Smith": every word of the shorter form must stand in the fuller one (a one-letter typo forgiven). */
  private compatible(a: string, b: string): boolean {
    const [shorter, fuller] = a.length <= b.length ? [a, b] : [b, a];
    const have = keyOf(fuller).split(' ');
    return keyOf(shorter).split(' ').every((w) => have.some((h) => h === w || nearlySame(h, w)));
  }

  /** A surname misspelt by one letter ("Einsenkot") is the known one ("Eisenkot"). */
  private canonicalSurname(surname: string): string {
    if (this.bySurname.has(surname)) return surname;
    const near = [...this.bySurname.keys()].filter((k) => nearlySame(k, surname));
    if (near.length === 1) return near[0]!;
    // Indonesian articles often name a person by the given name ("Hendra", "Sari"): a word of
    // exactly one known person's full name stands for that person.
    const holders = [...this.bySurname.entries()].filter(([, p]) => p.name!.includes(' ') && keyOf(p.name!).split(' ').includes(surname));
    return holders.length === 1 ? holders[0]![0] : surname;
  }

  addSurnameMention(word: string, where: Range): void {
    const surname = this.canonicalSurname(keyOf(word));
    if (this.bySurname.has(surname) && !this.seenAt.has(where.start)) {
      this.positions.push({ at: where.start, end: where.end, surname, strength: 0, identifies: 0 });
      this.seenAt.add(where.start);
    }
  }

  private candidates: Position[] = [];

  /** Freezes the mentions, dropping those inside what someone said, sorted for binary search. */
  exclude(excluded: (pos: number) => boolean): void {
    this.candidates = this.positions.filter((p) => !excluded(p.at)).sort((a, b) => a.at - b.at);
  }

  /** The person mentioned last before `at` whose stated role has the head of `role` ("minister" in "the minister"). */
  lastWithRole(role: string, at: number): PhraseParts | null {
    const words = keyOf(role).split(' ').filter((w) => !this.determiners.has(w));
    if (words.length === 0) return null;
    for (let k = this.candidates.length - 1; k >= 0; k--) {
      const c = this.candidates[k]!;
      if (c.at >= at) continue;
      const parts = this.bySurname.get(c.surname);
      const stated = parts?.role ? keyOf(parts.role).split(' ') : [];
      if (parts && words.every((w) => stated.includes(w))) return parts;
    }
    return null;
  }

  /** The one person of the article whose stated role holds every word of `role` (two words or more), if only one does. */
  onlyWithRole(role: string): PhraseParts | null {
    const words = keyOf(role).split(' ').filter((w) => !this.determiners.has(w));
    if (words.length < 2) return null;
    const holders = [...this.bySurname.values()].filter((p) => p.role && words.every((w) => keyOf(p.role!).split(' ').includes(w)));
    return holders.length === 1 ? holders[0]! : null;
  }

  /** The person mentioned last before `at`, outside quotations and reported contents, unless `skip` rules them out. */
  nearestBefore(at: number, skip?: (parts: PhraseParts) => boolean): { parts: PhraseParts; at: number; naming: Range } | null {
    let last = lowerBound(this.candidates.length, (i) => this.candidates[i]!.at < at) - 1;
    const passed = (k: number) => {
      const parts = this.bySurname.get(this.candidates[k]!.surname);
      return !parts || parts.strength < this.antecedentStrength || (skip?.(parts) ?? false);
    };
    while (last >= 0 && passed(last)) last--;
    const best = this.candidates[last];
    const parts = best ? this.bySurname.get(best.surname) : undefined;
    return best && parts ? { parts, at: best.at, naming: this.namingMention(best, last) } : null;
  }

  /** For a person named here by one word ("Ranny"), the earlier mention that shows who that is (see namingMention). */
  introductionBefore(mention: Range): Range | null {
    const index = lowerBound(this.candidates.length, (i) => this.candidates[i]!.at < mention.start);
    const here = this.candidates[index];
    if (!here || here.at !== mention.start || here.identifies > 1) return null;
    const naming = this.namingMention(here, index);
    return naming.start === here.at ? null : naming;
  }

  /**
   * The mention that best shows who `mention` is: the last one up to it where the person was
   * introduced with a title or role ("Kepala Dinas … Vinsen Kia Beda"), else by full name, else quoted.
   */
  private namingMention(mention: Position, index: number): Range {
    let best = mention;
    for (let k = index; k >= 0 && best.identifies < 3; k--) {
      const c = this.candidates[k]!;
      if (c.surname === mention.surname && c.identifies > best.identifies) best = c;
    }
    return { start: best.at, end: best.end };
  }
}

/** `parts`, with the title, role and organisation it lacks taken from `other`. */
function merged<T extends PhraseParts>(parts: T, other: PhraseParts): T {
  return { ...parts, title: parts.title ?? other.title, role: parts.role ?? other.role, organization: parts.organization ?? other.organization };
}

/** Equal but for one inserted, dropped or changed letter, in words long enough for that to be a typo. */
function nearlySame(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 6 || Math.abs(a.length - b.length) > 1 || a[0] !== b[0]) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + (a.length >= b.length ? 1 : 0)) === b.slice(i + (b.length >= a.length ? 1 : 0));
}

function surnameOf(name: string): string {
  const words = keyOf(name).split(' ');
  return words[words.length - 1] ?? '';
}

/**
 * Where a lower-case role set off before a name run starts ("menteri luar negeri Kanada, John Baird"),
 * so the person is registered with it; else the run's own start. Without the comma the run is as
 * often a place as a person ("bupati Boven Digoel").
 */
function roleBefore(tokens: readonly Token[], words: readonly string[], i: number, lexicon: Lexicon): number {
  if (tokens[i - 1]?.text !== ',') return i;
  const end = i - 1;
  for (let k = end - 1; k >= 0 && k >= end - 6; k--) {
    if (!tokens[k]!.isWord) return i;
    if (lexicon.roleHeads.matchAt(words, k) > 0 && !tokens[k]!.isCapitalized) return k;
  }
  return i;
}

/** Runs of capitalised words, with titles and role words in front, anywhere in a paragraph. */
function nameRuns(tokens: readonly Token[], lexicon: Lexicon): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  const words = tokens.map((x) => x.lower);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.isCapitalized) {
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && (tokens[j]!.isCapitalized || (tokens[j]!.text === '.' && isAbbreviation(tokens[j - 1], lexicon)))) j++;
    if (j - i >= 2 || lexicon.titles.matchAt(words, i) > 0) runs.push({ start: tokens[roleBefore(tokens, words, i, lexicon)]!.start, end: tokens[j - 1]!.end });
    i = j;
  }
  return runs;
}

/**
 * "Underdog Conservative Claudia Tenney Beats Establishment in New York Primary.": every word
 * capitalised but the minor ones, so its verbs look like names. A sentence has a verb in lower case.
 */
function isTitleCaseHeadline(tokens: readonly Token[], lexicon: Lexicon): boolean {
  const letters = tokens.filter((t) => t.isWord && /^\p{L}/u.test(t.text));
  const capitalised = letters.filter((t) => t.isCapitalized).length;
  return capitalised >= 4 && letters.every((t) => t.isCapitalized || lexicon.titleCaseMinorWords.has(t.lower));
}

function articleBefore(text: string, at: number, lexicon: Lexicon): boolean {
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 12), at));
  return before !== null && lexicon.articles.has(before[1]!.toLowerCase());
}

/** "Gen.", "U.S.", "J." — a dot that belongs to the word before it, not a sentence end. */
function isAbbreviation(word: Token | undefined, lexicon: Lexicon): boolean {
  return word !== undefined && (lexicon.abbreviations.has(word.lower) || /^\p{Lu}$/u.test(word.text) || word.text.includes('.'));
}

type WordClass = 'title' | 'role' | 'org' | 'place' | 'outlet' | 'domain' | 'name' | 'word' | 'article';

/**
 * Splits a speaker phrase. "Juru Bicara Kementerian Pertahanan Rusia Mayjen Igor Konashenkov" →
 * name "Igor Konashenkov", title "Mayjen", role "Juru Bicara Kementerian Pertahanan Rusia",
 * organisation "Kementerian Pertahanan Rusia". The name is the trailing run of capitalised
 * words that are not titles, roles, organisations, domains, places or outlets.
 */
/**
 * "Head of Global Macro Research Nomura, Rob Subbaraman": a description, then the name set off by a
 * comma; the description gives the role and organisation, however little of it the lexicon knows.
 */
function nameInApposition(phrase: string, lexicon: Lexicon, shared: SharedLexicon): PhraseParts | null {
  const comma = phrase.lastIndexOf(',');
  if (comma < 0) return null;
  const before = phrase.slice(0, comma).trim();
  const after = phrase.slice(comma + 1).trim();
  const words = tokenize(after).filter((t) => t.isWord);
  if (!before || words.length === 0 || words.length > 4 || !words.every((t) => t.isCapitalized)) return null;
  const person = parsePhrase(after, lexicon, shared);
  if (person.type !== 'person' || !person.name || person.role) return null;
  const described = parsePhrase(before, lexicon, shared);
  if (described.type === 'person' && described.name && !described.role) return null;
  return { ...person, role: described.role ?? described.description, organization: described.organization, description: phrase.trim() };
}

export function parsePhrase(phrase: string, lexicon: Lexicon, shared: SharedLexicon): PhraseParts {
  const tokens = tokenize(phrase).filter((t) => t.isWord || t.text === '.' || t.text === '&' || t.text === '-' || t.text === '%');
  const words = tokens.map((t) => t.lower);
  const outlet = outletNamed(words, shared);
  if (outlet) return { name: outlet, title: null, role: null, organization: null, type: 'organization', description: outlet };
  const group = groupOf(phrase, tokens, lexicon, shared);
  if (group) return group;
  const apposed = nameInApposition(phrase, lexicon, shared);
  if (apposed) return apposed;
  // "people close to Clinton", "a source familiar with Cruz’s thinking": the modifier's object is someone else.
  const modifier = words.findIndex((w, k) => k > 0 && modifierAt(words, tokens, k, lexicon) > 0);
  if (modifier > 0) {
    const head = parsePhrase(joinTokens(phrase, tokens.slice(0, modifier)), lexicon, shared);
    const description = joinTokens(phrase, tokens.slice(lexicon.articles.has(words[0]!) ? 1 : 0));
    // "Senator Smith close to the talks" is Smith; "a Democrat familiar with his remarks" is no one named.
    const described = lexicon.determiners.has(words[0]!);
    return head.name && !described ? head : { ...head, name: null, type: head.type === 'person' ? 'unknown' : head.type, description };
  }
  const classes: WordClass[] = [];
  /** How many capitalised words from `k` on could be a personal name. */
  const bareNamesFrom = (k: number) => {
    let count = 0;
    for (let t = tokens[k]; t !== undefined && t.isCapitalized; t = tokens[++k]) {
      if (ACRONYM.test(t.text) || isCueWord(t.lower, lexicon) || isFunctionWord(t.lower, lexicon)) break;
      if ([lexicon.titles, lexicon.roleHeads, lexicon.orgHeads, shared.outletNames, shared.places, lexicon.placeHeads].some((set) => set.matchAt(words, k) > 0)) break;
      count++;
    }
    return count;
  };
  for (let i = 0; i < tokens.length; ) {
    const n =
      [
        // A title stands capitalised before a name ("Gen. Dunford"); "director general" is a role.
        ['title', tokens[i]!.isCapitalized ? lexicon.titles.matchAt(words, i) : 0],
        ['role', lexicon.roleHeads.matchAt(words, i)],
        ['org', lexicon.orgHeads.matchAt(words, i)],
        ['outlet', tokens[i]!.isCapitalized ? shared.outletNames.matchAt(words, i) : 0],
        ['place', tokens[i]!.isCapitalized ? shared.places.matchAt(words, i) : 0],
      ] as [WordClass, number][];
    // "Partai Gerindra Sufmi Dasco Ahmad", "Kabupaten Donggala Muzakir Ladoali": inside the phrase, an
    // organisation noun or a place head takes the capitalised word after it as its own name, where a name of
    // two words or more still follows ("Lembaga Penjamin Simpanan" and "Perumahan Arief Sabaruddin" are not split).
    const placeHead = i > 0 && tokens[i]!.isCapitalized && !n.some(([, len]) => len > 0) ? lexicon.placeHeads.matchAt(words, i) : 0;
    if (placeHead > 0 && bareNamesFrom(i + placeHead) >= 3) n.push(['place', placeHead]);
    const best = n.find(([, len]) => len > 0);
    if (best) {
      const [kind, len] = best;
      for (let k = 0; k < len; k++) classes.push(kind);
      i += len;
      const organisationNoun = (kind === 'org' || kind === 'role') && (lexicon.orgNouns.has(words.slice(i - len, i).join(' ')) || lexicon.orgNouns.has(words[i - 1]!));
      if (kind === 'place' && placeHead > 0) classes.push('place'), i++;
      else if (organisationNoun && i > len && bareNamesFrom(i) >= 3) classes.push('org'), i++;
      continue;
    }
    const t = tokens[i]!;
    classes.push(
      lexicon.articles.has(t.lower) ? 'article'
      : lexicon.domainWords.has(t.lower) && t.isCapitalized ? 'domain'
      : t.isCapitalized && !/[’']s$/.test(t.lower) && !isCueWord(t.lower, lexicon) && !isFunctionWord(t.lower, lexicon) ? 'name'
      : 'word',
    );
    i++;
  }
  // "Donald Hartley of Madison, Alabama": a name, then where the person is from.
  const of = words.findIndex((w, k) => k > 0 && lexicon.affiliationWords.has(w) && classes[k - 1] === 'name');
  if (of > 0) {
    const person = parsePhrase(joinTokens(phrase, tokens.slice(0, of)), lexicon, shared);
    if (person.type === 'person' && person.name) {
      // "of the Heritage Foundation" is an organisation; "of Madison, Alabama" a hometown.
      const tail = classes.slice(of + 1);
      const fromPlace = tail.includes('place') && !tail.includes('org');
      const affiliation = fromPlace ? null : joinTokens(phrase, tokens.slice(of + 1));
      return { ...person, organization: person.organization ?? affiliation, description: phrase.trim() };
    }
  }
  // A title is only a title in front of a name ("Gen. Dunford"); otherwise it is a role ("General").
  let nameFrom = tokens.length;
  while (nameFrom > 0 && (classes[nameFrom - 1] === 'name' || (tokens[nameFrom - 1]!.text === '.' && classes[nameFrom - 2] === 'name'))) nameFrom--;
  // "Sekretaris Jenderal UNCTAD Mukhisa Kituyi", "Gubernur BI Perry Warjiyo", "Direktur Utama Bank OCBC
  // NISP Parwati Surjaudaja", "Peneliti Ekonomi CSIS Yose Rizal Damuri": an acronym is no part of a
  // personal name, so the name starts after the last one in the run, and what stands before is the
  // organisation. Two capitals inside the run may be initials ("Bambang PS Brodjonegoro"): only at its start do they split it.
  for (let k = tokens.length - 2; k >= nameFrom; k--) {
    const acronym = k === nameFrom ? ACRONYM.test(tokens[k]!.text) : LONG_ACRONYM.test(tokens[k]!.text);
    if (!acronym || !tokens[k + 1]!.isWord || ACRONYM.test(tokens[k + 1]!.text)) continue;
    while (nameFrom <= k) classes[nameFrom++] = 'org';
    break;
  }
  // "Presiden" alone, or a lower-case common phrase, has no personal name.
  const nameTokens = tokens.slice(nameFrom).filter((t) => t.isWord);
  let titleFrom = nameFrom;
  while (titleFrom > 0 && (classes[titleFrom - 1] === 'title' || (tokens[titleFrom - 1]!.text === '.' && classes[titleFrom - 2] === 'title'))) titleFrom--;
  // "a CNN/ORC poll in February", "Trump's assertion Monday": a day or month alone names nobody (but "Ms. May" does).
  const onlyTime = titleFrom === nameFrom && nameTokens.every((t) => lexicon.timeWords.has(t.lower));
  const hasName = nameTokens.length > 0 && !onlyTime;
  const join = (from: number, to: number) => joinTokens(phrase, tokens.slice(from, to));
  let roleFrom = 0;
  // "Menurut Kepala Humas …", "When Ms Hollis": a cue or function word before the phrase is not its role.
  while (roleFrom < titleFrom && (classes[roleFrom] === 'article' || isCueWord(words[roleFrom]!, lexicon) || isFunctionWord(words[roleFrom]!, lexicon))) roleFrom++;
  // "Kota Tangerang", "Taman Suroboyo", "Operation Desert Storm": a place or an event, nobody's name.
  if (roleFrom < tokens.length && tokens[roleFrom]!.isCapitalized && lexicon.placeHeads.matchAt(words, roleFrom) > 0) {
    return { name: null, title: null, role: null, organization: null, type: 'unknown', description: join(roleFrom, tokens.length) };
  }
  const role = titleFrom > roleFrom ? join(roleFrom, titleFrom) : null;
  const title = nameFrom > titleFrom ? join(titleFrom, nameFrom) : null;
  const organization = role ? organizationIn(tokens.slice(roleFrom, titleFrom), classes.slice(roleFrom, titleFrom), phrase, lexicon) : null;
  const description = join(roleFrom, tokens.length) || phrase.trim();
  // "Polda Metro Jaya", "Bank Mandiri", "Badan Koordinasi Penanaman Modal": capitalised words after an
  // organisation word, with no role or title between, go on the organisation's name.
  const lead = classes.slice(roleFrom, nameFrom);
  if (hasName && lead.includes('org') && !lead.includes('role') && !lead.includes('title')) {
    const name = join(roleFrom, tokens.length);
    return { name, title: null, role: null, organization: name, type: 'organization', description };
  }
  if (hasName) {
    const name = join(nameFrom, tokens.length);
    const onlyName = roleFrom >= titleFrom && titleFrom === nameFrom;
    // A lone capitalised word that is a place or organisation word is an organisation ("Rusia").
    // A lone capitalised word that is an organisation word ("Polri") or an acronym ("KKP", "FBI") is an organisation.
    const acronym = ACRONYM.test(name);
    const type: EntityType = onlyName && nameTokens.length === 1 && (lexicon.orgHeads.has(name) || acronym) ? 'organization' : 'person';
    return { name, title, role, organization, type, description };
  }
  const hasOrg = classes.some((c) => c === 'org' || c === 'outlet' || c === 'place');
  const hasRole = classes.some((c) => c === 'role');
  return {
    name: null,
    title: null,
    role: hasRole ? role : null,
    organization: hasRole ? organization : null,
    type: hasOrg && !hasRole ? 'organization' : 'unknown',
    description,
  };
}

/**
 * "Trump and Ryan", "Mr. Grassley and Mr. Leahy": people named together speak as a group, named by
 * their names joined. Each part must be a person's name; "Kementerian Kelautan dan Perikanan" is not.
 */
function groupOf(phrase: string, tokens: Token[], lexicon: Lexicon, shared: SharedLexicon): PhraseParts | null {
  const group = membersOf(phrase, tokens, lexicon, shared);
  if (!group || !group.parts.every((p) => p.type === 'person' && p.name && p.name !== p.role)) return null;
  const name = group.parts.map((p) => p.name).join(` ${group.joiner} `);
  return { name, title: null, role: null, organization: null, type: 'unknown', description: phrase.trim() };
}

/** "A and B", "A dan B" (no comma): the two phrases joined, each parsed, and the joining word as written. */
function membersOf(phrase: string, tokens: Token[], lexicon: Lexicon, shared: SharedLexicon): { parts: PhraseParts[]; joiner: string } | null {
  const joiner = tokens.findIndex((t, k) => k > 0 && lexicon.groupJoiners.has(t.lower));
  if (joiner <= 0 || joiner === tokens.length - 1 || phrase.includes(',')) return null;
  const parts = [tokens.slice(0, joiner), tokens.slice(joiner + 1)].map((part) => parsePhrase(joinTokens(phrase, part), lexicon, shared));
  return { parts, joiner: tokens[joiner]!.text };
}

const ACRONYM = /^\p{Lu}{2,6}$/u;
const LONG_ACRONYM = /^\p{Lu}{3,6}$/u;

/** "the Post", "kantor berita AFP", "The Wall Street Journal": a known outlet, with at most an article or an outlet word around it. */
function outletNamed(words: string[], shared: SharedLexicon): string | null {
  const whole = shared.outlets.get(words.join(' '));
  if (whole) return whole;
  for (let i = 0; i < words.length; i++) {
    const n = shared.outletNames.matchAt(words, i);
    if (n === 0) continue;
    // "kantor berita AFP", "surat kabar Israel, Haaretz": an outlet word and places may stand before it.
    let head = shared.outletHeads.matchAt(words, 0);
    for (let n = head > 0 ? shared.places.matchAt(words, head) : 0; n > 0; n = shared.places.matchAt(words, head)) head += n;
    const before = i === 0 || (words[0] === 'the' && i === 1) || head === i;
    if (before && i + n === words.length) return shared.outlets.get(words.slice(i, i + n).join(' ')) ?? null;
  }
  return null;
}

/** "When", "But", "Namun" at a sentence start are capitalised, but never names. */
function isFunctionWord(word: string, lexicon: Lexicon): boolean {
  return lexicon.subordinators.has(word) || lexicon.speakerStops.has(word) || lexicon.clauseOpeners.has(word) || lexicon.pronouns.has(word) || lexicon.articles.has(word);
}

/** A capitalised cue word ("Menurutnya", "Kata") is never part of a name. */
function isCueWord(word: string, lexicon: Lexicon): boolean {
  if (lexicon.cueWords.has(word)) return true;
  return lexicon.cliticSuffixes.some((suffix) => word.endsWith(suffix) && lexicon.cliticStems.has(word.slice(0, -suffix.length)));
}

function organizationIn(tokens: Token[], classes: WordClass[], phrase: string, lexicon: Lexicon): string | null {
  // "Another source familiar with Cruz’s thinking": a determiner or a possessive names no organisation.
  const determiner = (t: Token) => lexicon.determiners.has(t.lower) || /[’']s$/.test(t.lower);
  const start = classes.findIndex((c, i) => tokens[i]!.isCapitalized && c !== 'role' && c !== 'title' && c !== 'article' && !determiner(tokens[i]!));
  if (start === -1) return null;
  let end = start;
  while (end < tokens.length && (tokens[end]!.isCapitalized || classes[end] === 'org' || tokens[end]!.text === '.')) end++;
  return joinTokens(phrase, tokens.slice(start, end)) || null;
}

function joinTokens(phrase: string, tokens: Token[]): string {
  if (tokens.length === 0) return '';
  return phrase.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end).replace(/\s+/g, ' ').trim();
}
