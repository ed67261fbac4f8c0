using MotCua.Domain.Fees;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Profiles;
using MotCua.Domain.Time;

namespace MotCua.Tests.Data;

public class PersistenceTests
{
    static readonly WorkingCalendar Calendar = StateCalendars.VietnamStateBodiesCalendar;
    static readonly Locality Locality = new(LocalityProfiles.Default, Calendar);
    static readonly Actor Reception = new("rec", "Nguyễn Thị Lan", Role.Reception, "C");
    static readonly Actor Processor = new("pro", "Lê Văn Cường", Role.Processor, "A");

    static DateTimeOffset Local(string text) => Calendar.AtLocal(DateOnly.Parse(text[..10]), TimeOnly.Parse(text[11..]));

    static Procedure NewProcedure()
    {
        var procedure = new Procedure("1.001193", "Thủ tục đăng ký khai sinh", "Hộ tịch", ProcedureLevel.Commune, "A", ["B"]);
        var outcome = procedure.AddVersion(new ProcedureVersion(
            new DateOnly(2025, 7, 1),
            [new Component("Tờ khai đăng ký khai sinh", 1, 0, Template: "Mẫu TK"), new Component("Giấy chứng sinh", 1, 0)],
            [new ProcedureCase("Đúng hạn", TimeLimit.WorkingDays(3))],
            [
                new Fee("Lệ phí", 8_000, "Miễn cho hộ nghèo") { Reductions = [new FeeReduction("Hộ nghèo", 100, "Nghị quyết 12/2025/NQ-HĐND")] },
                new Fee("Phí cấp bản sao, mỗi bản", 3_000) { Kind = FeeKind.Fee, PerUnit = "bản", OnRequest = true, Timing = FeeTiming.OnReturn },
            ],
            new HashSet<Channel> { Channel.InPerson, Channel.Online },
            new HashSet<Channel> { Channel.InPerson, Channel.Post },
            [
                new WorkflowStep("Thẩm định", Role.Processor, TimeLimit.WorkingDays(2), new HashSet<WorkflowAction> { WorkflowAction.Forward, WorkflowAction.RequestSupplement }),
                new WorkflowStep("Ghi kết quả", Role.Processor, TimeLimit.WorkingHours(4), new HashSet<WorkflowAction> { WorkflowAction.RecordResult, WorkflowAction.SendBack }),
            ],
            "Giấy khai sinh",
            ["Luật Hộ tịch 2014"],
            DailyCutOff: new TimeOnly(15, 0)));
        Assert.True(outcome.Succeeded, outcome.ToString());
        return procedure;
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_dossier_with_its_clock_history_and_supplement_survives_a_round_trip_R13_R45(string provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using (var db = database.NewContext())
        {
            var procedure = NewProcedure();
            db.Procedures.Add(procedure);
            var dossier = Dossier.Receive(DossierCode.Parse("A-261123-0001"), "C", procedure, "Đúng hạn",
                TestApplicants.Individual("Đỗ Thị Hoa", "Số 5, phường Đức Xuân"),
                [new SubmittedComponent("Tờ khai đăng ký khai sinh", 1, 0), new SubmittedComponent("Giấy chứng sinh", 1, 0)],
                Channel.InPerson, Channel.Post, Reception, Local("2026-11-23T10:00"), Locality).Value!;
            Assert.True(dossier.CollectFees([], null, PaymentMethod.Cash, Reception, Local("2026-11-23T10:03"), Locality).Succeeded);
            Assert.True(dossier.Transfer(Reception, Local("2026-11-23T10:05"), Locality).Succeeded);
            Assert.True(dossier.RequestSupplement(["Giấy chứng sinh bản chính"], "Bản chụp mờ", Processor, Local("2026-11-24T09:00"), Locality).Succeeded);
            db.Dossiers.Add(dossier);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var dossier = await db.Dossiers.Include(d => d.Version).Include(d => d.Procedure).Include(d => d.History)
                .SingleAsync(d => d.Code == DossierCode.Parse("A-261123-0001"));
            Assert.Equal(DossierState.SupplementRequested, dossier.State);
            Assert.Equal("Đỗ Thị Hoa", dossier.Applicant.Name);
            Assert.Equal(Channel.Post, dossier.ResultChannel);
            Assert.Equal(4, dossier.History.Count);
            Assert.Equal(("Lê Văn Cường", Role.Processor), (dossier.History[3].By.Name, dossier.History[3].By.Role));
            Assert.Equal(["Giấy chứng sinh bản chính"], dossier.History[3].Documents);
            Assert.True(dossier.Clock!.IsPaused);
            Assert.Equal(Local("2026-11-23T10:00"), dossier.Clock.ReceivedAt);
            Assert.Equal(Local("2026-11-27T17:00"), dossier.OriginalDue); // 24/11 is a holiday in the state calendar
            Assert.Single(dossier.Supplements);
            Assert.Equal(new TimeOnly(15, 0), dossier.Version.DailyCutOff);
            Assert.Contains(WorkflowAction.RequestSupplement, dossier.Version.Workflow[0].Actions);
            Assert.Equal(8_000, dossier.Version.Fees[0].AmountVnd);
            Assert.Equal("Nghị quyết 12/2025/NQ-HĐND", dossier.Version.Fees[0].Reductions.Single().LegalBasis);
            Assert.Equal((FeeKind.Fee, FeeTiming.OnReturn, "bản", true), (dossier.Version.Fees[1].Kind, dossier.Version.Fees[1].Timing, dossier.Version.Fees[1].PerUnit, dossier.Version.Fees[1].OnRequest));
            // The fee paid before processing survives the round trip, with who collects (R29).
            Assert.Equal((8_000L, PaymentMethod.Cash, FeeTiming.BeforeProcessing), (dossier.Payments.Single().Total, dossier.Payments.Single().Method, dossier.Payments.Single().Timing));
            Assert.Equal(FeeCollector.Center, dossier.FeeCollector);
            Assert.Null(dossier.FeesDueNow);
            Assert.Equal(["B"], dossier.Procedure.CoordinatingAgencyIds);

            // The loaded aggregate keeps working: the Center notifies, the applicant completes, the clock restarts.
            Assert.True(dossier.NotifySupplement(Reception, Local("2026-11-24T10:00")).Succeeded);
            Assert.True(dossier.Resubmit([new SubmittedComponent("Giấy chứng sinh", 1, 0)], Reception, Local("2026-11-25T08:00"), Locality).Succeeded);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var dossier = await db.Dossiers.Include(d => d.Version).Include(d => d.Procedure).Include(d => d.History).SingleAsync();
            Assert.Equal(DossierState.InProcessing, dossier.State);
            Assert.Equal(6, dossier.History.Count);
            Assert.Equal([ClockSegmentKind.Running, ClockSegmentKind.Paused, ClockSegmentKind.Restarted], dossier.Clock!.Segments.Select(s => s.Kind));
            Assert.Equal(Local("2026-11-25T08:00"), dossier.Supplements[0].CompletedAt);
            Assert.Equal(Local("2026-11-30T17:00"), dossier.Due); // 3 working days from Thursday 26: the clock restarted
            Assert.Equal(1, db.Entry(dossier).Property<int>(MotCuaDbContext.RowVersion).CurrentValue); // one save after creation
        }
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Instants_compare_as_instants_whatever_offset_they_were_written_or_asked_with_R42(string provider)
    {
        await using var database = await TestDatabase.Create(provider);
        var tenLocal = Local("2026-11-23T10:00"); // 03:00 UTC, written with +07:00
        await using (var db = database.NewContext())
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord { Key = "local", DossierCode = DossierCode.Parse("A-261123-0001"), CreatedAt = tenLocal });
            db.IdempotencyRecords.Add(new IdempotencyRecord { Key = "utc", DossierCode = DossierCode.Parse("B-261123-0001"), CreatedAt = tenLocal.AddHours(1).ToUniversalTime() });
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext())
        {
            // A period asked in UTC and one asked in local time find the same rows, in the same order.
            var fromUtc = new DateTimeOffset(2026, 11, 23, 2, 30, 0, TimeSpan.Zero);
            var toLocal = new DateTimeOffset(2026, 11, 23, 10, 30, 0, TimeSpan.FromHours(7));
            Assert.Equal(["local"], await db.IdempotencyRecords.Where(r => r.CreatedAt >= fromUtc && r.CreatedAt < toLocal).Select(r => r.Key).ToListAsync());
            Assert.Equal(["local", "utc"], await db.IdempotencyRecords.OrderBy(r => r.CreatedAt).Select(r => r.Key).ToListAsync());
            Assert.Equal(tenLocal, (await db.IdempotencyRecords.SingleAsync(r => r.Key == "local")).CreatedAt);
        }
    }

    [Fact]
    public async Task A_SQLite_file_that_kept_instants_with_their_offset_has_them_rewritten_in_UTC_by_its_migration_R42()
    {
        var file = Path.Combine(Path.GetTempPath(), $"motcua-old-{Guid.NewGuid():N}.db");
        var options = Database.Options(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False");
        try
        {
            var tenLocal = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(7));
            await using (var db = new MotCuaDbContext(options))
            {
                await db.GetService<IMigrator>().MigrateAsync("IssuedFormsAndFiles");
                // As EF's own converter wrote it: the local ticks, and +420 minutes in the low bits.
                var old = ((tenLocal.Ticks / 1000) << 11) | 420;
                await db.Database.ExecuteSqlAsync($"INSERT INTO \"IdempotencyRecords\" (\"Key\", \"DossierCode\", \"CreatedAt\") VALUES ('old', 'A-261123-0001', {old})");
                await db.Database.MigrateAsync();
            }
            await using (var db = new MotCuaDbContext(options))
            {
                var before = new DateTimeOffset(2026, 11, 23, 3, 30, 0, TimeSpan.Zero);
                Assert.Equal(["old"], await db.IdempotencyRecords.Where(r => r.CreatedAt < before).Select(r => r.Key).ToListAsync());
                Assert.Equal(tenLocal, (await db.IdempotencyRecords.SingleAsync()).CreatedAt);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Two_officers_collecting_on_the_same_dossier_at_once_record_one_payment_and_the_other_is_refused_R13_R29(string provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using (var db = database.NewContext())
        {
            var procedure = NewProcedure();
            db.Procedures.Add(procedure);
            db.Dossiers.Add(Dossier.Receive(DossierCode.Parse("A-261123-0002"), "C", procedure, "Đúng hạn", TestApplicants.Individual("Đỗ Thị Hoa", "Hà Nội"),
                [new SubmittedComponent("Tờ khai đăng ký khai sinh", 1, 0), new SubmittedComponent("Giấy chứng sinh", 1, 0)],
                Channel.InPerson, Channel.InPerson, Reception, Local("2026-11-23T10:00"), Locality).Value!);
            await db.SaveChangesAsync();
        }

        await using var first = database.NewContext();
        await using var second = database.NewContext();
        var a = await first.Dossiers.Include(d => d.Version).Include(d => d.History).SingleAsync();
        var b = await second.Dossiers.Include(d => d.Version).Include(d => d.History).SingleAsync();
        // Two cashiers take the same fee at once (R29): one payment is recorded.
        Assert.True(a.CollectFees([], null, PaymentMethod.Cash, Reception, Local("2026-11-23T10:05"), Locality).Succeeded);
        Assert.True(b.CollectFees([], null, PaymentMethod.BankTransfer, Reception with { Id = "rec2", Name = "Trần Văn Bình" }, Local("2026-11-23T10:06"), Locality).Succeeded);
        await first.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = database.NewContext();
        var saved = await check.Dossiers.Include(d => d.History).SingleAsync();
        Assert.Equal(2, saved.History.Count);
        Assert.Equal("Nguyễn Thị Lan", saved.History[1].By.Name);
        Assert.Equal(PaymentMethod.Cash, saved.Payments.Single().Method);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_model_has_no_changes_missing_from_the_migrations(string provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var db = database.NewContext();
        Assert.False(db.Database.HasPendingModelChanges(), $"Run scripts/add-migration: the {provider} migrations lag behind the model.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
