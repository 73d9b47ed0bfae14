// Conservative, explainable matching of a new mention against existing entities.
// A wrong merge silently mixes two people's words; a missed merge is one click to fix
// (POST /speakers/:id/merge). So every rule below prefers "no match" when in doubt, and
// every answer carries a reason code (stored with the merge) and a sentence for people.
import type { Lang } from '../extract/types.ts';
import {
  alignOrganizationNames,
  nameTokens,
  normalizeName,
  organizationFromRole,
  outletKey,
  stripTitles,
  type AbbreviationStep,
} from './names.ts';

export type EntityKind = 'person' | 'organization' | 'outlet';

export interface Mention {
  /** The name as the article gives it at its fullest ("Mayjen Igor Konashenkov", "Kemenhan Rusia"). */
  name: string;
  kind: EntityKind;
  title?: string | null;
  role?: string | null;
  organization?: string | null;
  lang?: Lang | null;
}

export interface Candidate {
  id: string;
  /** Canonical name. */
  name: string;
  kind: EntityKind;
  aliases?: readonly string[];
  /** Roles as stated in earlier articles. */
  roles?: readonly string[];
  organizations?: readonly string[];
}

export type MatchCode =
  // merged
  | 'same-name'
  | 'alias'
  | 'same-name-role'
  | 'unique-partial-name'
  | 'outlet-name'
  | 'outlet-short-form'
  | 'known-abbreviation'
  | 'acronym'
  // kept apart
  | 'no-candidate'
  | 'no-name'
  | 'ambiguous'
  | 'different-given-name'
  | 'role-conflict'
  | 'kind-mismatch';

export interface MatchResult {
  /** The id of the entity this mention is, or null for a new entity. */
  match: string | null;
  code: MatchCode;
  /** One sentence a person can check ("surname 'Konashenkov' matches the only person with that surname and the role agrees"). */
  reason: string;
  /** Ids that tied, when the answer is 'ambiguous'. */
  tied?: string[];
}

export function matchEntity(mention: Mention, candidates: readonly Candidate[]): MatchResult {
  return mention.kind === 'person' ? matchPerson(mention, candidates) : matchOrganization(mention, candidates);
}

const q = (s: string) => `'${s}'`;

function namesOf(c: Candidate): { text: string; alias: boolean }[] {
  return [{ text: c.name, alias: false }, ...(c.aliases ?? []).map((text) => ({ text, alias: true }))];
}

/** Explain why a name exists among candidates of another kind, or say there is nothing. */
function nothing(mention: Mention, candidates: readonly Candidate[], compatible: (k: EntityKind) => boolean): MatchResult {
  const n = normalizeName(mention.name);
  const other = candidates.find((c) => !compatible(c.kind) && namesOf(c).some((x) => normalizeName(x.text) === n));
  if (other) {
    return {
      match: null,
      code: 'kind-mismatch',
      reason: `${q(mention.name)} is a ${mention.kind} mention and ${q(other.name)} is ${article(other.kind)} ${other.kind}; they are never merged`,
    };
  }
  return { match: null, code: 'no-candidate', reason: `no existing ${mention.kind} fits ${q(mention.name)}` };
}

function article(kind: EntityKind): string {
  return kind === 'organization' || kind === 'outlet' ? 'an' : 'a';
}

// ---------------------------------------------------------------------------
// People

type NameRelation = 'same' | 'partial' | 'conflict' | 'unrelated';

/** Same word, or one is the initial of the other ("j" ~ "john"). */
function sameWord(a: string, b: string): boolean {
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/** Is `short` an ordered subsequence of `long`, word by word? */
function subsequence(short: readonly string[], long: readonly string[]): boolean {
  let j = 0;
  for (const w of short) {
    while (j < long.length && !sameWord(w, long[j]!)) j++;
    if (j === long.length) return false;
    j++;
  }
  return true;
}

/**
 * How two personal names (titles already stripped) relate.
 * 'partial': one is a shorter form of the other — a single word of the longer name
 * ("Konashenkov", "Prabowo": Indonesian short forms are often the first name), or, when
 * both have two or more words, the same first and last word with words or initials
 * missing in between ("Igor Konashenkov" ~ "Igor Y. Konashenkov").
 * 'conflict': same surname, different given names ("John Smith" / "Jane Smith").
 */
function relateNames(a: readonly string[], b: readonly string[]): NameRelation {
  if (a.length === 0 || b.length === 0) return 'unrelated';
  if (a.length === b.length && a.every((w, k) => w === b[k])) return 'same';
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 1) {
    const w = short[0]!;
    return w.length >= 2 && long.includes(w) ? 'partial' : 'unrelated';
  }
  const firstAgrees = sameWord(short[0]!, long[0]!);
  const lastAgrees = sameWord(short.at(-1)!, long.at(-1)!);
  if (lastAgrees && !firstAgrees) return 'conflict';
  if (firstAgrees && lastAgrees && subsequence(short, long)) return 'partial';
  return 'unrelated';
}

type RoleRelation = { kind: 'agree'; detail: string } | { kind: 'conflict'; detail: string } | { kind: 'unknown' };

function orgsOfMention(m: Mention): string[] {
  const out: string[] = [];
  if (m.organization) out.push(m.organization);
  const fromRole = m.role ? organizationFromRole(m.role, m.lang)?.organization : null;
  if (fromRole) out.push(fromRole);
  return out;
}

function orgsOfCandidate(c: Candidate): string[] {
  const out = [...(c.organizations ?? [])];
  for (const r of c.roles ?? []) {
    const o = organizationFromRole(r)?.organization;
    if (o) out.push(o);
  }
  return out;
}

function sameOrganizationName(a: string, b: string): boolean {
  const ta = stripArticle(nameTokens(a));
  const tb = stripArticle(nameTokens(b));
  return ta.length > 0 && alignOrganizationNames(ta, tb) !== null;
}

/** Compare what the mention says about the speaker's role with what is known of the candidate. */
function relateRoles(m: Mention, c: Candidate): RoleRelation {
  const mRoles = m.role ? [m.role] : [];
  const cRoles = c.roles ?? [];
  for (const r of mRoles) {
    const hit = cRoles.find((x) => normalizeName(x) === normalizeName(r));
    if (hit) return { kind: 'agree', detail: `the role ${q(r)} agrees` };
  }
  const mOrgs = orgsOfMention(m);
  const cOrgs = orgsOfCandidate(c);
  for (const a of mOrgs) {
    const hit = cOrgs.find((b) => sameOrganizationName(a, b));
    if (hit) return { kind: 'agree', detail: `the organisation ${q(a)} agrees` };
  }
  if ((mRoles.length > 0 || mOrgs.length > 0) && (cRoles.length > 0 || cOrgs.length > 0)) {
    const said = m.role ?? mOrgs[0]!;
    const known = cRoles[0] ?? cOrgs[0]!;
    return { kind: 'conflict', detail: `the role ${q(said)} does not agree with the known ${q(known)}` };
  }
  return { kind: 'unknown' };
}

interface PersonHit {
  candidate: Candidate;
  relation: NameRelation;
  matchedName: string;
  alias: boolean;
  /** The shorter of the two names compared, as tokens. */
  shorter: string[];
}

function bestPersonHit(core: string[], c: Candidate): PersonHit | null {
  const rank: Record<NameRelation, number> = { same: 3, partial: 2, conflict: 1, unrelated: 0 };
  let best: PersonHit | null = null;
  for (const n of namesOf(c)) {
    const other = stripTitles(n.text).core;
    const relation = relateNames(core, other);
    if (relation === 'unrelated') continue;
    if (!best || rank[relation] > rank[best.relation]) {
      best = { candidate: c, relation, matchedName: n.text, alias: n.alias, shorter: core.length <= other.length ? core : other };
    }
  }
  return best;
}

function matchPerson(mention: Mention, candidates: readonly Candidate[]): MatchResult {
  const { core } = stripTitles(mention.name, mention.lang);
  if (core.length === 0) return { match: null, code: 'no-name', reason: `${q(mention.name)} has no name to match` };
  const people = candidates.filter((c) => c.kind === 'person');
  const hits = people.map((c) => bestPersonHit(core, c)).filter((h): h is PersonHit => h !== null);

  const same = hits.filter((h) => h.relation === 'same');
  if (same.length === 1) {
    const h = same[0]!;
    const role = relateRoles(mention, h.candidate);
    const how = h.alias ? `known alias ${q(h.matchedName)} of ${q(h.candidate.name)}` : `same full name as ${q(h.candidate.name)}`;
    return {
      match: h.candidate.id,
      code: h.alias ? 'alias' : 'same-name',
      reason: role.kind === 'unknown' ? how : `${how}; ${role.detail}`,
    };
  }
  if (same.length > 1) {
    const agreeing = same.filter((h) => relateRoles(mention, h.candidate).kind === 'agree');
    if (agreeing.length === 1) {
      const h = agreeing[0]!;
      const role = relateRoles(mention, h.candidate);
      return {
        match: h.candidate.id,
        code: 'same-name-role',
        reason: `${same.length} people are called ${q(h.matchedName)}; only one fits, because ${role.kind === 'agree' ? role.detail : 'the role agrees'}`,
      };
    }
    return {
      match: null,
      code: 'ambiguous',
      reason: `${same.length} people are called ${q(mention.name)} and the role does not tell them apart`,
      tied: same.map((h) => h.candidate.id),
    };
  }

  const partial = hits.filter((h) => h.relation === 'partial');
  if (partial.length > 1) {
    return {
      match: null,
      code: 'ambiguous',
      reason: `${q(mention.name)} fits ${partial.length} people (${partial.map((h) => q(h.candidate.name)).join(', ')})`,
      tied: partial.map((h) => h.candidate.id),
    };
  }
  if (partial.length === 1) {
    const h = partial[0]!;
    // When the existing entity holds the short form ("Smith"), a fuller mention ("John Smith")
    // may only claim it if no other person could also be that "Smith".
    const rivals = people.filter(
      (c) => c.id !== h.candidate.id && namesOf(c).some((n) => relateNames(h.shorter, stripTitles(n.text).core) !== 'unrelated'),
    );
    if (rivals.length > 0) {
      return {
        match: null,
        code: 'ambiguous',
        reason: `${q(h.shorter.join(' '))} could also be ${rivals.map((c) => q(c.name)).join(', ')}`,
        tied: [h.candidate.id, ...rivals.map((c) => c.id)],
      };
    }
    const role = relateRoles(mention, h.candidate);
    if (role.kind === 'conflict') {
      return { match: null, code: 'role-conflict', reason: `${q(mention.name)} fits only ${q(h.candidate.name)} by name, but ${role.detail}` };
    }
    const full = stripTitles(h.matchedName).core;
    const last = full.at(-1)!;
    let how: string;
    if (h.shorter.length === 1 && h.shorter[0] === last) how = `surname ${q(last)} matches the only person with that surname`;
    else if (h.shorter.length === 1) how = `name ${q(h.shorter[0]!)} matches the only person whose name contains it`;
    else how = `${q(h.shorter.join(' '))} is a shorter form of ${q(h.matchedName)}, the only person it fits`;
    return {
      match: h.candidate.id,
      code: 'unique-partial-name',
      reason: role.kind === 'agree' ? `${how} and ${role.detail}` : how,
    };
  }

  const conflict = hits.find((h) => h.relation === 'conflict');
  if (conflict) {
    return {
      match: null,
      code: 'different-given-name',
      reason: `${q(mention.name)} and ${q(conflict.candidate.name)} share a surname but not the given name`,
    };
  }
  return nothing(mention, candidates, (k) => k === 'person');
}

// ---------------------------------------------------------------------------
// Organisations and outlets

function stripArticle(tokens: string[]): string[] {
  return tokens.length > 1 && tokens[0] === 'the' ? tokens.slice(1) : tokens;
}

interface OrgHit {
  candidate: Candidate;
  code: MatchCode;
  reason: string;
}

/** Pick the single candidate of the strongest tier that has any; several in one tier means ambiguous. */
function decide(mention: Mention, tiers: OrgHit[][]): MatchResult | null {
  for (const tier of tiers) {
    const ids = [...new Set(tier.map((h) => h.candidate.id))];
    if (ids.length === 1) return { match: ids[0]!, code: tier[0]!.code, reason: tier[0]!.reason };
    if (ids.length > 1) {
      return {
        match: null,
        code: 'ambiguous',
        reason: `${q(mention.name)} fits ${ids.length} entities equally well (${tier.map((h) => q(h.candidate.name)).join(', ')})`,
        tied: ids,
      };
    }
  }
  return null;
}

function describeSteps(steps: AbbreviationStep[]): string {
  return steps.map((s) => `${q(s.short)} = ${q(s.long)}`).join(', ');
}

function matchOrganization(mention: Mention, candidates: readonly Candidate[]): MatchResult {
  // Outlets are organisations that publish: an organisation mention of "Reuters" may be the outlet.
  const compatible = (k: EntityKind) => k === 'organization' || k === 'outlet';
  const pool = candidates.filter((c) => compatible(c.kind));
  const tokens = stripArticle(nameTokens(mention.name));
  if (tokens.length === 0) return { match: null, code: 'no-name', reason: `${q(mention.name)} has no name to match` };
  const mKey = outletKey(mention.name);
  const exact: OrgHit[] = [];
  const outletName: OrgHit[] = [];
  const abbreviated: OrgHit[] = [];
  const shortForm: OrgHit[] = [];

  for (const c of pool) {
    const outletSide = mention.kind === 'outlet' || c.kind === 'outlet';
    for (const n of namesOf(c)) {
      const other = stripArticle(nameTokens(n.text));
      if (other.join(' ') === tokens.join(' ')) {
        exact.push({
          candidate: c,
          code: n.alias ? 'alias' : 'same-name',
          reason: n.alias ? `known alias ${q(n.text)} of ${q(c.name)}` : `same name as ${q(c.name)}`,
        });
        continue;
      }
      if (outletSide) {
        const cKey = outletKey(n.text);
        if (cKey.key !== '' && cKey.key === mKey.key) {
          const ignored = [...new Set([...mKey.ignored, ...cKey.ignored])].map(q).join(', ');
          outletName.push({
            candidate: c,
            code: 'outlet-name',
            reason: `${q(mention.name)} and ${q(n.text)} are the same outlet name once ${ignored || 'case'} is ignored`,
          });
          continue;
        }
        // "the Post" for "The Washington Post": only the tail of the name, and only when the
        // mention is known to be an outlet — "Russia" (a country) must not become "Russia Beyond".
        const mk = mKey.key.split(' ');
        const ck = cKey.key.split(' ');
        if (mention.kind === 'outlet' && mk.length < ck.length && ck.slice(-mk.length).join(' ') === mKey.key) {
          shortForm.push({
            candidate: c,
            code: 'outlet-short-form',
            reason: `${q(mention.name)} is a short form of ${q(n.text)}, the only outlet it fits`,
          });
          continue;
        }
      }
      const steps = alignOrganizationNames(tokens, other);
      if (steps && steps.length > 0) {
        const known = steps.every((s) => s.rule === 'known-abbreviation');
        abbreviated.push({
          candidate: c,
          code: known ? 'known-abbreviation' : 'acronym',
          reason: `${known ? 'known abbreviation' : 'acronym'} ${describeSteps(steps)}: ${q(mention.name)} ↔ ${q(n.text)}`,
        });
      }
    }
  }
  // Short forms ("the Post") are weakest and only count among outlets.
  const shortOutlets = shortForm.filter((h) => h.candidate.kind === 'outlet');
  return decide(mention, [exact, outletName, abbreviated, shortOutlets]) ?? nothing(mention, candidates, compatible);
}
