using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using MotCua.Data;
using MotCua.Data.Fees;
using MotCua.Domain.Fees;
using MotCua.Features.Demo;
using System.Net.Http.Json;
using MotCua.Tests.Exceptions;
using MotCua.Tests.Processing;

namespace MotCua.Tests.Remittances;

public sealed class RemittanceTests
{
    static readonly string Agency = DemoCatalog.Justice.Id;
    static readonly string Center = DemoCatalog.Center.Id;
    static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>
    /// October 2026, the Center collecting for Phòng Tư pháp: 380.000 đ issued, 50.000 đ cancelled,
    /// 20.000 đ refunded, so 310.000 đ net: 130.000 đ in cash, 180.000 đ by transfer.
    /// </summary>
    internal static async Task SeedOctoberAsync(MotCuaDbContext db)
    {
        var number = 900_000;
        Receipt Make(string procedure, long total, PaymentMethod method, int day, int month = 10) => new()
        {
            Id = Guid.NewGuid(), Template = "01BLP", Series = "BL26E", Year = 2026, Number = ++number, CollectorUnitId = Center, AgencyId = Agency,
            ProcedureCode = procedure, DossierCode = new MotCua.Domain.Codes.DossierCode("TEST", new DateOnly(2026, 11, 2), number), HistorySequence = 1, Payer = "Nguyễn Văn An", Items = [], Total = total, Method = method,
            CollectedAt = new DateTimeOffset(2026, month, day, 9, 0, 0, Vietnam), CollectedById = "test", CollectedByName = "Cán bộ thu",
        };
        var cancelled = Make("1.004873", 50_000, PaymentMethod.Cash, 6);
        cancelled.CancelledAt = new DateTimeOffset(2026, 10, 6, 10, 0, 0, Vietnam);
        var refunded = Make("1.004873", 200_000, PaymentMethod.BankTransfer, 7);
        refunded.Refunded = 20_000;
        // November's money is not October's.
        var november = Make("1.004873", 70_000, PaymentMethod.Cash, 2, month: 11);
        db.Receipts.AddRange(Make("1.004873", 100_000, PaymentMethod.Cash, 5), cancelled, refunded, Make("2.000528", 30_000, PaymentMethod.Cash, 8), november);
        await db.SaveChangesAsync();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_collector_records_a_remittance_of_exactly_what_it_holds_and_the_month_adds_up_in_the_page_the_xlsx_and_the_pdf_confirmed_once_R29_R60(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        await using (var db = app.NewDbContext())
            await SeedOctoberAsync(db);
        var collector = await app.SignedIn("giamsat");

        var held = await collector.ReadAsync("/nop-tien-phi");
        Assert.Contains("200.000 đ", held); // cash held: 100.000 + 30.000 in October, 70.000 in November

        // A wrong amount is refused with the difference; nothing is linked.
        var fields = new Dictionary<string, string>
        {
            ["Agency"] = Agency, ["Method"] = "Cash", ["Amount"] = "120000", ["Reference"] = "GNT-2026-10-31", ["RemittedAt"] = "2026-10-30T16:00",
        };
        var wrong = await collector.PostFormAsync("/nop-tien-phi", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("chênh lệch -10.000 đ", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()));

        fields["Amount"] = "130000";
        var recorded = await collector.PostFormAsync("/nop-tien-phi", fields);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Contains("Đã ghi nhận nộp 130.000 đ", await collector.ReadAsync("/nop-tien-phi"));
        await using (var db = app.NewDbContext())
        {
            var remittance = await db.Remittances.SingleAsync();
            Assert.Equal((Center, Agency, 130_000L), (remittance.CollectorUnitId, remittance.AgencyId, remittance.Amount));
            Assert.Equal(2, await db.Receipts.CountAsync(r => r.RemittanceId == remittance.Id));
        }

        // The month: net = collected − cancelled − refunded; remitted + still held = net.
        var page = await collector.ReadAsync($"/doi-soat-phi?agency={Agency}&month=2026-10");
        Assert.Contains("Thực thu (đã thu − đã hủy − đã hoàn trả)", page);
        Assert.Contains("310.000 đ", page);
        await using (var db = app.NewDbContext())
        {
            var ledger = new MotCua.Features.Remittances.FeeLedger(db, app.Services.GetRequiredService<MotCua.Platform.LocalitySource>(), app.Clock);
            var month = await ledger.MonthAsync(Agency, Center, 2026, 10);
            Assert.Equal((4, 380_000L, 50_000L, 20_000L, 310_000L), (month.Receipts, month.Collected, month.Cancelled, month.Refunded, month.Net));
            Assert.Equal(month.Collected - month.Cancelled - month.Refunded, month.Net);
            Assert.Equal((130_000L, 180_000L), (month.Remitted, month.Outstanding));
            Assert.Equal(month.Net, month.Remitted + month.Outstanding);
            Assert.Equal(month.Net, month.Procedures.Sum(p => p.Net));
        }

        // The spreadsheet opens and carries the same totals.
        var xlsx = await collector.GetAsync($"/doi-soat-phi/xlsx?agency={Agency}&month=2026-10");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using (var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()))
        {
            var totals = stream.Query(useHeaderRow: true, sheetName: "Tổng hợp").Cast<IDictionary<string, object>>()
                .ToDictionary(r => (string)r["Khoản"], r => Convert.ToInt64(r["Số tiền (đồng)"], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(310_000, totals["Thực thu (đã thu − đã hủy − đã hoàn trả)"]);
            Assert.Equal(130_000, totals["Đã nộp trong tháng"]);
            Assert.Equal(180_000, totals["Đơn vị thu còn giữ"]);
            var procedures = stream.Query(useHeaderRow: true, sheetName: "Theo thủ tục").Cast<IDictionary<string, object>>().ToList();
            Assert.Equal(310_000, procedures.Sum(r => Convert.ToInt64(r["Thực thu"], System.Globalization.CultureInfo.InvariantCulture)));
        }
        var pdf = await collector.GetAsync($"/doi-soat-phi/pdf?agency={Agency}&month=2026-10");
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));

        // Only the agency's leader confirms, and only once.
        var leader = await app.SignedIn("lanhdao1");
        var url = $"/doi-soat-phi/confirm?agency={Agency}&month=2026-10";
        var form = $"/doi-soat-phi?agency={Agency}&month=2026-10";
        Assert.Equal(HttpStatusCode.Redirect, (await leader.PostFormAsync(url, new() { ["Note"] = "Khớp sổ kế toán" }, form)).StatusCode);
        var again = await leader.PostFormAsync(url, new() { ["Note"] = "Lần hai" }, form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("đã được", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        await using (var db = app.NewDbContext())
        {
            var confirmed = await db.Reconciliations.SingleAsync();
            Assert.Equal((Agency, Center, 2026, 10, 380_000L, 130_000L), (confirmed.AgencyId, confirmed.CollectorUnitId, confirmed.Year, confirmed.Month, confirmed.Collected, confirmed.Remitted));
        }
        Assert.Contains("Đã xác nhận", await leader.ReadAsync(form));
        // Another agency's officer learns nothing of it.
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedIn("lanhdao2")).GetAsync(form)).StatusCode);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_officers_API_lists_money_due_records_a_remittance_reads_the_month_and_confirms_it_once_R29_R60(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        await using (var db = app.NewDbContext())
            await SeedOctoberAsync(db);
        var collector = await app.SignedIn("giamsat");

        var due = (await (await collector.GetAsync("/api/v1/officer/remittances/due")).JsonAsync()).AsArray();
        Assert.Equal([180_000L, 200_000L], due.Select(h => (long)h!["amount"]!).Order());

        var wrong = await collector.PostAsJsonAsync("/api/v1/officer/remittances",
            new { agencyId = Agency, method = "BankTransfer", amount = 100_000, reference = "UNC-01", remittedAt = "2026-10-30T16:00:00+07:00" });
        Assert.Contains("chênh lệch -80.000 đ", (string)(await wrong.JsonAsync(HttpStatusCode.UnprocessableEntity))["detail"]!);
        var recorded = await (await collector.PostAsJsonAsync("/api/v1/officer/remittances",
            new { agencyId = Agency, method = "BankTransfer", amount = 180_000, reference = "UNC-01", remittedAt = "2026-10-30T16:00:00+07:00" })).JsonAsync();
        Assert.Equal(180_000, (long)recorded["amount"]!);

        var month = await (await collector.GetAsync($"/api/v1/officer/reconciliations/{Agency}/2026-10")).JsonAsync();
        Assert.Equal((310_000L, 180_000L, 130_000L, 130_000L), ((long)month["net"]!, (long)month["remitted"]!, (long)month["outstanding"]!, (long)month["difference"]!));
        Assert.Equal((long)month["collected"]! - (long)month["cancelled"]! - (long)month["refunded"]!, (long)month["net"]!);

        // The collector does not confirm; the agency's leader does, once.
        await (await collector.PostAsJsonAsync($"/api/v1/officer/reconciliations/{Agency}/2026-10/confirm", new { })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        var leader = await app.SignedIn("lanhdao1");
        var confirmed = await (await leader.PostAsJsonAsync($"/api/v1/officer/reconciliations/{Agency}/2026-10/confirm", new { note = "Khớp" })).JsonAsync();
        Assert.Equal("Khớp", (string)confirmed["note"]!);
        await (await leader.PostAsJsonAsync($"/api/v1/officer/reconciliations/{Agency}/2026-10/confirm", new { })).JsonAsync(HttpStatusCode.Conflict);
        await (await (await app.SignedIn("lanhdao2")).GetAsync($"/api/v1/officer/reconciliations/{Agency}/2026-10")).JsonAsync(HttpStatusCode.NotFound);
        await using var read = app.NewDbContext();
        Assert.Equal(1, await read.Reconciliations.CountAsync());
    }
}
