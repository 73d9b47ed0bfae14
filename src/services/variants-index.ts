// What ingest writes for the variants audit: band keys per attribution, and the claim cluster
// an attribution joins. Pure helpers here; the SQL lives in db/repositories/variants.ts.
import type { Kysely } from 'kysely';
import { diffWords } from '../audit/diff.ts';
import { exactJaccard, fingerprint, shingles } from '../audit/shingles.ts';
import { findBandCandidates } from '../db/repositories/variants.ts';
import type { DB } from '../db/schema.ts';

/** "b3:9f1c02ab" → 3·2³² + 0x9f1c02ab: one bigint per band key, smaller and faster than text. */
export function bandKeyNumber(key: string): number {
  const m = /^b(\d+):([0-9a-f]{8})$/.exec(key);
  if (!m) throw new RangeError(`not a band key: ${key}`);
  return Number(m[1]) * 2 ** 32 + parseInt(m[2]!, 16);
}

export function bandKeysOf(text: string): number[] {
  return fingerprint(text).bands.map(bandKeyNumber);
}

/** Candidates proposed by the bands are the same statement when they are this close. */
export const SAME_STATEMENT = { jaccard: 0.4, wordSimilarity: 0.7 } as const;

export interface Closeness {
  jaccard: number;
  wordSimilarity: number;
}

export function closeness(a: string, b: string): Closeness {
  return { jaccard: exactJaccard(shingles(a), shingles(b)), wordSimilarity: diffWords(a, b).similarity };
}

export function sameStatement(c: Closeness): boolean {
  return c.jaccard >= SAME_STATEMENT.jaccard || c.wordSimilarity >= SAME_STATEMENT.wordSimilarity;
}

/** How many band-sharing candidates ingest ranks exactly. */
const CANDIDATES_AT_INGEST = 50;

/**
 * The claim a new statement joins: the claim of the closest statement in another article that
 * passes sameStatement, or null for a claim of its own (its own id, set once it is stored). Claims
 * never merge afterwards (an attribution bridging two clusters joins the closer one), which keeps
 * claim ids stable; the variants audit still sees both through the bands, returned as `keys`.
 */
export async function claimOf(db: Kysely<DB>, statement: { article_id: number; content_text: string }): Promise<{ keys: number[]; claim: number | null }> {
  const keys = bandKeysOf(statement.content_text);
  const candidates = await findBandCandidates(db, keys, { excludeArticleId: statement.article_id, limit: CANDIDATES_AT_INGEST });
  let best: { claim: number; score: number } | null = null;
  for (const c of candidates) {
    const close = closeness(c.content_text, statement.content_text);
    if (!sameStatement(close)) continue;
    const score = Math.max(close.jaccard, close.wordSimilarity);
    if (!best || score > best.score) best = { claim: c.claim_id ?? c.id, score };
  }
  return { keys, claim: best?.claim ?? null };
}
