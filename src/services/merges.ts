// Correcting entity resolution by hand: merge two entities, or split some aliases and
// attributions off into a new one. Each runs in one transaction and is audited in
// entity_merges with everything it moved, so a merge can be checked (and undone by a split).
import type { Kysely } from 'kysely';
import { AppError } from '../api/errors.ts';
import { addAliases, insertEntity } from '../db/repositories/entities.ts';
import {
  aliasKeysOf,
  articlesWithoutSpeaker,
  attributionsToMove,
  lockEntities,
  markMerged,
  moveAliases,
  moveAllUses,
  moveAttributions,
  moveRoles,
  recordMerge,
} from '../db/repositories/merges.ts';
import type { DB, EntityKind } from '../db/schema.ts';

const compatible = (a: EntityKind, b: EntityKind) => a === b || ((a === 'organization' || a === 'outlet') && (b === 'organization' || b === 'outlet'));

export async function mergeEntities(db: Kysely<DB>, sourceId: number, targetId: number, reason: string | undefined) {
  if (sourceId === targetId) throw new AppError(400, 'invalid_value', 'into: an entity cannot be merged into itself');
  return withDeadlockRetry(() => db.transaction().execute(async (trx) => {
    const locked = await lockEntities(trx, [sourceId, targetId]);
    const source = locked.find((e) => e.id === sourceId);
    const target = locked.find((e) => e.id === targetId);
    if (!source) throw new AppError(404, 'not_found', `no speaker ${sourceId}`);
    if (!target) throw new AppError(404, 'not_found', `into: no entity ${targetId}`);
    if (source.merged_into_id !== null) throw new AppError(409, 'already_merged', `speaker ${sourceId} was already merged into ${source.merged_into_id}`);
    if (target.merged_into_id !== null) throw new AppError(409, 'already_merged', `into: entity ${targetId} was merged into ${target.merged_into_id}; merge into that one`);
    if (!compatible(source.kind, target.kind)) throw new AppError(409, 'kind_mismatch', `into: cannot merge ${source.kind} '${source.canonical_name}' into ${target.kind} '${target.canonical_name}'`);
    const why = { code: 'manual-merge' as const, reason: reason ?? `merged '${source.canonical_name}' into '${target.canonical_name}'` };
    const moved = await moveAllUses(trx, sourceId, targetId, why);
    const aliases = await moveAliases(trx, sourceId, targetId, why);
    const roles = await moveRoles(trx, sourceId, targetId);
    await markMerged(trx, sourceId, targetId);
    const details = { ...moved, aliases, roles };
    const mergeId = await recordMerge(trx, { action: 'merge', source: sourceId, target: targetId, reason: why.reason, details });
    return {
      merge_id: mergeId,
      action: 'merge' as const,
      source: { id: sourceId, name: source.canonical_name, merged_into_id: targetId },
      target: { id: targetId, name: target.canonical_name, kind: target.kind },
      reason: why.reason,
      moved: { attributions: moved.attributions.length, group_memberships: moved.members.length, hops: moved.hops.length, published_articles: moved.articles.length, aliases: aliases.length, roles },
      attribution_ids: moved.attributions,
    };
  }));
}

/**
 * An ingest holds FOR SHARE locks on the entities it links to (in name order) while a merge
 * takes FOR UPDATE on two entities (in id order), so the two can deadlock; PostgreSQL then
 * aborts one of them, and the merge simply runs again.
 */
async function withDeadlockRetry<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || (error as { code?: string }).code !== '40P01') throw error;
    }
  }
}

export interface SplitRequest {
  aliases: string[];
  attributions: number[];
  name?: string | undefined;
  reason?: string | undefined;
}

/**
 * Moves the listed aliases, the listed attributions, and every attribution whose stated speaker
 * name is one of the moved aliases, to a new entity of the same kind; roles stated in articles
 * where the old entity no longer speaks follow them.
 */
export async function splitEntity(db: Kysely<DB>, sourceId: number, request: SplitRequest) {
  return db.transaction().execute(async (trx) => {
    const [source] = await lockEntities(trx, [sourceId]);
    if (!source) throw new AppError(404, 'not_found', `no speaker ${sourceId}`);
    if (source.merged_into_id !== null) throw new AppError(409, 'already_merged', `speaker ${sourceId} was merged into ${source.merged_into_id}; split that one`);
    const keys = await aliasKeysOf(trx, sourceId, request.aliases);
    for (const [i, k] of keys.entries()) {
      if (!k.found) throw new AppError(400, 'invalid_value', `aliases.${i}: '${k.alias}' is not an alias of speaker ${sourceId}`);
      if (k.key === source.name_key) throw new AppError(400, 'invalid_value', `aliases.${i}: '${k.alias}' is the canonical name; it stays`);
    }
    const aliasKeys = keys.map((k) => k.key);
    const toMove = await attributionsToMove(trx, sourceId, request.attributions, aliasKeys);
    const movable = new Set(toMove.map((a) => a.id));
    for (const [i, id] of request.attributions.entries()) {
      if (!movable.has(id)) throw new AppError(400, 'invalid_value', `attributions.${i}: attribution ${id} is not spoken by speaker ${sourceId}`);
    }
    const name = request.name ?? request.aliases[0] ?? source.canonical_name;
    const newId = await insertEntity(trx, source.kind, name, true);
    const why = { code: 'manual-split' as const, reason: request.reason ?? `split '${name}' off '${source.canonical_name}'` };
    const aliases = await moveAliases(trx, sourceId, newId, why, aliasKeys);
    await addAliases(trx, newId, [name], why);
    const ids = toMove.map((a) => a.id);
    await moveAttributions(trx, ids, newId, why);
    const freed = await articlesWithoutSpeaker(trx, sourceId, toMove.map((a) => a.article_id));
    const roles = await moveRoles(trx, sourceId, newId, freed);
    const details = { attributions: ids, aliases, roles_from_articles: freed, roles };
    const mergeId = await recordMerge(trx, { action: 'split', source: sourceId, target: newId, reason: why.reason, details });
    return {
      merge_id: mergeId,
      action: 'split' as const,
      source: { id: sourceId, name: source.canonical_name },
      target: { id: newId, name, kind: source.kind },
      reason: why.reason,
      moved: { attributions: ids.length, aliases: aliases.length, roles },
      attribution_ids: ids,
    };
  });
}
