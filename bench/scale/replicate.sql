-- Multiplies the demo Center's dossiers (and their control slips) into a province-sized year:
-- each copy is shifted g hours into the past; 19 copies in 20 are finished (returned), the 20th
-- keeps the original's state, so the open dossiers grow with the rest as they would.
-- Usage: psql ... -v copies=3300 -f replicate.sql (3300 copies of the ~300 demo dossiers ≈ 1 million).
SELECT set_config('motcua.copies', :'copies', false);
DO $$
DECLARE
    copies int := current_setting('motcua.copies')::int;
    dossier_columns text;
    dossier_values text;
    history_columns text;
    history_values text;
BEGIN
    SELECT string_agg(format('%I', column_name), ', ' ORDER BY ordinal_position),
           string_agg(CASE column_name
                WHEN 'Code' THEN 'd."Code" || ''.'' || g'
                WHEN 'State' THEN 'CASE WHEN g % 20 = 0 THEN d."State" ELSE ''Returned'' END'
                WHEN 'Due' THEN 'd."Due" - make_interval(hours => g)'
                WHEN 'OriginalDue' THEN 'd."OriginalDue" - make_interval(hours => g)'
                WHEN 'StepDue' THEN 'd."StepDue" - make_interval(hours => g)'
                WHEN 'SubmittedAt' THEN 'd."SubmittedAt" - make_interval(hours => g)'
                ELSE format('d.%I', column_name) END, ', ' ORDER BY ordinal_position)
      INTO dossier_columns, dossier_values
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'Dossiers';
    SELECT string_agg(format('%I', column_name), ', ' ORDER BY ordinal_position),
           string_agg(CASE column_name
                WHEN 'DossierCode' THEN 'd."DossierCode" || ''.'' || g'
                WHEN 'At' THEN 'd."At" - make_interval(hours => g)'
                ELSE format('d.%I', column_name) END, ', ' ORDER BY ordinal_position)
      INTO history_columns, history_values
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'History';
    -- Original codes have three dots (000.01.31.H22-...); copies have four.
    EXECUTE format('INSERT INTO "Dossiers" (%s) SELECT %s FROM "Dossiers" d, generate_series(1, %s) g WHERE d."Code" NOT LIKE ''%%.%%.%%.%%.%%''',
        dossier_columns, dossier_values, copies);
    EXECUTE format('INSERT INTO "History" (%s) SELECT %s FROM "History" d, generate_series(1, %s) g WHERE d."DossierCode" NOT LIKE ''%%.%%.%%.%%.%%''',
        history_columns, history_values, copies);
END $$;
ANALYZE;
