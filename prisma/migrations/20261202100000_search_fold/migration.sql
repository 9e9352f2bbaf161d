-- One folding for search, on the index and on the query alike (issue #11). The first version folded only
-- ZWNJ and plural endings in the database and left the rest to the application, which folded the
-- description but not the place, and digits on neither side: «كارگر» in a place was not found by
-- «کارگر», and «۴۵۸۲» was found neither by «۴۵۸۲» nor by «4582». Now the database folds everything
-- itself, so rows written by any path (the form, the API, the seed, an import) are indexed the same way:
--   * NFKC: full-width letters and digits, Arabic presentation forms → their plain letters;
--   * every Unicode format character removed (ZWNJ, ZWSP, LRM/RLM, bidi embeddings/overrides/isolates,
--     ALM, BOM, soft hyphen…), so «می‌روم» and «میروم» are one word;
--   * Arabic and variant letters → one Persian letter: ي ى ئ → ی, ك → ک, ة ۀ → ه, أ إ ٱ آ → ا, ؤ → و;
--     harakat (U+064B–U+065F, U+0670) and tatweel removed;
--   * Persian and Arabic-Indic digits → Latin digits;
--   * lower case (the 'simple' configuration also lowers).
-- Stored text keeps what the person wrote (lib/text/normalize.ts normalizeText); only the index folds.
-- The generated column depends on the function, so it is dropped and added again: every existing row is
-- re-indexed by the ADD COLUMN.

DROP INDEX IF EXISTS "Report_searchVector_idx";
ALTER TABLE "Report" DROP COLUMN "searchVector";
DROP FUNCTION sajam_search_query(TEXT);
DROP FUNCTION sajam_report_search(TEXT, TEXT);
DROP FUNCTION sajam_search_lexemes(TEXT);

CREATE FUNCTION sajam_search_text(body TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN lower(translate(
    regexp_replace(normalize(coalesce(body, ''), NFKC), '[\u00AD\u0600-\u0605\u061C\u0640\u064B-\u065F\u0670\u06DD\u070F\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]', '', 'g'),
    'يىئكةۀأإٱآؤ۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩',
    'یییکههااااو01234567890123456789'));

CREATE FUNCTION sajam_search_lexemes(body TEXT) RETURNS TEXT[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN ARRAY(
    SELECT DISTINCT f FROM (SELECT sajam_search_fold(lexeme) AS f FROM unnest(to_tsvector('simple'::regconfig, sajam_search_text(body)))) t
    WHERE f <> '' ORDER BY f);

CREATE FUNCTION sajam_report_search(description TEXT, place TEXT) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN array_to_tsvector(sajam_search_lexemes(description || ' ' || coalesce(place, '')));

-- What a search box asks for: every word, folded the same way; NULL when nothing searchable was typed.
CREATE FUNCTION sajam_search_query(q TEXT) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN (SELECT string_agg(quote_literal(w), ' & ')::tsquery FROM unnest(sajam_search_lexemes(q)) w);

ALTER TABLE "Report" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (sajam_report_search("description", "placeDescription")) STORED;
CREATE INDEX "Report_searchVector_idx" ON "Report" USING GIN ("searchVector");
