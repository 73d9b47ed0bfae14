-- Whether the article describes the speaker as a public figure (an office, a rank, an expert's
-- role) or a private person (a resident, a driver, a student); NULL when it says neither, for
-- organisations, and for attributions stored before this column. Fact-checkers filter on it.
ALTER TABLE attributions ADD COLUMN speaker_standing text CHECK (speaker_standing IN ('public', 'private'));
-- "Every statement of a public figure, newest first" without scanning the private and unknown ones.
CREATE INDEX attributions_standing ON attributions (speaker_standing, id) WHERE speaker_standing IS NOT NULL;
