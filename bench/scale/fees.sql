-- A year of a province's fees on top of the demo: :receipts receipts over the 12 local months before
-- :until (a date, the first of a month), collected on working days between 07:30 and 17:00 (UTC+7).
--  - agencies: the demo's 7 and 17 communes (Units rows added), weighted so the first (Phòng Tư pháp)
--    takes about a sixth of the receipts and the last ones a few hundred a month;
--  - collectors: the Center for most agencies; the land registry branch, the tax office and four
--    communes collect their own (R29); at the Center two reception officers take turns;
--  - procedures, items and totals: copied from the demo's receipts (the catalog's real fee lines);
--  - methods: cash 45 %, bank transfer 25 %, card or QR 20 %, online 10 %; 1 % cancelled, 0.5 % refunded;
--  - every month but the last is remitted: one remittance per collector, agency and kind (cash, or
--    money in an account) on the month's last working day at 17:30, linked to every receipt it moved;
--    the last month is still held.
-- Numbers continue each collector's counter of the year (the counter is moved past them), so the
-- app keeps numbering without a gap or a clash.
-- Usage: psql ... -v receipts=1100000 -v until=2026-12-01 -f fees.sql (about 2 minutes on 2 cores).
\set ON_ERROR_STOP on
SELECT set_config('motcua.receipts', :'receipts', false), set_config('motcua.until', :'until', false);
SELECT setseed(0.26);
BEGIN;

CREATE TEMP TABLE bench_agency ON COMMIT DROP AS
WITH listed AS (
    SELECT "Id" AS id FROM "Units" WHERE "Kind" = 'Agency'
    UNION ALL SELECT format('000.%s.31.H22', 40 + n) FROM generate_series(0, 16) n)
SELECT (row_number() OVER (ORDER BY id <> '000.01.31.H22', id) - 1)::int AS idx, id,
       CASE WHEN id IN ('031.12.15.H22', '000.31.22.G12', '000.40.31.H22', '000.44.31.H22', '000.48.31.H22', '000.52.31.H22') THEN id
            ELSE (SELECT "Id" FROM "Units" WHERE "Kind" = 'Center' ORDER BY "Id" LIMIT 1) END AS collector
FROM listed;

INSERT INTO "Units" ("Id", "Name", "Kind", "Place", "FeeCollector")
SELECT id, format('Ủy ban nhân dân xã Vĩnh An %s', substr(id, 5, 2)), 'Agency', 'Vĩnh An', NULL FROM bench_agency
ON CONFLICT ("Id") DO NOTHING;

-- The demo's receipts as the catalog's fee lines: procedure, items and total.
CREATE TEMP TABLE bench_template ON COMMIT DROP AS
SELECT (row_number() OVER (ORDER BY "ProcedureCode", "Total") - 1)::int AS idx, "ProcedureCode" AS procedure, "Items" AS items, "Total" AS total
FROM (SELECT DISTINCT "ProcedureCode", "Items", "Total" FROM "Receipts") t;

CREATE TEMP TABLE bench_day ON COMMIT DROP AS
SELECT (row_number() OVER (ORDER BY d) - 1)::int AS idx, d::date AS day
FROM generate_series(current_setting('motcua.until')::date - interval '12 months', current_setting('motcua.until')::date - 1, interval '1 day') d
WHERE extract(isodow FROM d) < 6;

CREATE TEMP TABLE bench_receipt ON COMMIT DROP AS
WITH drawn AS (
    SELECT g,
           floor((SELECT count(*) FROM bench_agency) * power(random(), 1.7))::int AS agency_idx,
           floor((SELECT count(*) FROM bench_template) * random())::int AS template_idx,
           floor((SELECT count(*) FROM bench_day) * random())::int AS day_idx,
           450 + floor(random() * 570)::int AS minute,
           random() AS method_draw, random() AS fate
    FROM generate_series(1, current_setting('motcua.receipts')::int) g)
SELECT g, a.id AS agency, a.collector, t.procedure, t.items, t.total, d.day,
       (d.day + make_interval(mins => dr.minute)) AT TIME ZONE 'Asia/Ho_Chi_Minh' AS at,
       CASE WHEN dr.method_draw < 0.45 THEN 0 WHEN dr.method_draw < 0.70 THEN 1 WHEN dr.method_draw < 0.90 THEN 2 ELSE 3 END AS method,
       dr.fate < 0.01 AS cancelled,
       CASE WHEN dr.fate >= 0.01 AND dr.fate < 0.015 THEN CASE WHEN g % 2 = 0 THEN t.total ELSE t.total / 2 END ELSE 0 END AS refunded
FROM drawn dr
JOIN bench_agency a ON a.idx = dr.agency_idx
JOIN bench_template t ON t.idx = dr.template_idx
JOIN bench_day d ON d.idx = dr.day_idx;

-- One remittance per collector, agency, kind and month, every month but the last.
CREATE TEMP TABLE bench_remittance ON COMMIT DROP AS
SELECT gen_random_uuid() AS id, s.*,
       ((SELECT max(b.day) FROM bench_day b WHERE date_trunc('month', b.day) = s.month) + time '17:30') AT TIME ZONE 'Asia/Ho_Chi_Minh' AS at
FROM (SELECT collector, agency, method = 0 AS cash, date_trunc('month', day)::date AS month, sum(total - refunded) AS amount
      FROM bench_receipt
      WHERE NOT cancelled AND day < current_setting('motcua.until')::date - interval '1 month'
      GROUP BY 1, 2, 3, 4) s;

INSERT INTO "Remittances" ("Id", "CollectorUnitId", "AgencyId", "Method", "Amount", "Reference", "RemittedAt", "RecordedAt", "RecordedById", "RecordedByName")
SELECT id, collector, agency, CASE WHEN cash THEN 0 ELSE 1 END, amount,
       format('%s/%s-%s', CASE WHEN cash THEN 'GNT' ELSE 'UNC' END, to_char(month, 'YYMM'), substr(agency, 5, 2)),
       at, at + interval '10 minutes', 'bench', 'Kế toán thu phí'
FROM bench_remittance;

INSERT INTO "Receipts" ("Id", "Template", "Series", "Year", "Number", "CollectorUnitId", "AgencyId", "ProcedureCode", "DossierCode", "HistorySequence",
    "Payer", "Items", "Total", "Method", "CollectedAt", "CollectedById", "CollectedByName", "GatewayTransaction",
    "CancelledAt", "CancelledBy", "CancelReason", "Refunded", "RefundedAt", "RefundedBy", "RefundReason", "Sha256", "RemittanceId")
SELECT gen_random_uuid(), '01BLP', format('BL%sE', to_char(r.day, 'YY')), extract(year FROM r.day)::int,
       coalesce(c."Last", 0) + row_number() OVER (PARTITION BY r.collector, extract(year FROM r.day) ORDER BY r.at, r.g),
       r.collector, r.agency, r.procedure,
       format('%s-%s-%s', r.agency, to_char(r.day, 'YYMMDD'), 5000 + row_number() OVER (PARTITION BY r.agency, r.day ORDER BY r.at, r.g)), 2,
       (ARRAY['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em', 'Vũ Thị Giang', 'Đỗ Văn Hùng', 'Bùi Thị Lan'])[1 + r.g % 8],
       r.items, r.total, r.method, r.at,
       coalesce(u."Id", 'bench'), coalesce(u."FullName", 'Cán bộ thu phí'),
       CASE WHEN r.method = 3 THEN (14000000 + r.g)::text END,
       CASE WHEN r.cancelled THEN r.at + interval '30 minutes' END,
       CASE WHEN r.cancelled THEN 'Lê Quang Vinh' END,
       CASE WHEN r.cancelled THEN 'Thu nhầm hồ sơ' END,
       r.refunded,
       CASE WHEN r.refunded > 0 THEN r.at + interval '2 days' END,
       CASE WHEN r.refunded > 0 THEN 'Lê Quang Vinh' END,
       CASE WHEN r.refunded > 0 THEN 'Hoàn trả phí do hồ sơ bị từ chối' END,
       NULL, m.id
FROM bench_receipt r
LEFT JOIN "DossierCounters" c ON c."AgencyId" = r.collector || '/bien-lai' AND c."Day" = make_date(extract(year FROM r.day)::int, 1, 1)
LEFT JOIN "AspNetUsers" u ON u."UserName" = CASE WHEN r.collector = r.agency THEN NULL ELSE 'tiepnhan' || (1 + r.g % 2) END
LEFT JOIN bench_remittance m ON NOT r.cancelled AND m.collector = r.collector AND m.agency = r.agency AND m.cash = (r.method = 0)
    AND m.month = date_trunc('month', r.day)::date
ORDER BY r.at; -- as a year of collections would have written them

-- Each collector's counter of each year, past the numbers given above.
INSERT INTO "DossierCounters" ("AgencyId", "Day", "Last")
SELECT "CollectorUnitId" || '/bien-lai', make_date("Year", 1, 1), max("Number") FROM "Receipts" GROUP BY "CollectorUnitId", "Year"
ON CONFLICT ("AgencyId", "Day") DO UPDATE SET "Last" = greatest("DossierCounters"."Last", excluded."Last");

COMMIT;
ANALYZE "Receipts";
ANALYZE "Remittances";
ANALYZE "Units";
