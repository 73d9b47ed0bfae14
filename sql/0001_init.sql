-- quotetrail storage: articles, entities (speakers, outlets) with aliases and roles over time,
-- attributions with their source chains. Written for PostgreSQL 15 and for PGlite (PG 17/18).
-- Forward-only: once landed, this file is never edited; add sql/0002_*.sql instead.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- The one definition of a "normalised" name or alias: accents stripped, lower-cased,
-- whitespace collapsed. unaccent() is only STABLE (its dictionary is looked up through
-- search_path), so generated columns and indexes need this IMMUTABLE wrapper that names the
-- dictionary explicitly. If the unaccent rules file ever changes, reindex the *_key columns.
CREATE FUNCTION qt_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, value)), '\s+', ' ', 'g'));

-- People, organisations and outlets. Resolution is conservative: one row per
-- (kind, normalised name, disambiguator). The disambiguator stays '' until someone splits two
-- namesakes apart (issue 3), which keeps the unique index usable for ON CONFLICT.
CREATE TABLE entities (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind           text NOT NULL CHECK (kind IN ('person', 'organization', 'outlet', 'unknown')),
  canonical_name text NOT NULL CHECK (btrim(canonical_name) <> ''),
  name_key       text GENERATED ALWAYS AS (qt_fold(canonical_name)) STORED,
  disambiguator  text NOT NULL DEFAULT '',
  -- Set when this entity was merged into another; its rows stay for the audit trail.
  merged_into_id bigint REFERENCES entities (id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT entities_identity UNIQUE (kind, name_key, disambiguator),
  CHECK (merged_into_id IS NULL OR merged_into_id <> id)
);
CREATE INDEX entities_name_key_trgm ON entities USING gin (name_key gin_trgm_ops);
CREATE INDEX entities_merged_into ON entities (merged_into_id) WHERE merged_into_id IS NOT NULL;

-- Every form an entity was named by ("Igor Konashenkov", "Konashenkov"); the canonical name
-- is always one of them, so name searches only need this table.
CREATE TABLE entity_aliases (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity_id  bigint NOT NULL REFERENCES entities (id),
  alias      text NOT NULL CHECK (btrim(alias) <> ''),
  alias_key  text GENERATED ALWAYS AS (qt_fold(alias)) STORED,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT entity_aliases_per_entity UNIQUE (entity_id, alias_key)
);
CREATE INDEX entity_aliases_key ON entity_aliases (alias_key);
CREATE INDEX entity_aliases_key_trgm ON entity_aliases USING gin (alias_key gin_trgm_ops);

-- Audit of merges and splits (issue 3): what was moved, why, and by whom.
CREATE TABLE entity_merges (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  action           text NOT NULL CHECK (action IN ('merge', 'split')),
  source_entity_id bigint NOT NULL REFERENCES entities (id),
  target_entity_id bigint NOT NULL REFERENCES entities (id),
  reason           text NOT NULL CHECK (btrim(reason) <> ''),
  details          jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_by       text,
  created_at       timestamptz NOT NULL DEFAULT now(),
  CHECK (source_entity_id <> target_entity_id)
);
CREATE INDEX entity_merges_source ON entity_merges (source_entity_id);
CREATE INDEX entity_merges_target ON entity_merges (target_entity_id);

-- One row per distinct normalised text: content_hash is what makes ingestion idempotent.
CREATE TABLE articles (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  content_hash text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
  url          text,
  publisher_id bigint REFERENCES entities (id),
  lang         text NOT NULL CHECK (lang IN ('en', 'id')),
  published_at timestamptz,
  title        text,
  text         text NOT NULL CHECK (btrim(text) <> ''),
  source_format text NOT NULL DEFAULT 'text' CHECK (source_format IN ('text', 'html')),
  ingested_at  timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT articles_content_hash UNIQUE (content_hash)
);
CREATE INDEX articles_publisher ON articles (publisher_id);
CREATE INDEX articles_published_at ON articles (published_at);

-- Roles as stated in one article, dated by the article: a speaker's roles over time.
CREATE TABLE entity_roles (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity_id    bigint NOT NULL REFERENCES entities (id),
  article_id   bigint NOT NULL REFERENCES articles (id),
  role         text,
  title        text,
  organization text,
  stated_at    timestamptz,
  created_at   timestamptz NOT NULL DEFAULT now(),
  CHECK (role IS NOT NULL OR title IS NOT NULL OR organization IS NOT NULL),
  CONSTRAINT entity_roles_once_per_article UNIQUE NULLS NOT DISTINCT (entity_id, article_id, role, title, organization)
);
CREATE INDEX entity_roles_article ON entity_roles (article_id);

CREATE TABLE attributions (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id        bigint NOT NULL REFERENCES articles (id),
  -- Position in the extractor's output, so an article's attributions come back in order.
  ordinal           integer NOT NULL CHECK (ordinal >= 0),
  kind              text NOT NULL CHECK (kind IN ('direct', 'mixed', 'indirect')),
  -- The content spans' text joined by a space; spans keep the exact offsets.
  content_text      text NOT NULL,
  content_spans     jsonb NOT NULL CHECK (jsonb_typeof(content_spans) = 'array'),
  cue_text          text,
  cue_start         integer,
  cue_end           integer,
  speaker_entity_id bigint REFERENCES entities (id),
  speaker_name      text,
  speaker_type      text CHECK (speaker_type IN ('person', 'organization', 'unknown')),
  mention_text      text,
  mention_start     integer,
  mention_end       integer,
  role              text,
  title             text,
  organization      text,
  confidence        double precision NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
  rule              text NOT NULL,
  -- Copied from the article: a generated column may only read its own row.
  lang              text NOT NULL CHECK (lang IN ('en', 'id')),
  -- to_tsvector(regconfig, text) is immutable only with a constant config, hence the CASE.
  search_vector     tsvector GENERATED ALWAYS AS (
    CASE lang
      WHEN 'en' THEN to_tsvector('english'::regconfig, content_text)
      WHEN 'id' THEN to_tsvector('indonesian'::regconfig, content_text)
      ELSE to_tsvector('simple'::regconfig, content_text)
    END) STORED,
  created_at        timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT attributions_ordinal UNIQUE (article_id, ordinal),
  CHECK ((cue_start IS NULL) = (cue_end IS NULL) AND (cue_start IS NULL OR cue_start <= cue_end)),
  CHECK ((mention_start IS NULL) = (mention_end IS NULL) AND (mention_start IS NULL OR mention_start <= mention_end)),
  CHECK ((speaker_entity_id IS NULL) = (speaker_name IS NULL))
);
CREATE INDEX attributions_speaker ON attributions (speaker_entity_id, id);
CREATE INDEX attributions_lang_kind ON attributions (lang, kind, id);
CREATE INDEX attributions_search ON attributions USING gin (search_vector);
CREATE INDEX attributions_content_trgm ON attributions USING gin (content_text gin_trgm_ops);

-- The chain after the speaker: intermediaries innermost first (position 0 ..), then the
-- publisher, which closes every chain when the article has one.
CREATE TABLE attribution_hops (
  attribution_id bigint NOT NULL REFERENCES attributions (id),
  position       smallint NOT NULL CHECK (position >= 0),
  entity_id      bigint NOT NULL REFERENCES entities (id),
  name           text NOT NULL,
  entity_type    text NOT NULL CHECK (entity_type IN ('person', 'organization', 'outlet', 'unknown')),
  mention_text   text,
  mention_start  integer,
  mention_end    integer,
  cue_text       text,
  cue_start      integer,
  cue_end        integer,
  is_publisher   boolean NOT NULL DEFAULT false,
  PRIMARY KEY (attribution_id, position),
  CHECK ((mention_start IS NULL) = (mention_end IS NULL)),
  CHECK ((cue_start IS NULL) = (cue_end IS NULL))
);
CREATE UNIQUE INDEX attribution_hops_one_publisher ON attribution_hops (attribution_id) WHERE is_publisher;
CREATE INDEX attribution_hops_entity ON attribution_hops (entity_id, attribution_id);
