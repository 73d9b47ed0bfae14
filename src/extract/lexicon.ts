import { readFileSync } from 'node:fs';
import type { Lang } from './types.ts';
import { tokenize } from './tokens.ts';

// Lexicons are data (src/extract/lexicon/<lang>/*.json); this module only compiles them for matching.

/** A set of phrases of one or more words, matched on lower-cased tokens. */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: Iterable<string>) {
    for (const phrase of phrases) {
      const words = tokenize(phrase).map((t) => t.lower);
      if (words.length === 0) continue;
      const first = words[0]!;
      const list = this.byFirst.get(first) ?? [];
      list.push(words);
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(first, list);
    }
  }

  /** Length in tokens of the longest phrase starting at `words[i]`, or 0. */
  matchAt(words: readonly string[], i: number): number {
    const candidates = this.byFirst.get(words[i] ?? '');
    if (!candidates) return 0;
    for (const phrase of candidates) {
      if (phrase.every((w, k) => words[i + k] === w)) return phrase.length;
    }
    return 0;
  }

  /** Length of the longest phrase ending at `words[i]` (inclusive), or 0. */
  matchEndingAt(words: readonly string[], i: number): number {
    let best = 0;
    for (let start = Math.max(0, i - 5); start <= i; start++) {
      const n = this.matchAt(words, start);
      if (n === i - start + 1 && n > best) best = n;
    }
    return best;
  }

  has(phrase: string): boolean {
    const words = tokenize(phrase).map((t) => t.lower);
    return this.matchAt(words, 0) === words.length && words.length > 0;
  }
}

export interface Lexicon {
  lang: Lang;
  reportingVerbs: PhraseSet;
  /** Modals and forms of "be", "have" and "do" that make a clause finite ("lawsuits could be filed"). */
  finiteVerbs: Set<string>;
  /** Forms of "to be" that make a following participle passive ("was told"), where the language has them. */
  passiveAuxiliaries: Set<string>;
  continuationVerbs: PhraseSet;
  cliticStems: Set<string>;
  cliticSuffixes: string[];
  complementizers: Set<string>;
  accordingTo: PhraseSet;
  statementNouns: PhraseSet;
  auxiliaries: Set<string>;
  relayCues: PhraseSet;
  interviewCues: PhraseSet;
  sourceCredits: Set<string>;
  /** "VOA's Al Pessin reports": the verb of a reporter's credit line, which makes the outlet a relay of the whole article. */
  reporterCredits: string[];
  addressees: PhraseSet;
  /** Verbs whose object is the one addressed ("told reporters", "warned voters that"). */
  addresseeVerbs: Set<string>;
  /** The speaker's own channel between subject and verb ("on Twitter", "dalam keterangan tertulisnya"): its prepositions and nouns. */
  channelPrepositions: Set<string>;
  channelWords: PhraseSet;
  titles: PhraseSet;
  roleHeads: PhraseSet;
  roleWords: Set<string>;
  orgHeads: PhraseSet;
  /** Organisation nouns whose own name follows them ("Partai Gerindra", "Dinas Kesehatan"), unlike names such as "KPK". */
  orgNouns: Set<string>;
  /** Words opening the names of places, buildings, laws, programmes and events ("Kota", "Taman", "Operation"): never a person. */
  placeHeads: PhraseSet;
  domainWords: Set<string>;
  pronouns: Map<string, 'person' | 'organization' | 'unknown'>;
  articles: Set<string>;
  speakerStops: Set<string>;
  clauseOpeners: PhraseSet;
  /** Words that open a question ("Bagaimana memastikan bahwa …", "How to …"), never a speaker phrase. */
  questionWords: Set<string>;
  /** Words after which a participle shares the sentence's subject ("after saying", "when asked"). */
  participleLeads: Set<string>;
  /** Speakers that stand for nobody in particular ("anyone", "people who …", "siapa pun"): inside a quotation, no report. */
  genericSpeakers: PhraseSet;
  abbreviations: Set<string>;
  /** Time words that may stand between a speaker and the verb ("Smith on Friday said", "Rubio, Selasa (21/1), mengatakan"). */
  timeWords: Set<string>;
  /** Prepositions that open an adverbial between a verb and its clause ("said for weeks he …"). */
  /** Prepositions that stay inside a subject noun phrase ("an earlier report in a New Hampshire paper said"). */
  /** Words that make a phrase definite ("the", "that", "itu", "tersebut", "sang"). */
  definiteWords: Set<string>;
  /** Words that make it indefinite ("a", "one", "seorang", "salah satu"): not a known holder of a role. */
  indefiniteWords: Set<string>;
  /** Articles and the words above: what says which holder a phrase means, not who or what it is. */
  determiners: Set<string>;
  /** Quantifiers that make it plural ("several", "para"): a group, never one holder of a role. */
  pluralQuantifiers: Set<string>;
  /** Words that open no bare reported clause ("said to …", "said goodbye", "said nothing"). */
  nonClauseStarts: Set<string>;
  /** The preposition naming a passive's agent ("by", "oleh"): a participle before it modifies a noun ("the memo seen by Reuters"). */
  agentPrepositions: Set<string>;
  /** The infinitive's marker ("to", "untuk"): a cue verb after it reports nothing yet ("used technology … to claim credit"). */
  infinitiveMarkers: Set<string>;
  subjectPrepositions: Set<string>;
  /** Focus adverbs that may stand before a subject's noun phrase ("even some technologists", "bahkan"); never part of the name. */
  focusWords: Set<string>;
  prepositions: Set<string>;
  /** Words after which a new clause starts mid-sentence ("where experts say …"). */
  /** Conjunctions opening an adverbial clause ("While Ramos said that …, he …"): the report ends with that clause. */
  adverbialSubordinators: Set<string>;
  subordinators: Set<string>;
  /** "Trump, who says he is honored": the phrase before one is the subject of the verb after it. */
  relativePronouns: Set<string>;
  /** "Donald Hartley of Madison", "Budi Santoso dari UGM": after a name, where the person is from; the name stays the name. */
  affiliationWords: Set<string>;
  /** "Trump and Ryan", "Kerry dan Baird": the word joining the names of a group of speakers. */
  groupJoiners: Set<string>;
  /** Words that only stand before a noun ("the other", "three early"): a cue word after one is a noun ("states", "claims"). */
  prenominals: Set<string>;
  /** Words that join the parts of a name but never begin or end one ("of", "dan"). */
  phraseGlue: Set<string>;
  /** "Ford itself said", "Jokowi sendiri mengatakan": a reflexive after the subject, not part of its name. */
  reflexives: Set<string>;
  /** Words that begin a modifier after a subject's noun ("a source familiar with the matter said"). */
  subjectPostModifiers: PhraseSet;
  /** "At least half of voters say": a preposition that opens a quantity, so it may open a subject. */
  quantityLeads: PhraseSet;
  /** The only words a headline in title case leaves in lower case ("… Beats Establishment in New York Primary"). */
  titleCaseMinorWords: Set<string>;
  /** "There is no inconsistency …", "Here they are:": words that hold a subject's place and name nobody. */
  expletives: Set<string>;
  /** "a source close to him": object pronouns, which may end a subject after a preposition but never stand as one. */
  objectPronouns: Set<string>;
  /** Suffix of participles that may follow a subject's noun ("those surveyed", "voters polled"); empty where the language has none. */
  modifierParticipleSuffix: string;
  /** "the report", "laporan itu": publications that stand for the outlet that published them. */
  publicationNouns: Set<string>;
  /** Prenominals that are themselves a subject's head ("9 percent say they …", "a majority say"). */
  quantityNouns: Set<string>;
  /**
   * A pronoun or clitic resolves only to people introduced with a title or role, or quoted: where
   * capitalisation marks many common nouns in names ("Kampung Tangguh", "Sholat Idul Adha"), a bare
   * capitalised pair is too often a place, a programme or a feast.
   */
  antecedentsNeedIntroduction: boolean;
  /** Adverbs by their form, skipped between a speaker and the verb ("Mook further asserted"); null where the language has no such form. */
  adverb: RegExp | null;
  /** Reporting verbs that only come before their speaker ("…, kata X"), never after it. */
  invertedOnly: Set<string>;
  /** Where not empty, the only verbs that may come before their subject after a reported clause ("…, said Smith"); English inverts only verbs of saying. */
  invertibleVerbs: Set<string>;
  /** Reporting verbs that only attribute a quotation ("…," she asked). */
  quoteOnly: Set<string>;
  /** Verbs that take a noun object, so they report a clause only through a complementizer ("menepis bahwa", "denied that"). */
  objectVerbs: Set<string>;
  /** "…, the Post reported, citing four people": the cited are the speakers, the reporter a relay. */
  citingVerbs: Set<string>;
  /** Suffix of participles ("saying", "arguing"), which never invert with their speaker; empty where the language has none. */
  participleSuffix: string;
  /** Verbs that name or label ("called him a “loser”"): a claim only when a quotation is part of what follows. */
  namingVerbs: Set<string>;
  /** "as", "sebagai": "described Iran as the greatest danger" names something by a description. */
  asWords: Set<string>;
  /** Verbs that accuse ("accused Clinton of …"): a claim only with the charge introduced by an accusation word. */
  accusationVerbs: Set<string>;
  /** "of": "accused the FDIC of trying to cover up the hacks". */
  accusationWords: Set<string>;
  /** Verbs of belief: inside a speaker's own quotation ("I think …") they add no attribution. */
  beliefVerbs: Set<string>;
  /** Cue words that are also plural nouns ("states", "reports"): the noun after an adjective or a number. */
  pluralNounCues: Set<string>;
  /** What may lead an infinitive that reports ("went on to say", "more likely to say"). */
  infinitiveLeads: PhraseSet;
  /** Negations and modals before a verb ("shouldn't say", "won't admit", "tidak mengatakan"): inside a quotation, no report. */
  hypotheticalMarkers: Set<string>;
  /** Set phrases that hold a cue word and report nothing ("that said", "needless to say", "dengan kata lain"). */
  idioms: PhraseSet;
  /** Leads that name where a quotation after a colon comes from ("More from the report:", "From Jones:"). */
  sourceLeads: PhraseSet;
  /** Nouns of saying that report a clause after "that" ("his claim that …", "klaim Trump bahwa …"). */
  claimNouns: PhraseSet;
  /** Possessive determiners that name who made a claim ("his claim that …"). */
  possessives: Set<string>;
  frameTemplates: FrameTemplate[];
  boilerplate: RegExp[];
  /** Paragraph labels that name no speaker ("INTRO:", "TEXT:"), lower-cased. */
  labels: Set<string>;
  /** Confidence by rule and speaker presence, as measured by `npm run calibrate` (see confidence.ts). */
  fittedConfidence: Map<string, number>;
  standing: StandingLexicon;
  /** Every lower-case word of the cue phrases: the words a following name can be glued to. */
  cueWords: Set<string>;
}

/** A multi-word frame with slots: {aux} auxiliaries, {relay} an outlet, {speaker}, {verb}, {skip} a few words. */
export interface FrameTemplate {
  id: string;
  parts: string[];
  /** Who the phrase before the template is: the speaker (default), or a relay ("CNN quoted X as saying"). */
  subject: 'speaker' | 'relay';
}

export interface SharedLexicon {
  /** lower-cased alias → canonical outlet name */
  outlets: Map<string, string>;
  outletNames: PhraseSet;
  outletHeads: PhraseSet;
  /** Words after an outlet's name that are not part of it ("Warta Nusantara News Agency"), lower-cased. */
  outletSuffixes: string[];
  places: PhraseSet;
}

function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(new URL(`./lexicon/${relative}`, import.meta.url), 'utf8')) as T;
}

interface CueFile {
  reportingVerbs: string[];
  passiveAuxiliaries?: string[];
  finiteVerbs?: string[];
  continuationVerbs: string[];
  cliticStems: string[];
  cliticSuffixes: string[];
  complementizers: string[];
  accordingTo: string[];
  statementNouns: string[];
  auxiliaries: string[];
  relayCues: string[];
  interviewCues: string[];
  sourceCredits: string[];
  reporterCredits?: string[];
  addressees: string[];
  addresseeVerbs: string[];
  channelPrepositions: string[];
  channelWords: string[];
  invertedOnly: string[];
  invertibleVerbs?: string[];
  quoteOnly: string[];
  objectVerbs: string[];
  citingVerbs: string[];
  beliefVerbs: string[];
  hypotheticalMarkers: string[];
  idioms: string[];
  sourceLeads: string[];
  claimNouns: string[];
  possessives: string[];
  infinitiveLeads?: string[];
  pluralNounCues?: string[];
  namingVerbs: string[];
  asWords: string[];
  accusationVerbs: string[];
  accusationWords: string[];
  participleSuffix: string;
  frameTemplates: { id: string; pattern: string; subject?: 'speaker' | 'relay' }[];
}

/** How an article describes a person's standing: a public figure or a private person (08-standing.ts). */
export interface StandingLexicon {
  /** Heads of descriptions that make a person private ("warga", "a retiree"). */
  privateDescriptors: PhraseSet;
  /** Role heads that say nothing either way ("sumber", "critics"). */
  unrankedRoles: PhraseSet;
  /** Titles of address, not of office ("Pak", "Mr."). */
  honorifics: Set<string>;
  /** Words between a relative pronoun and the description ("yang merupakan warga", "who is a nurse"). */
  linkingWords: Set<string>;
  /** What the press writes right after a private person's name: the age ("Armanunsah ( 50 )", "Jane Doe, 54,"), a pseudonym's note. */
  privateMarksAfterName: RegExp[];
  /** What the press writes right after a public figure's name: a party and state ("Duncan Hunter (R-Calif.)"). */
  publicMarksAfterName: RegExp[];
  /** How many words may open a description before its head: 1 where adjectives follow the noun ("warga Karah"), more where they precede it ("a retired nurse"). */
  descriptionHeadWindow: number;
}

interface NameFile {
  titles: string[];
  roleHeads: string[];
  roleWords: string[];
  orgHeads: string[];
  orgNouns: string[];
  placeHeads: string[];
  domainWords: string[];
  pronouns: Record<string, 'person' | 'organization' | 'unknown'>;
  articles: string[];
  speakerStops: string[];
  clauseOpeners: string[];
  questionWords: string[];
  genericSpeakers: string[];
  participleLeads?: string[];
  abbreviations: string[];
  timeWords: string[];
  adverbialSubordinators: string[];
  subordinators: string[];
  relativePronouns: string[];
  affiliationWords: string[];
  groupJoiners: string[];
  definiteWords: string[];
  indefiniteWords: string[];
  pluralQuantifiers: string[];
  nonClauseStarts: string[];
  agentPrepositions: string[];
  infinitiveMarkers: string[];
  subjectPrepositions: string[];
  focusWords: string[];
  prepositions: string[];
  prenominals: string[];
  quantityNouns: string[];
  publicationNouns: string[];
  phraseGlue: string[];
  reflexives: string[];
  subjectPostModifiers: string[];
  quantityLeads: string[];
  titleCaseMinorWords: string[];
  expletives: string[];
  objectPronouns: string[];
  modifierParticipleSuffix: string;
  adverbPattern: string;
  antecedentsNeedIntroduction: boolean;
}

const lower = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));

function loadLexicon(lang: Lang): Lexicon {
  const cues = readJson<CueFile>(`${lang}/cues.json`);
  const names = readJson<NameFile>(`${lang}/names.json`);
  const boilerplate = readJson<{ paragraphs: string[]; labels: string[] }>(`${lang}/boilerplate.json`);
  return {
    lang,
    reportingVerbs: new PhraseSet([...cues.reportingVerbs, ...cues.namingVerbs, ...cues.accusationVerbs]),
    passiveAuxiliaries: lower(cues.passiveAuxiliaries ?? []),
    finiteVerbs: lower(cues.finiteVerbs ?? []),
    continuationVerbs: new PhraseSet(cues.continuationVerbs),
    cliticStems: lower(cues.cliticStems),
    cliticSuffixes: cues.cliticSuffixes,
    complementizers: lower(cues.complementizers),
    accordingTo: new PhraseSet(cues.accordingTo),
    statementNouns: new PhraseSet(cues.statementNouns),
    auxiliaries: lower(cues.auxiliaries),
    relayCues: new PhraseSet(cues.relayCues),
    interviewCues: new PhraseSet(cues.interviewCues),
    sourceCredits: lower(cues.sourceCredits),
    reporterCredits: cues.reporterCredits ?? [],
    addressees: new PhraseSet(cues.addressees),
    addresseeVerbs: lower(cues.addresseeVerbs),
    channelPrepositions: lower(cues.channelPrepositions),
    channelWords: new PhraseSet(cues.channelWords),
    titles: new PhraseSet(names.titles),
    roleHeads: new PhraseSet(names.roleHeads),
    roleWords: lower(names.roleWords),
    orgHeads: new PhraseSet(names.orgHeads),
    orgNouns: lower(names.orgNouns),
    placeHeads: new PhraseSet(names.placeHeads),
    domainWords: lower(names.domainWords),
    pronouns: new Map(Object.entries(names.pronouns)),
    articles: lower(names.articles),
    speakerStops: lower(names.speakerStops),
    clauseOpeners: new PhraseSet(names.clauseOpeners),
    questionWords: lower(names.questionWords),
    genericSpeakers: new PhraseSet(names.genericSpeakers),
    participleLeads: lower(names.participleLeads ?? []),
    abbreviations: lower(names.abbreviations),
    timeWords: lower(names.timeWords),
    adverbialSubordinators: lower(names.adverbialSubordinators),
    subordinators: lower(names.subordinators),
    relativePronouns: lower(names.relativePronouns),
    affiliationWords: lower(names.affiliationWords),
    groupJoiners: lower(names.groupJoiners),
    definiteWords: lower(names.definiteWords),
    indefiniteWords: lower(names.indefiniteWords),
    determiners: lower([...names.articles, ...names.definiteWords, ...names.indefiniteWords]),
    pluralQuantifiers: lower(names.pluralQuantifiers),
    nonClauseStarts: lower(names.nonClauseStarts),
    agentPrepositions: lower(names.agentPrepositions),
    infinitiveMarkers: lower(names.infinitiveMarkers),
    subjectPrepositions: lower(names.subjectPrepositions),
    focusWords: lower(names.focusWords),
    prepositions: lower(names.prepositions),
    prenominals: lower(names.prenominals),
    quantityNouns: lower(names.quantityNouns),
    publicationNouns: lower(names.publicationNouns),
    phraseGlue: lower(names.phraseGlue),
    reflexives: lower(names.reflexives),
    subjectPostModifiers: new PhraseSet(names.subjectPostModifiers),
    quantityLeads: new PhraseSet(names.quantityLeads),
    titleCaseMinorWords: lower(names.titleCaseMinorWords),
    expletives: lower(names.expletives),
    objectPronouns: lower(names.objectPronouns),
    modifierParticipleSuffix: names.modifierParticipleSuffix,
    antecedentsNeedIntroduction: names.antecedentsNeedIntroduction,
    adverb: names.adverbPattern ? new RegExp(names.adverbPattern, 'u') : null,
    invertedOnly: lower(cues.invertedOnly),
    invertibleVerbs: lower(cues.invertibleVerbs ?? []),
    quoteOnly: lower(cues.quoteOnly),
    objectVerbs: lower(cues.objectVerbs),
    citingVerbs: lower(cues.citingVerbs),
    beliefVerbs: lower(cues.beliefVerbs),
    hypotheticalMarkers: lower(cues.hypotheticalMarkers),
    idioms: new PhraseSet(cues.idioms),
    sourceLeads: new PhraseSet(cues.sourceLeads),
    claimNouns: new PhraseSet(cues.claimNouns),
    possessives: lower(cues.possessives),
    infinitiveLeads: new PhraseSet(cues.infinitiveLeads ?? []),
    pluralNounCues: lower(cues.pluralNounCues ?? []),
    namingVerbs: lower(cues.namingVerbs),
    asWords: lower(cues.asWords),
    accusationVerbs: lower(cues.accusationVerbs),
    accusationWords: lower(cues.accusationWords),
    participleSuffix: cues.participleSuffix,
    frameTemplates: cues.frameTemplates.map((t) => ({ id: t.id, parts: t.pattern.toLowerCase().split(/\s+/), subject: t.subject ?? 'speaker' })),
    boilerplate: boilerplate.paragraphs.map((p) => new RegExp(p, 'iu')),
    labels: lower(boilerplate.labels),
    fittedConfidence: new Map(Object.entries(readJson<{ confidence: Record<string, number> }>(`${lang}/calibration.json`).confidence)),
    cueWords: cueWordsOf(cues),
    standing: standingOf(readJson<StandingFile>(`${lang}/standing.json`)),
  };
}

interface StandingFile {
  privateDescriptors: string[];
  unrankedRoles: string[];
  honorifics: string[];
  linkingWords: string[];
  privateMarksAfterName: string[];
  publicMarksAfterName: string[];
  descriptionHeadWindow: number;
}

function standingOf(file: StandingFile): StandingLexicon {
  return {
    privateDescriptors: new PhraseSet(file.privateDescriptors),
    unrankedRoles: new PhraseSet(file.unrankedRoles),
    honorifics: lower(file.honorifics),
    linkingWords: lower(file.linkingWords),
    privateMarksAfterName: file.privateMarksAfterName.map((pattern) => new RegExp(pattern, 'iu')),
    publicMarksAfterName: file.publicMarksAfterName.map((pattern) => new RegExp(pattern, 'u')),
    descriptionHeadWindow: file.descriptionHeadWindow,
  };
}

function cueWordsOf(cues: CueFile): Set<string> {
  const phrases = [...cues.reportingVerbs, ...cues.relayCues, ...cues.accordingTo, ...cues.interviewCues, ...cues.complementizers];
  return new Set(phrases.flatMap((p) => p.toLowerCase().split(/\s+/)).filter((w) => /^\p{Ll}+$/u.test(w)));
}

function loadShared(): SharedLexicon {
  const file = readJson<{ outlets: Record<string, string[]>; outletHeads: string[]; outletSuffixes: string[] }>('outlets.json');
  const places = readJson<{ places: string[] }>('places.json');
  const outlets = new Map<string, string>();
  for (const [canonical, aliases] of Object.entries(file.outlets)) {
    for (const form of [canonical, ...aliases]) outlets.set(form.toLowerCase(), canonical);
  }
  return {
    outlets,
    outletNames: new PhraseSet(outlets.keys()),
    outletHeads: new PhraseSet(file.outletHeads),
    outletSuffixes: file.outletSuffixes.map((x) => x.toLowerCase()).sort((a, b) => b.length - a.length),
    places: new PhraseSet(places.places),
  };
}

const cache = new Map<Lang, Lexicon>();
let shared: SharedLexicon | undefined;

export function lexiconFor(lang: Lang): Lexicon {
  let lexicon = cache.get(lang);
  if (!lexicon) {
    lexicon = loadLexicon(lang);
    cache.set(lang, lexicon);
  }
  return lexicon;
}

export function sharedLexicon(): SharedLexicon {
  shared ??= loadShared();
  return shared;
}
