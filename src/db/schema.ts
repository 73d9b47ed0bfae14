// Kysely types for every table, in one place. They mirror sql/*.sql; keep them in step.
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** A timestamp with a database default: optional on insert, a Date when read. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** Generated STORED columns can be read but never written. */
type ReadOnly<T> = ColumnType<T, never, never>;

export type EntityKind = 'person' | 'organization' | 'outlet' | 'unknown';

export interface SpanJson {
  start: number;
  end: number;
  text: string;
}

export interface SchemaMigrationsTable {
  name: string;
  checksum: string;
  applied_at: Generated<Date>;
}

export interface EntitiesTable {
  id: Generated<number>;
  kind: EntityKind;
  canonical_name: string;
  name_key: ReadOnly<string>;
  disambiguator: Generated<string>;
  merged_into_id: number | null;
  created_at: Timestamp;
}

export interface EntityAliasesTable {
  id: Generated<number>;
  entity_id: number;
  alias: string;
  alias_key: ReadOnly<string>;
  /** Why this form belongs to the entity (matcher code, or manual-merge / manual-split). */
  match_code: ColumnType<string | null, string | null | undefined, string | null>;
  match_reason: ColumnType<string | null, string | null | undefined, string | null>;
  /** First letters of a multi-word name's words without connectives ("kkp"); see sql/0002. */
  initials: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
}

export interface EntityMergesTable {
  id: Generated<number>;
  action: 'merge' | 'split';
  source_entity_id: number;
  target_entity_id: number;
  reason: string;
  details: ColumnType<unknown, string | undefined, string>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface ArticlesTable {
  id: Generated<number>;
  content_hash: string;
  url: string | null;
  publisher_id: number | null;
  lang: 'en' | 'id';
  published_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  title: string | null;
  text: string;
  source_format: ColumnType<'text' | 'html', 'text' | 'html' | undefined, 'text' | 'html'>;
  ingested_at: Timestamp;
  /** Hash of the extractor that produced the article's attributions; null before sql/0007. */
  extractor_version: string | null;
}

export interface EntityRolesTable {
  id: Generated<number>;
  entity_id: number;
  article_id: number;
  role: string | null;
  title: string | null;
  organization: string | null;
  stated_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: Timestamp;
}

export interface AttributionsTable {
  id: Generated<number>;
  article_id: number;
  ordinal: number;
  kind: 'direct' | 'mixed' | 'indirect';
  content_text: string;
  /** Written as a JSON string (pg and PGlite both cast it), read back parsed. */
  content_spans: ColumnType<SpanJson[], string, string>;
  cue_text: string | null;
  cue_start: number | null;
  cue_end: number | null;
  speaker_entity_id: number | null;
  speaker_name: string | null;
  speaker_type: 'person' | 'organization' | 'unknown' | null;
  mention_text: string | null;
  mention_start: number | null;
  mention_end: number | null;
  /** For a pronoun or clitic mention, the earlier mention naming the speaker (sql/0003). */
  antecedent_text: ColumnType<string | null, string | null | undefined, string | null>;
  antecedent_start: ColumnType<number | null, number | null | undefined, number | null>;
  antecedent_end: ColumnType<number | null, number | null | undefined, number | null>;
  role: string | null;
  title: string | null;
  organization: string | null;
  /** Public figure or private person, as the article describes the speaker (sql/0006); null when it says neither. */
  speaker_standing: ColumnType<'public' | 'private' | null, 'public' | 'private' | null | undefined, 'public' | 'private' | null>;
  confidence: number;
  rule: string;
  lang: 'en' | 'id';
  search_vector: ReadOnly<string>;
  /** Why speaker_entity_id is this entity (matcher code and sentence, or a manual merge/split). */
  speaker_match_code: ColumnType<string | null, string | null | undefined, string | null>;
  speaker_match_reason: ColumnType<string | null, string | null | undefined, string | null>;
  /** The article's date, copied at ingest for date filters and order. */
  published_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** The first ingested attribution of the same statement (itself when first); see sql/0002. */
  claim_id: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: Timestamp;
}

export interface AttributionHopsTable {
  attribution_id: number;
  position: number;
  entity_id: number;
  name: string;
  entity_type: EntityKind;
  mention_text: string | null;
  mention_start: number | null;
  mention_end: number | null;
  cue_text: string | null;
  cue_start: number | null;
  cue_end: number | null;
  is_publisher: Generated<boolean>;
  match_code: ColumnType<string | null, string | null | undefined, string | null>;
  match_reason: ColumnType<string | null, string | null | undefined, string | null>;
}

/** The members of a group speaker, in the order named (sql/0005). */
export interface AttributionSpeakerMembersTable {
  attribution_id: number;
  position: number;
  entity_id: number;
  name: string;
  entity_type: 'person' | 'organization' | 'unknown';
  match_code: string | null;
  match_reason: string | null;
}

export interface AttributionBandsTable {
  band_key: number;
  attribution_id: number;
}

export interface DB {
  schema_migrations: SchemaMigrationsTable;
  entities: EntitiesTable;
  entity_aliases: EntityAliasesTable;
  entity_merges: EntityMergesTable;
  articles: ArticlesTable;
  entity_roles: EntityRolesTable;
  attributions: AttributionsTable;
  attribution_hops: AttributionHopsTable;
  attribution_speaker_members: AttributionSpeakerMembersTable;
  attribution_bands: AttributionBandsTable;
}

export type Entity = Selectable<EntitiesTable>;
export type NewEntity = Insertable<EntitiesTable>;
export type EntityAlias = Selectable<EntityAliasesTable>;
export type EntityRole = Selectable<EntityRolesTable>;
export type NewEntityRole = Insertable<EntityRolesTable>;
export type Article = Selectable<ArticlesTable>;
export type NewArticle = Insertable<ArticlesTable>;
export type AttributionRow = Selectable<AttributionsTable>;
export type NewAttribution = Insertable<AttributionsTable>;
export type HopRow = Selectable<AttributionHopsTable>;
export type NewHop = Insertable<AttributionHopsTable>;
export type SpeakerMemberRow = Selectable<AttributionSpeakerMembersTable>;
export type NewSpeakerMember = Insertable<AttributionSpeakerMembersTable>;
