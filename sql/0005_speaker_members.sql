-- People who speak together ("Kerry dan John Baird", "Grassley and Leahy") are one speaker, the
-- group; each member is also an entity, listed here in the order named, so a search for one of
-- them finds what the group said.
CREATE TABLE attribution_speaker_members (
  attribution_id bigint NOT NULL REFERENCES attributions (id),
  position       smallint NOT NULL CHECK (position >= 0),
  entity_id      bigint NOT NULL REFERENCES entities (id),
  name           text NOT NULL CHECK (btrim(name) <> ''),
  entity_type    text NOT NULL CHECK (entity_type IN ('person', 'organization', 'unknown')),
  -- Why the member's name was resolved to entity_id, as for speakers and hops.
  match_code     text,
  match_reason   text,
  PRIMARY KEY (attribution_id, position)
);
CREATE INDEX attribution_speaker_members_entity ON attribution_speaker_members (entity_id, attribution_id);
