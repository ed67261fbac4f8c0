using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Features.Demo;
using MotCua.Features.Reception;
using MotCua.Features.Shared;
using MotCua.Platform;
using MotCua.Tests.Processing;
using static MotCua.Tests.Exceptions.ExceptionDesk;

namespace MotCua.Tests.Forms;

/// <summary>Issued forms are kept as first printed (R52), and the refusal and stop forms carry the dossier's facts (R8, R17, R51).</summary>
public class IssuedFormTests
{
    static async Task<byte[]> PdfBytesAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    static async Task<string> TextOf(byte[] pdf) =>
        Regex.Replace((await ReceiptPdfTests.PdfText(pdf)).Normalize(System.Text.NormalizationForm.FormC), @"\s+", " ");

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_form_is_stored_at_its_first_print_with_number_signer_and_version_and_reprints_byte_for_byte_R52(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var first = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9));
        var second = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9), applicant: "Lý Văn Bảy");
        var reception = await app.As("tiepnhan1");

        var printed = await PdfBytesAsync(reception, $"/bieu-mau/{first}/mau-01");
        Assert.Contains("Số: 1/TNHS", await TextOf(printed));
        Assert.Contains("Số: 2/TNHS", await TextOf(await PdfBytesAsync(reception, $"/bieu-mau/{second}/mau-01")));

        // What the form was drawn from changes: the Center is renamed, the agency grants a new date.
        await using (var db = app.NewDbContext())
        {
            (await db.Units.SingleAsync(u => u.Id == DemoCatalog.Center.Id)).Name = "Trung tâm Phục vụ hành chính công mới";
            var locality = await app.Services.GetRequiredService<LocalitySource>().GetAsync(db);
            var dossier = await db.Dossiers.Whole().SingleAsync(d => d.Code == DossierCode.Parse(first));
            var processor = await Reception.Desk.ActorAsync(db, "chuyenvien1", Role.Processor);
            var leader = await Reception.Desk.ActorAsync(db, "lanhdao1", Role.AgencyLeader);
            Assert.True(dossier.ProposeApology("Chờ xác minh", dossier.Due!.Value.AddDays(7), processor, Local(24, 9), locality).Succeeded);
            Assert.True(dossier.ApproveApology(leader, Local(24, 10), locality).Succeeded);
            await db.SaveChangesAsync();
        }
        app.MoveTo(Local(24, 11));

        // The reprint, by another officer of the dossier, is the same document to the byte.
        var agency = await app.As("chuyenvien1");
        Assert.Equal(printed, await PdfBytesAsync(agency, $"/bieu-mau/{first}/mau-01"));
        Assert.StartsWith("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG HUYỆN VĨNH AN", await ReceiptPdfTests.HeaderUnit(printed));
        Assert.DoesNotContain("mới", await TextOf(printed));

        await using (var db = app.NewDbContext())
        {
            var stored = await db.IssuedForms.SingleAsync(f => f.DossierCode == DossierCode.Parse(first));
            Assert.Equal(("mau-01", "1/TNHS", "Nguyễn Thị Lan", DemoCatalog.Center.Id, 1), (stored.Form, stored.Number, stored.SignerName, stored.UnitId, stored.HistorySequence));
            Assert.Equal(Local(23, 9), stored.IssuedAt);
            Assert.Contains("TT 03/2025/TT-VPCP", stored.RuleVersion);
            Assert.Contains((await db.Settings.SingleAsync()).ActiveProfileId, stored.RuleVersion);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(printed)), stored.Sha256);
            Assert.Equal(printed.Length, stored.Size);
            // The dossier page lists it with its number, signer and hash, for an inspector to check a paper copy against.
            var page = await agency.ReadAsync($"/ho-so/{first}");
            Assert.Matches($"1/TNHS</td>\\s*<td>Nguyễn Thị Lan</td>", page);
            Assert.Contains(stored.Sha256[..16], page);
        }

        // The apology printed after the rename is drawn with the new name, and kept from then on.
        var apology = await PdfBytesAsync(agency, $"/bieu-mau/{first}/mau-04");
        Assert.Contains("Số: 1/PXL", await TextOf(apology));
        Assert.Equal(apology, await PdfBytesAsync(await app.As("tiepnhan1"), $"/bieu-mau/{first}/mau-04"));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_counter_refusal_the_agency_refusal_and_the_stop_notice_print_as_their_forms_R8_R17_R51(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        string counterRefused;
        await using (var db = app.NewDbContext())
        {
            var locality = await app.Services.GetRequiredService<LocalitySource>().GetAsync(db);
            var procedure = await db.Procedures.Include(p => p.Versions).SingleAsync(p => p.Code == MaritalStatus);
            var reception = await Reception.Desk.ActorAsync(db, "tiepnhan1", Role.Reception);
            var code = await DossierCodes.NextAsync(db, procedure, locality.Calendar, Local(23, 9));
            var refused = Dossier.RefuseAtCounter(code, DemoCatalog.Center.Id, procedure, procedure.Versions[0].Cases[0].Name,
                TestApplicants.Individual("Phan Thị Mai", "Thôn Đông, xã Vĩnh Hòa, huyện Vĩnh An", "0987654321", "mai@example.vn", "001190054321"),
                "Yêu cầu thuộc thẩm quyền của Ủy ban nhân dân cấp tỉnh", reception, Local(23, 9), locality);
            db.Dossiers.Add(refused.Value!);
            await db.SaveChangesAsync();
            counterRefused = refused.Value!.Code.ToString();
        }
        var agencyRefused = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9), applicant: "Lý Văn Bảy");
        var stopped = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9), applicant: "Trần Văn Cường");
        app.MoveTo(Local(24, 9));
        var processor = await app.As("chuyenvien1");
        var center = await app.As("tiepnhan1");
        await processor.PostPageAsync($"/ho-so/{agencyRefused}", "Refuse", new() { ["Text"] = "Người yêu cầu đang có vợ theo sổ hộ tịch" });
        await center.PostPageAsync($"/ho-so/{stopped}/dung-giai-quyet", null, new() { ["Reason"] = "Người nộp có đơn xin dừng để bổ sung giấy tờ khác" });

        var counter = await TextOf(await PdfBytesAsync(center, $"/bieu-mau/{counterRefused}/mau-03"));
        foreach (var fact in new[]
        {
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", $"Mã hồ sơ: {counterRefused}", "Số: 1/PTC",
            "Tiếp nhận hồ sơ của: Phan Thị Mai", "Số định danh cá nhân/tổ chức: 001190054321", "Địa chỉ: Thôn Đông, xã Vĩnh Hòa, huyện Vĩnh An",
            "Yêu cầu thuộc thẩm quyền của Ủy ban nhân dân cấp tỉnh", "Xin thông báo cho Ông/Bà được biết và thực hiện./.",
            "Vĩnh An, ngày 23 tháng 11 năm 2026", "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Nguyễn Thị Lan",
        })
            Assert.Contains(fact, counter);

        var refusal = await TextOf(await PdfBytesAsync(processor, $"/bieu-mau/{agencyRefused}/tu-choi"));
        foreach (var fact in new[]
        {
            "PHIẾU TỪ CHỐI GIẢI QUYẾT HỒ SƠ", "Số: 1/TCGQ", "Kính gửi: Ông/Bà Lý Văn Bảy", $"mã số: {agencyRefused}",
            "Người yêu cầu đang có vợ theo sổ hộ tịch", "Vĩnh An, ngày 24 tháng 11 năm 2026", "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", "Hoàng Văn Nam",
        })
            Assert.Contains(fact, refusal);

        var stop = await TextOf(await PdfBytesAsync(center, $"/bieu-mau/{stopped}/mau-05"));
        foreach (var fact in new[]
        {
            "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", "Số: 1/TBD", "Kính gửi: Ông/Bà Trần Văn Cường", $"mã số: {stopped}",
            "Người nộp có đơn xin dừng để bổ sung giấy tờ khác", "09 giờ 00 phút, ngày 24 tháng 11 năm 2026", "Phòng Tư pháp huyện Vĩnh An",
        })
            Assert.Contains(fact, stop);

        // A form the history did not issue is not there; another Center's officer sees none.
        Assert.Equal(HttpStatusCode.NotFound, (await center.GetAsync($"/bieu-mau/{stopped}/mau-03")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await processor.GetAsync($"/bieu-mau/{agencyRefused}/mau-05")).StatusCode);
        var stranger = await Reception.Desk.OtherCenterOfficerAsync(app);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/bieu-mau/{counterRefused}/mau-03")).StatusCode);
        await using (var db = app.NewDbContext())
            Assert.Equal(3, await db.IssuedForms.CountAsync());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_administrator_sets_the_place_each_unit_dates_its_forms_with_R51(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9));
        var admin = await app.As("quantri");
        var fields = new Dictionary<string, string> { ["Id"] = DemoCatalog.Center.Id, ["Name"] = DemoCatalog.Center.Name };

        var tooLong = await admin.PostFormAsync("/quan-tri/don-vi?handler=Rename", new(fields) { ["Place"] = new string('x', 101) }, "/quan-tri/don-vi");
        Assert.Contains("Địa danh không quá 100 ký tự.", await tooLong.Content.ReadAsStringAsync());
        var saved = await admin.PostFormAsync("/quan-tri/don-vi?handler=Rename", new(fields) { ["Place"] = " Bắc Kạn " }, "/quan-tri/don-vi");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var receipt = await TextOf(await PdfBytesAsync(await app.As("tiepnhan1"), $"/bieu-mau/{code}/mau-01"));
        Assert.Contains("Bắc Kạn, ngày 23 tháng 11 năm 2026", receipt);
        await using var db = app.NewDbContext();
        Assert.Equal("Bắc Kạn", (await db.Units.SingleAsync(u => u.Id == DemoCatalog.Center.Id)).Place);
    }
}
