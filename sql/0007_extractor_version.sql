-- Which extractor produced an article's attributions: a hash of the extractor's code and lexicons
-- (src/services/extractor-version.ts). NULL for articles stored before it was recorded.
-- `npm run reextract` brings every article whose version differs up to the current extractor.
ALTER TABLE articles ADD COLUMN extractor_version text;
