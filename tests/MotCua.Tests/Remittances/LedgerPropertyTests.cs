using CsCheck;
using Xunit.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain;
using MotCua.Domain.Fees;
using MotCua.Features.Demo;
using MotCua.Features.Remittances;
using MotCua.Platform;
using MotCua.Tests.Exceptions;
using MotCua.Tests.Processing;

namespace MotCua.Tests.Remittances;

/// <summary>
/// The fee ledger's totals, over random sequences of collections, cancellations, refunds and remittances
/// made through the officers' API and <see cref="FeeLedger"/>, against a model this test keeps of what it
/// did (R29, R60). Each sample starts from an empty ledger on the same app; the clock moves over days and
/// months, across local midnights, so local months are tested against UTC instants.
/// </summary>
public sealed class LedgerPropertyTests(ITestOutputHelper output)
{
    static readonly string Center = DemoCatalog.Center.Id;
    /// <summary>The agency that may choose to collect its own fees (R29); its officers are chuyenvien1 and lanhdao1.</summary>
    static readonly string Justice = DemoCatalog.Justice.Id;
    static readonly DateTimeOffset Start = new(2026, 8, 24, 9, 0, 0, TimeSpan.FromHours(7));

    /// <summary>Pay-before procedures of three agencies, with what the counter collects for each.</summary>
    static readonly (string Code, string Agency, long Total, object[] Items)[] Procedures =
    [
        ("2.000884", DemoCatalog.Justice.Id, 10_000, []),
        ("1.001612", DemoCatalog.FinanceAndPlanning.Id, 50_000, []),
        ("1.013831", DemoCatalog.LandRegistration.Id, 450_000,
            [new { fee = "Phí thẩm định hồ sơ chứng nhận biến động – quyền sử dụng đất (hộ gia đình, cá nhân)", quantity = 1 }]),
    ];

    static readonly PaymentMethod[] Methods = [PaymentMethod.Cash, PaymentMethod.BankTransfer, PaymentMethod.CardOrQr];

    public abstract record Op;
    public sealed record Collect(int Procedure, int Method) : Op;
    /// <summary>Cancels the <c>Pick</c>-th (modulo) receipt that can still be cancelled.</summary>
    public sealed record Cancel(int Pick) : Op;
    public sealed record Refund(int Pick, int Percent) : Op;
    /// <summary>Remits what the model says is held, off by <c>Wrong</c> × 5.000 đ; by the agency itself when <c>Own</c>, else by the Center.</summary>
    public sealed record Remit(int Agency, bool Cash, int Wrong, bool Own) : Op;
    /// <summary>Phòng Tư pháp starts or stops collecting its own fees: dossiers received from now on are collected by it (R29).</summary>
    public sealed record Switch : Op;
    public sealed record Wait(int Minutes) : Op;

    static readonly Gen<Op> AnyOp = Gen.Frequency(
        (5, Gen.Select(Gen.Int[0, Procedures.Length - 1], Gen.Int[0, Methods.Length - 1], (p, m) => (Op)new Collect(p, m))),
        (1, Gen.Int[0, 20].Select(p => (Op)new Cancel(p))),
        (2, Gen.Select(Gen.Int[0, 20], Gen.Int[1, 100], (p, q) => (Op)new Refund(p, q))),
        (3, Gen.Select(Gen.Int[0, Procedures.Length - 1], Gen.Bool, Gen.Int[-1, 1], Gen.Bool, (a, c, w, o) => (Op)new Remit(a, c, w, o))),
        (1, Gen.Const((Op)new Switch())),
        // Minutes up to nine days: sequences cross local midnights, month ends and the hours before 07:00 (UTC's day before).
        (3, Gen.Int[1, 9 * 24 * 60].Select(m => (Op)new Wait(m))));

    sealed class ModelReceipt(Guid id, string dossier, int procedure, string collector, bool cash, DateTimeOffset at)
    {
        public string Collector => collector;
        public Guid Id => id;
        public string Dossier => dossier;
        public int Procedure => procedure;
        public string Agency => Procedures[procedure].Agency;
        public long Total => Procedures[procedure].Total;
        public bool Cash => cash;
        public DateTimeOffset CollectedAt => at;
        public bool Cancelled { get; set; }
        public long Refunded { get; set; }
        public bool Remitted { get; set; }
        public long Net => Cancelled ? 0 : Total - Refunded;
    }

    sealed record ModelRemittance(string Collector, string Agency, bool Cash, long Amount, DateTimeOffset At);

    /// <summary>What the test did, kept apart from the app: the expected figures are sums over these lists.</summary>
    sealed class Model
    {
        public List<ModelReceipt> Receipts { get; } = [];
        public List<ModelRemittance> Remittances { get; } = [];
        public bool JusticeCollects { get; set; }

        /// <summary>What the collector holds for an agency and kind: all it took, net, less all it remitted (ADR 13: a refund after a remittance goes below zero).</summary>
        public long Held(string collector, string agency, bool cash) =>
            Receipts.Where(r => r.Collector == collector && r.Agency == agency && r.Cash == cash).Sum(r => r.Net)
            - Remittances.Where(r => r.Collector == collector && r.Agency == agency && r.Cash == cash).Sum(r => r.Amount);

        public IEnumerable<ModelReceipt> Unremitted(string collector, string agency, bool cash) =>
            Receipts.Where(r => r.Collector == collector && r.Agency == agency && r.Cash == cash && !r.Cancelled && !r.Remitted);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_ledger_adds_up_net_is_collected_less_cancelled_and_refunded_and_remitted_plus_held_is_net_per_agency_procedure_and_collector_R29_R60(string provider)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0, now: Start);
        var started = watch.Elapsed;
        var officers = new Officers(app);
        // The case ADR 13 names, always run: a refund after the remittance is held below zero, then taken off the next remittance.
        await RunAsync(app, officers, [new Collect(0, 0), new Collect(0, 0), new Remit(0, true, 0, false), new Refund(0, 40), new Remit(0, true, 0, false),
            new Collect(0, 0), new Remit(0, true, 1, false), new Remit(0, true, 0, false)]);
        // And with Phòng Tư pháp collecting its own fees beside the Center's: a cancellation after its remittance.
        await RunAsync(app, officers, [new Collect(0, 0), new Switch(), new Collect(0, 1), new Collect(0, 0), new Remit(0, false, 0, true), new Cancel(1),
            new Remit(0, true, 0, true), new Switch(), new Collect(0, 0)]);
        await Check.SampleAsync(AnyOp.Array[3, 10], ops => RunAsync(app, officers, ops),
            iter: 10, threads: 1, print: ops => string.Join(", ", ops));
        output.WriteLine($"started in {started.TotalSeconds:0.0} s, sampled in {(watch.Elapsed - started).TotalSeconds:0.0} s");
    }

    static async Task RunAsync(MotCuaApp app, Officers officers, Op[] ops)
    {
        // Every sample starts on an empty ledger at the same instant; the dossiers of earlier samples stay, unpaid for the ledger.
        await using (var db = app.NewDbContext())
        {
            await db.Reconciliations.ExecuteDeleteAsync();
            await db.Receipts.ExecuteDeleteAsync();
            await db.Remittances.ExecuteDeleteAsync();
        }
        await CollectOwnFeesAsync(app, false);
        app.Clock.AdjustTime(Start);
        var model = new Model();
        foreach (var op in ops)
        {
            switch (op)
            {
                case Wait wait:
                    app.Clock.Advance(TimeSpan.FromMinutes(wait.Minutes));
                    break;
                case Switch:
                    model.JusticeCollects = !model.JusticeCollects;
                    await CollectOwnFeesAsync(app, model.JusticeCollects);
                    break;
                case Collect collect:
                    await CollectAsync(app, officers, model, collect);
                    break;
                case Cancel cancel when model.Receipts.Where(r => !r.Cancelled && r.Refunded == 0).ToList() is { Count: > 0 } open:
                {
                    var receipt = open[cancel.Pick % open.Count];
                    var director = await officers.ClientAsync(receipt.Collector == Center ? "giamdoc" : "lanhdao1");
                    await (await director.ApiAsync(receipt.Dossier, "fees/cancellation", new { receiptId = receipt.Id, reason = "Thu nhầm" })).JsonAsync();
                    receipt.Cancelled = true;
                    break;
                }
                case Refund refund when model.Receipts.Where(r => !r.Cancelled && r.Refunded == 0).ToList() is { Count: > 0 } open:
                {
                    var receipt = open[refund.Pick % open.Count];
                    var amount = Math.Max(1, receipt.Total * refund.Percent / 100);
                    var director = await officers.ClientAsync(receipt.Collector == Center ? "giamdoc" : "lanhdao1");
                    await (await director.ApiAsync(receipt.Dossier, "fees/refund", new { receiptId = receipt.Id, amount, reason = "Hồ sơ dừng xử lý" })).JsonAsync();
                    receipt.Refunded = amount;
                    break;
                }
                case Remit remit:
                    await RemitAsync(app, model, remit);
                    break;
            }
            app.Clock.Advance(TimeSpan.FromMinutes(3));
        }
        await AssertLedgerAsync(app, model);
    }

    static async Task CollectAsync(MotCuaApp app, Officers officers, Model model, Collect collect)
    {
        var (code, _, total, items) = Procedures[collect.Procedure];
        var dossier = await TestDossiers.ReceiveAsync(app, code, app.Clock.GetUtcNow(), transfer: false);
        var collector = collect.Procedure == 0 && model.JusticeCollects ? Justice : Center;
        var reception = await officers.ClientAsync(collector == Center ? "tiepnhan1" : "chuyenvien1");
        var method = Methods[collect.Method];
        var paid = await (await reception.ApiAsync(dossier, "fees", new { method = method.ToString(), items })).JsonAsync();
        var payment = Assert.Single(paid["payments"]!.AsArray())!;
        Assert.Equal((total, method.ToString()), ((long)payment["total"]!, (string)payment["method"]!));
        model.Receipts.Add(new ModelReceipt(Guid.Parse((string)payment["receiptId"]!), dossier, collect.Procedure, collector, method == PaymentMethod.Cash,
            DateTimeOffset.Parse((string)payment["at"]!, System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>A remittance of exactly what is held links the receipts held; any other amount, or nothing held, changes nothing.</summary>
    static async Task RemitAsync(MotCuaApp app, Model model, Remit remit)
    {
        var agency = Procedures[remit.Agency].Agency;
        var collector = remit.Own ? agency : Center;
        var linked = model.Unremitted(collector, agency, remit.Cash).ToList();
        var amount = model.Held(collector, agency, remit.Cash) + remit.Wrong * 5_000;
        var accepted = linked.Count > 0 && remit.Wrong == 0 && amount > 0;
        using var scope = app.Services.CreateScope();
        var ledger = scope.ServiceProvider.GetRequiredService<FeeLedger>();
        var now = app.Clock.GetUtcNow();
        var (recorded, problem) = await ledger.RecordAsync(collector, new Actor("ketoan", "Kế toán", Role.CenterStaff, collector),
            new RemittanceRequest(agency, remit.Cash ? PaymentMethod.Cash : PaymentMethod.BankTransfer, amount, $"GNT-{model.Remittances.Count + 1}", now));
        Assert.True(accepted == (recorded is not null), $"{remit} of {amount} with {linked.Count} receipts held: {problem ?? "recorded"}");
        if (accepted)
        {
            model.Remittances.Add(new ModelRemittance(collector, agency, remit.Cash, amount, now));
            foreach (var receipt in linked)
                receipt.Remitted = true;
        }
        await AssertHeldAsync(app, model);
    }

    static async Task<IReadOnlyList<Held>> AssertHeldAsync(MotCuaApp app, Model model)
    {
        using var scope = app.Services.CreateScope();
        var held = await scope.ServiceProvider.GetRequiredService<FeeLedger>().HeldAsync(null);
        var expected = Ledgers.SelectMany(l => new[] { true, false }.Select(cash => (l.Collector, l.Agency, Cash: cash)))
            .Select(k => (k.Collector, k.Agency, k.Cash, Unremitted: model.Unremitted(k.Collector, k.Agency, k.Cash).ToList(), Amount: model.Held(k.Collector, k.Agency, k.Cash)))
            .Where(k => k.Unremitted.Count > 0 || k.Amount != 0)
            .Select(k => $"{k.Collector}/{k.Agency}/{(k.Cash ? "cash" : "account")}: {k.Unremitted.Count} receipts, {k.Amount} đ"
                + (k.Unremitted.Count > 0 ? $" since {k.Unremitted.Min(r => r.CollectedAt).UtcTicks}" : ""))
            .Order().ToList();
        var actual = held
            .Select(h => $"{h.CollectorUnitId}/{h.AgencyId}/{(h.Cash ? "cash" : "account")}: {h.Receipts} receipts, {h.Amount} đ"
                + (h.Receipts > 0 ? $" since {h.Oldest.UtcTicks}" : ""))
            .Order().ToList();
        Assert.Equal(expected, actual);
        return held;
    }

    /// <summary>Each agency's months as <see cref="FeeLedger.MonthAsync"/> gives them, line by line against the model, and the sums across months against what is held.</summary>
    static async Task AssertLedgerAsync(MotCuaApp app, Model model)
    {
        var held = await AssertHeldAsync(app, model);
        using var scope = app.Services.CreateScope();
        var ledger = scope.ServiceProvider.GetRequiredService<FeeLedger>();
        await using var db = app.NewDbContext();
        var calendar = (await scope.ServiceProvider.GetRequiredService<LocalitySource>().GetAsync(db)).Calendar;
        var months = new List<DateOnly>();
        for (var m = new DateOnly(Start.Year, Start.Month, 1); m <= calendar.LocalDate(app.Clock.GetUtcNow()); m = m.AddMonths(1))
            months.Add(m);
        foreach (var (collector, agency) in Ledgers)
        {
            long net = 0, remitted = 0;
            foreach (var month in months)
            {
                bool InMonth(DateTimeOffset at) => calendar.LocalDate(at) is var d && d.Year == month.Year && d.Month == month.Month;
                var figures = await ledger.MonthAsync(agency, collector, month.Year, month.Month);
                var receipts = model.Receipts.Where(r => r.Collector == collector && r.Agency == agency && InMonth(r.CollectedAt)).ToList();
                var expectedLines = receipts.GroupBy(r => Procedures[r.Procedure].Code).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => $"{collector}/{agency} {month:MM/yyyy} {g.Key}: {g.Count()} receipts, collected {g.Sum(r => r.Total)}, cancelled {g.Where(r => r.Cancelled).Sum(r => r.Total)}, "
                        + $"refunded {g.Where(r => !r.Cancelled).Sum(r => r.Refunded)}, net {g.Sum(r => r.Net)}").ToList();
                var lines = figures.Procedures
                    .Select(p => $"{collector}/{agency} {month:MM/yyyy} {p.ProcedureCode}: {p.Receipts} receipts, collected {p.Collected}, cancelled {p.Cancelled}, refunded {p.Refunded}, net {p.Net}")
                    .ToList();
                Assert.Equal(expectedLines, lines);
                Assert.Equal(receipts.Sum(r => r.Net), figures.Net);
                Assert.Equal(figures.Collected - figures.Cancelled - figures.Refunded, figures.Net);
                Assert.Equal(model.Remittances.Where(r => r.Collector == collector && r.Agency == agency && InMonth(r.At)).Sum(r => r.Amount), figures.Remitted);
                Assert.Equal(receipts.Where(r => !r.Cancelled && !r.Remitted).Sum(r => r.Net), figures.Outstanding);
                Assert.Equal(figures.Net - figures.Remitted, figures.Difference);
                net += figures.Net;
                remitted += figures.Remitted;
            }
            // Over all months, by the ledger's own figures: remitted + held = net (R60).
            Assert.Equal(model.Receipts.Where(r => r.Collector == collector && r.Agency == agency).Sum(r => r.Net), net);
            Assert.Equal(net, remitted + held.Where(h => h.CollectorUnitId == collector && h.AgencyId == agency).Sum(h => h.Amount));
        }
    }

    /// <summary>Each (collector, agency) ledger the sequences can fill: the Center's for every agency, and Phòng Tư pháp's own.</summary>
    static readonly (string Collector, string Agency)[] Ledgers = [.. Procedures.Select(p => (Center, p.Agency)).Distinct(), (Justice, Justice)];

    /// <summary>Phòng Tư pháp's choice of collector, as the administrator's page saves it (R29).</summary>
    static async Task CollectOwnFeesAsync(MotCuaApp app, bool own)
    {
        await using var db = app.NewDbContext();
        var unit = await db.Units.SingleAsync(u => u.Id == Justice);
        unit.FeeCollector = own ? FeeCollector.Agency : null;
        await db.SaveChangesAsync();
        app.Services.GetRequiredService<LocalitySource>().Invalidate();
    }

    /// <summary>Bearer tokens for the officers' API, taken again when the clock has moved (they expire on the app's clock).</summary>
    sealed class Officers(MotCuaApp app)
    {
        readonly Dictionary<string, (HttpClient Client, DateTimeOffset At)> _clients = [];

        public async Task<HttpClient> ClientAsync(string userName)
        {
            var now = app.Clock.GetUtcNow();
            if (_clients.TryGetValue(userName, out var known) && known.At <= now && now - known.At < TimeSpan.FromHours(1))
                return known.Client;
            known.Client?.Dispose();
            var client = await app.WithTokenAsync(userName);
            _clients[userName] = (client, now);
            return client;
        }
    }
}
