-- Issue 3: cross-article entity resolution with stored reasons, date-ordered search, and the
-- variants index (LSH band keys) with claim clusters. Forward-only; written for PG 15 and PGlite.

-- Why a name form or a link belongs to its entity: the matcher's code and sentence
-- (src/entities/match.ts), or 'manual-merge' / 'manual-split' with the caller's reason.
ALTER TABLE entity_aliases ADD COLUMN match_code text;
ALTER TABLE entity_aliases ADD COLUMN match_reason text;
ALTER TABLE attributions ADD COLUMN speaker_match_code text;
ALTER TABLE attributions ADD COLUMN speaker_match_reason text;
ALTER TABLE attribution_hops ADD COLUMN match_code text;
ALTER TABLE attribution_hops ADD COLUMN match_reason text;

-- Candidate lookup by any shared word ("konashenkov" finds "igor konashenkov"): a GIN index
-- over the words of every alias, queried with && (overlap).
CREATE INDEX entity_aliases_words ON entity_aliases USING gin (string_to_array(alias_key, ' '));
-- Initials of a multi-word organisation name without connectives ("kkp" for "Kementerian
-- Kelautan dan Perikanan"), computed by the application from src/entities/data, so that an
-- acronym mention finds the full name by one index probe.
ALTER TABLE entity_aliases ADD COLUMN initials text;
CREATE INDEX entity_aliases_initials ON entity_aliases (initials) WHERE initials IS NOT NULL;

-- The article's date, copied like lang, so date filters and date order are one index scan on
-- attributions. Undated articles sort last (-infinity) under "newest first".
ALTER TABLE attributions ADD COLUMN published_at timestamptz;
UPDATE attributions at SET published_at = a.published_at FROM articles a WHERE a.id = at.article_id;
CREATE INDEX attributions_date ON attributions ((coalesce(published_at, '-infinity'::timestamptz)) DESC, id DESC);

-- Claim cluster: the id of the first ingested attribution of the same statement (itself when
-- it is the first). Assigned at ingest from the best variant found through the band keys and
-- never changed afterwards, so a claim id is stable even when an older article is ingested
-- later (the timeline sorts by date, not by id).
ALTER TABLE attributions ADD COLUMN claim_id bigint REFERENCES attributions (id);
UPDATE attributions SET claim_id = id WHERE claim_id IS NULL;
CREATE INDEX attributions_claim ON attributions (claim_id, id);

-- LSH band keys of each attribution's content (src/audit/shingles.ts): band index in the high
-- 32 bits, the band hash in the low 32. Variants are found by equality on band_key — one
-- b-tree probe per band, whatever the table size; the primary key is that index.
CREATE TABLE attribution_bands (
  band_key       bigint NOT NULL,
  attribution_id bigint NOT NULL REFERENCES attributions (id),
  PRIMARY KEY (band_key, attribution_id)
);
CREATE INDEX attribution_bands_attribution ON attribution_bands (attribution_id);
