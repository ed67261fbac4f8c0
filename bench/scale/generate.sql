-- Multiplies the demo Center's dossiers (and their control slips) into several years of a province,
-- consistent with what the reports read (FinishedAt, Timeliness, the daily tally recounted afterwards).
-- Copy g of each demo dossier is moved g × span / copies into the past, so the copies spread evenly
-- over the span. A copy younger than 60 days keeps the original's state (the open dossiers of now),
-- as does 1 copy in 997 of the older ones (left open long ago: overdue today); every other received
-- copy is returned, finished early (55 in 100), on its due day (35) or 1-7 days late (10), and its
-- Timeliness is classified from FinishedAt and Due by R49's rule; an older copy waiting for the
-- applicant's supplement is closed unsupplemented 20 days after submission, an older online
-- submission never received is withdrawn. Control slips are shifted alike (no row for the ending).
--
-- Usage: psql ... -v copies=33334 -v years=3 -v chunks=20 -f generate.sql
-- (33 334 copies of the 300 demo dossiers = 10 million). The copies are written in `chunks`
-- interleaved parts, each committed: an interrupted run leaves fewer dossiers spread over the same
-- years. Secondary indexes are dropped for the load and rebuilt at the end (their definitions wait in
-- bench_indexes meanwhile); foreign keys are not checked during the load (session_replication_role).
-- The summaries kept by the application (the tally, the state counts) are emptied at the end:
-- `motcua migrate` afterwards recounts them.
\set ON_ERROR_STOP on
SELECT set_config('motcua.copies', :'copies', false), set_config('motcua.years', :'years', false),
       set_config('motcua.chunks', :'chunks', false);
SET session_replication_role = replica;
SET client_min_messages = notice;

CREATE TABLE IF NOT EXISTS bench_indexes AS
    SELECT indexname, indexdef FROM pg_indexes
     WHERE schemaname = 'public' AND tablename IN ('Dossiers', 'History') AND indexname NOT LIKE 'PK\_%';
DO $$
DECLARE i record;
BEGIN
    FOR i IN SELECT indexname FROM bench_indexes LOOP
        EXECUTE format('DROP INDEX IF EXISTS %I', i.indexname);
    END LOOP;
END $$;

-- The demo's own dossiers (a 4-digit sequence number; copies have 5 or more), read once instead of
-- from the growing tables, numbered so that each copy gets a code of its own.
CREATE TEMP TABLE bench_originals AS
    SELECT *, row_number() OVER (ORDER BY "Code") AS bench_n FROM "Dossiers" WHERE "Code" ~ '-[0-9]{4}$';
CREATE TEMP TABLE bench_original_history AS
    SELECT h.*, o."SubmittedAt" AS bench_submitted, o.bench_n FROM "History" h JOIN bench_originals o ON o."Code" = h."DossierCode";

DO $$
DECLARE
    copies int := current_setting('motcua.copies')::int;
    chunks int := current_setting('motcua.chunks')::int;
    span_seconds float8 := current_setting('motcua.years')::int * 365.25 * 86400;
    dossier_columns text;
    dossier_values text;
    history_columns text;
    history_values text;
    -- One row per demo dossier and copy: the copy's shift, a pseudo-random 0-99 and whether it keeps the state.
    copies_of text := 'SELECT d.*, g AS bench_g, make_interval(secs => g::float8 * %s / %s) AS bench_shift,
            ((g * 7919 + abs(hashtext(d."Code")::bigint)) %% 100)::int AS bench_r,
            (g::float8 * %s / %s < 60 * 86400 OR g %% 997 = 0) AS bench_keep
          FROM bench_originals d, generate_series(1, %s) g WHERE g %% %s = %s';
    -- A valid dossier code: the original's unit, the copy's day of submission, a sequence number of
    -- at least 5 digits (no leading zero) unique to the copy: (g + 10) then the original's number.
    copy_code text := 'split_part(ORIGINAL."Code", ''-'', 1) || ''-'' || to_char((SUBMITTED) AT TIME ZONE ''Asia/Ho_Chi_Minh'', ''YYMMDD'')
        || ''-'' || (ORIGINAL.bench_g + 10) || lpad(ORIGINAL.bench_n::text, 3, ''0'')';
    started timestamptz;
BEGIN
    SELECT string_agg(format('%I', column_name), ', ' ORDER BY ordinal_position),
           string_agg(CASE column_name
                WHEN 'Code' THEN replace(replace(copy_code, 'SUBMITTED', 'x."SubmittedAt" - x.bench_shift'), 'ORIGINAL', 'x')
                WHEN 'State' THEN 'CASE WHEN x.bench_finish THEN ''Returned''
                        WHEN x.bench_keep THEN x."State"
                        WHEN x."State" = ''WaitingForApplicant'' THEN ''ClosedUnsupplemented''
                        WHEN x."State" = ''Submitted'' THEN ''Withdrawn'' ELSE x."State" END'
                WHEN 'FinishedAt' THEN 'CASE WHEN x.bench_finish THEN x.bench_finished
                        WHEN NOT x.bench_keep AND x."State" = ''WaitingForApplicant'' THEN x."SubmittedAt" - x.bench_shift + interval ''20 days''
                        ELSE x."FinishedAt" - x.bench_shift END'
                WHEN 'Timeliness' THEN 'CASE WHEN x.bench_finish THEN CASE
                        WHEN x.bench_finished > x.bench_due THEN ''Late''
                        WHEN (x.bench_finished AT TIME ZONE ''Asia/Ho_Chi_Minh'')::date < (x.bench_due AT TIME ZONE ''Asia/Ho_Chi_Minh'')::date THEN ''Early''
                        ELSE ''OnTime'' END ELSE x."Timeliness" END'
                WHEN 'Due' THEN 'x.bench_due'
                WHEN 'OriginalDue' THEN 'x."OriginalDue" - x.bench_shift'
                WHEN 'StepDue' THEN 'x."StepDue" - x.bench_shift'
                WHEN 'StepEnteredAt' THEN 'x."StepEnteredAt" - x.bench_shift'
                WHEN 'SubmittedAt' THEN 'x."SubmittedAt" - x.bench_shift'
                ELSE format('x.%I', column_name) END, ', ' ORDER BY ordinal_position)
      INTO dossier_columns, dossier_values
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'Dossiers';
    SELECT string_agg(format('%I', column_name), ', ' ORDER BY ordinal_position),
           string_agg(CASE column_name
                WHEN 'DossierCode' THEN replace(replace(replace(replace(copy_code, 'ORIGINAL.bench_g', 'g'), 'SUBMITTED', 'h.bench_submitted - make_interval(secs => g::float8 * ' || span_seconds || ' / ' || copies || ')'),
                    'ORIGINAL."Code"', 'h."DossierCode"'), 'ORIGINAL', 'h')
                WHEN 'At' THEN 'h."At" - make_interval(secs => g::float8 * ' || span_seconds || ' / ' || copies || ')'
                ELSE format('h.%I', column_name) END, ', ' ORDER BY ordinal_position)
      INTO history_columns, history_values
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'History';

    FOR chunk IN 0 .. chunks - 1 LOOP
        started := clock_timestamp();
        -- bench_finished: early = 1-5 days before the due day (not before submission), on time = half an
        -- hour before the due instant, late = 1-7 days after it (never after now).
        EXECUTE format('INSERT INTO "Dossiers" (%s) SELECT %s FROM (
                SELECT y.*, CASE
                    WHEN y.bench_r < 55 THEN GREATEST(y."SubmittedAt" - y.bench_shift + interval ''1 hour'', y.bench_due - make_interval(days => 1 + y.bench_r %% 5))
                    WHEN y.bench_r < 90 THEN GREATEST(y."SubmittedAt" - y.bench_shift + interval ''1 hour'', y.bench_due - interval ''30 minutes'')
                    ELSE LEAST(now(), y.bench_due + make_interval(days => 1 + y.bench_r %% 7, hours => y.bench_r %% 5)) END AS bench_finished
                  FROM (SELECT c.*, c."Due" - c.bench_shift AS bench_due,
                            NOT c.bench_keep AND c."Due" IS NOT NULL
                                AND c."State" NOT IN (''Stopped'', ''Submitted'', ''CompletionRequested'', ''RefusedAtCounter'', ''Withdrawn'') AS bench_finish
                          FROM (%s) c) y) x',
            dossier_columns, dossier_values, format(copies_of, span_seconds, copies, span_seconds, copies, copies, chunks, chunk));
        EXECUTE format('INSERT INTO "History" (%s) SELECT %s FROM bench_original_history h, generate_series(1, %s) g
                         WHERE g %% %s = %s',
            history_columns, history_values, copies, chunks, chunk);
        COMMIT;
        RAISE NOTICE 'chunk % of % written in %', chunk + 1, chunks, clock_timestamp() - started;
    END LOOP;
END $$;

DO $$
DECLARE i record;
BEGIN
    FOR i IN SELECT indexname, indexdef FROM bench_indexes LOOP
        EXECUTE i.indexdef;
        COMMIT;
        RAISE NOTICE 'rebuilt %', i.indexname;
    END LOOP;
END $$;
DROP TABLE bench_indexes;
RESET session_replication_role;
DELETE FROM "DossierDayCounts";
DELETE FROM "DossierStateCounts";
VACUUM ANALYZE "Dossiers";
VACUUM ANALYZE "History";
