using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain;
using MotCua.Domain.Codes;
using MotCua.Features.Shared;
using MotCua.Platform;
using MotCua.Tests.Processing;
using MotCua.Tests.Reception;

namespace MotCua.Tests.Forms;

/// <summary>Mẫu 02 and Mẫu 04 as PDFs built from the history rows that issued them, read back with pdftotext.</summary>
public class NoticePdfTests
{
    static async Task<string> PdfAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = await ReceiptPdfTests.PdfText(await response.Content.ReadAsByteArrayAsync());
        return Regex.Replace(text.Normalize(System.Text.NormalizationForm.FormC), @"\s+", " ");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_supplement_request_and_the_apology_print_as_their_national_forms_R15_R18_R51(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var now = MotCuaApp.DefaultNow;
        var supplemented = await TestDossiers.ReceiveAsync(app, "1.004873", now.AddHours(-1));
        var apologized = await TestDossiers.ReceiveAsync(app, "1.004873", now.AddHours(-1), applicant: "Lý Văn Bảy");
        DateTimeOffset newDue;
        await using (var db = app.NewDbContext())
        {
            var locality = await app.Services.GetRequiredService<LocalitySource>().GetAsync(db);
            var processor = await Desk.ActorAsync(db, "chuyenvien1", Role.Processor);
            var leader = await Desk.ActorAsync(db, "lanhdao1", Role.AgencyLeader);
            var first = await db.Dossiers.Whole().SingleAsync(d => d.Code == DossierCode.Parse(supplemented));
            Assert.True(first.RequestSupplement(["Bản sao Giấy chứng tử có chứng thực", "Tờ khai có chữ ký của người yêu cầu"],
                "Giấy tờ đã nộp bị mờ", processor, now, locality).Succeeded);
            var second = await db.Dossiers.Whole().SingleAsync(d => d.Code == DossierCode.Parse(apologized));
            newDue = second.Due!.Value.AddDays(7);
            Assert.True(second.ProposeApology("Chờ kết quả xác minh của Công an xã", newDue, processor, now, locality).Succeeded);
            Assert.True(second.ApproveApology(leader, now.AddMinutes(30), locality).Succeeded);
            await db.SaveChangesAsync();
        }
        var client = await app.SignedIn("chuyenvien1");

        var request = await PdfAsync(client, $"/bieu-mau/{supplemented}/mau-02");
        foreach (var fact in new[]
        {
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", $"Mã hồ sơ: {supplemented}", "Hồ sơ của: Đỗ Thị Hoa",
            "1. Bản sao Giấy chứng tử có chứng thực", "2. Tờ khai có chữ ký của người yêu cầu", "Lý do: Giấy tờ đã nộp bị mờ",
            "ngày 23 tháng 11 năm 2026", "NGƯỜI HƯỚNG DẪN", "Hoàng Văn Nam",
        })
            Assert.Contains(fact, request);

        var apology = await PdfAsync(client, $"/bieu-mau/{apologized}/mau-04");
        foreach (var fact in new[]
        {
            "PHÒNG TƯ PHÁP HUYỆN VĨNH", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Kính gửi: Ông/Bà Lý Văn Bảy", $"mã số: {apologized}",
            "Lý do: Chờ kết quả xác minh của Công an xã", $"ngày {newDue.ToOffset(TimeSpan.FromHours(7)):dd} tháng {newDue.ToOffset(TimeSpan.FromHours(7)):MM}",
            "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", "Trương Văn Hùng",
        })
            Assert.Contains(fact, apology);

        // No such row in the history, no such form; and nothing for an officer outside the dossier's units.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/bieu-mau/{supplemented}/mau-04")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/bieu-mau/{supplemented}/mau-99")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedIn("chuyenvien2")).GetAsync($"/bieu-mau/{apologized}/mau-04")).StatusCode);
    }
}
