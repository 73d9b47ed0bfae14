-- For a pronoun or clitic ("he", "katanya"), the earlier mention naming the same speaker that
-- it was resolved to: the evidence a reader checks before trusting the attribution.
ALTER TABLE attributions
  ADD COLUMN antecedent_text  text,
  ADD COLUMN antecedent_start integer,
  ADD COLUMN antecedent_end   integer,
  ADD CONSTRAINT attributions_antecedent_span
    CHECK ((antecedent_start IS NULL) = (antecedent_end IS NULL) AND (antecedent_start IS NULL OR antecedent_start <= antecedent_end));
