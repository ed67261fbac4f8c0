using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Features.Demo;
using static MotCua.Tests.Reception.Desk;

namespace MotCua.Tests.Reception;

/// <summary>The counter: find the procedure, receive a dossier with its receipt, or give a completion slip or a refusal instead.</summary>
public class CounterTests
{
    const string Form = $"/tiep-nhan/thu-tuc/{Marriage}";

    static (string, string)[] Applicant(string phone = "0912 345 678", string name = Hoa, string address = "Số 5, đường Lê Lợi, huyện Vĩnh An") =>
    [
        ("ApplicantName", name), ("IdentityNumber", "001190012345"), ("Address", address), ("Phone", phone),
        ("Email", "hoa@example.vn"), ("ApplicantKind", "individual"), ("ChannelIn", "InPerson"), ("ResultChannel", "InPerson"),
    ];

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_reception_officer_finds_the_procedure_receives_a_complete_dossier_and_prints_the_receipt_R6_R11_R44_R50(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var client = await app.SignedIn("tiepnhan1");

        // Diacritics-insensitive search.
        var birth = await client.TextAsync("/tiep-nhan?q=khai+sinh");
        Assert.Contains("Thủ tục đăng ký khai sinh", birth);
        Assert.DoesNotContain("Thủ tục đăng ký kết hôn", birth);
        var permit = await client.TextAsync("/tiep-nhan?q=giay+phep");
        Assert.Contains("Cấp giấy phép xây dựng mới", permit);
        Assert.Contains("Phòng Kinh tế, Hạ tầng và Đô thị huyện Vĩnh An", permit);
        Assert.Contains($"href=\"{Form}\"", await client.TextAsync("/tiep-nhan?q=ket+hon"));

        // The form: the cases with their limits, the published components, required ones marked.
        var form = await FormPage.OpenAsync(client, Form);
        Assert.Contains($"{Verified} — thời hạn 5 ngày làm việc", form.Text);
        Assert.Contains(MarriageForm, form.Text);

        // Received Monday 23/11/2026 10:00; Tuesday 24/11 is a holiday: five working days end Tuesday 01/12 at 17:00.
        var received = await form.PostAsync($"{Form}?handler=Receive", [("CaseName", Verified), ("Ticked", MarriageForm), .. Applicant()]);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, received.StatusCode);
        var code = Regex.Match(received.Headers.Location!.OriginalString, "^/tiep-nhan/giay-hen/(.+)$").Groups[1].Value;
        Assert.Equal("000.01.31.H22-261123-0001", code);

        var receipt = await client.TextAsync($"/tiep-nhan/giay-hen/{code}");
        Assert.Contains($"Đã tiếp nhận hồ sơ {code} và chuyển đến Phòng Tư pháp huyện Vĩnh An.", receipt);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", receipt);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", receipt);
        Assert.Contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", receipt);
        Assert.Contains("Trung tâm Phục vụ hành chính công huyện Vĩnh An", receipt);
        Assert.Contains($"Mã hồ sơ: <strong>{code}</strong>", receipt);
        foreach (var fact in new[] { Hoa, "001190012345", "Số 5, đường Lê Lợi, huyện Vĩnh An", "0912345678", "hoa@example.vn" })
            Assert.Contains(fact, receipt);
        Assert.Contains($"Thủ tục đăng ký kết hôn — {Verified}", receipt);
        Assert.Contains($"<li>{MarriageForm}: 1 bản chính</li>", receipt);
        Assert.Contains("Số lượng hồ sơ: 01 bộ.", receipt);
        Assert.Contains("Thời gian giải quyết hồ sơ theo quy định: 5 ngày làm việc.", receipt);
        Assert.Contains("Thời gian nhận hồ sơ: 10 giờ 00 phút, ngày 23 tháng 11 năm 2026.", receipt);
        Assert.DoesNotContain("Thời hạn giải quyết tính từ", receipt); // received inside a session: counted from that instant
        Assert.Contains("Thời gian trả kết quả giải quyết hồ sơ: <strong>17 giờ 00 phút, ngày 01 tháng 12 năm 2026</strong>", receipt);
        Assert.Contains("Nhận trực tiếp tại Bộ phận tiếp nhận và trả kết quả, Trung tâm Phục vụ hành chính công huyện Vĩnh An", receipt);
        Assert.Contains("NGƯỜI NỘP HỒ SƠ", receipt);
        Assert.Contains("NGƯỜI TIẾP NHẬN HỒ SƠ", receipt);
        Assert.Contains("<p class=\"signer\">Nguyễn Thị Lan</p>", receipt);
        Assert.Contains("window.print()", receipt);

        // R11: already at the agency's first step, with Receive and Transfer by this officer on the control slip.
        await using (var db = app.NewDbContext())
        {
            var dossier = await db.Dossiers.Include(d => d.History).SingleAsync(d => d.Code == DossierCode.Parse(code));
            var officer = await db.Users.SingleAsync(u => u.UserName == "tiepnhan1");
            Assert.Equal(DossierState.InProcessing, dossier.State);
            Assert.Equal(0, dossier.Step);
            Assert.Equal(DemoCatalog.Justice.Id, dossier.AgencyId);
            Assert.Equal(new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.FromHours(7)), dossier.Due);
            Assert.Equal("0912345678", dossier.Applicant.Phone);
            Assert.Equal([DossierAction.Receive, DossierAction.Transfer], dossier.History.OrderBy(h => h.Sequence).Select(h => h.Action));
            Assert.All(dossier.History, h => Assert.Equal((officer.Id, "Nguyễn Thị Lan"), (h.By.Id, h.By.Name)));
        }

        // The next dossier of the agency that day takes the next number; one working day also skips the holiday (R44).
        var next = await client.PostFormAsync($"{Form}?handler=Receive", new(Applicant().ToDictionary(f => f.Item1, f => f.Item2))
        {
            ["CaseName"] = Simple,
            ["Ticked"] = MarriageForm,
        }, Form);
        next.RedirectsTo("/tiep-nhan/giay-hen/000.01.31.H22-261123-0002");
        Assert.Contains("17 giờ 00 phút, ngày 25 tháng 11 năm 2026", await client.TextAsync("/tiep-nhan/giay-hen/000.01.31.H22-261123-0002"));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_counter_refuses_bad_input_saves_nothing_and_issues_completion_slips_and_refusals_R4_R7_R8_R9(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var client = await app.SignedIn("tiepnhan1");
        var form = await FormPage.OpenAsync(client, Form);

        // R4: a component outside the published list cannot be received, even in a forged form.
        var forged = await form.PostAsync($"{Form}?handler=Receive",
            [("CaseName", Simple), ("Ticked", MarriageForm), ("Ticked", "Giấy xác nhận của tổ dân phố"), .. Applicant()]);
        Assert.Equal(System.Net.HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("Chỉ được yêu cầu các thành phần hồ sơ đã công bố; có thành phần không nằm trong danh mục của thủ tục.", await forged.TextAsync());

        // R7: a required component not ticked cannot be received.
        var incomplete = await form.PostAsync($"{Form}?handler=Receive", [("CaseName", Simple), .. Applicant()]);
        Assert.Contains($"Thiếu thành phần bắt buộc \"{MarriageForm}\": phải hướng dẫn bổ sung, hoàn thiện hồ sơ thay vì tiếp nhận.", await incomplete.TextAsync());

        // Bad applicant details and no case: Vietnamese messages on the form.
        var invalid = await (await form.PostAsync($"{Form}?handler=Receive", [("Ticked", MarriageForm), .. Applicant(phone: "091234")])).TextAsync();
        Assert.Contains(PhoneNumber.Shape, invalid);
        Assert.Contains("Chọn trường hợp giải quyết.", invalid);
        var empty = await (await form.PostAsync($"{Form}?handler=Receive", [("CaseName", Simple), ("Ticked", MarriageForm), .. Applicant(phone: " ", name: "", address: "")])).TextAsync();
        Assert.Contains("Nhập họ và tên người nộp hồ sơ.", empty);
        Assert.Contains("Nhập địa chỉ liên hệ của người nộp hồ sơ.", empty);
        Assert.Contains("Nhập số điện thoại.", empty);

        // Nothing saved, and no dossier number used up by the refused attempts (R50).
        await using (var db = app.NewDbContext())
        {
            Assert.Equal(0, await db.Dossiers.CountAsync());
            Assert.Equal(0, await db.DossierCounters.CountAsync());
        }

        // R7: the completion slip lists the unticked required component, the reason and whom to call.
        var slip = await form.PostAsync($"{Form}?handler=CompletionSlip", [("CaseName", Simple), ("Reason", "Chưa có tờ khai theo mẫu"), .. Applicant()]);
        slip.RedirectsTo("/tiep-nhan/phieu-bo-sung/000.01.31.H22-261123-0001");
        var slipText = await client.TextAsync(slip.Headers.Location!.OriginalString);
        Assert.Contains("Đã lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ 000.01.31.H22-261123-0001; hồ sơ chưa được tiếp nhận.", slipText);
        Assert.Contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", slipText);
        Assert.Contains($"<li>{MarriageForm}</li>", slipText);
        Assert.Contains("Lý do: Chưa có tờ khai theo mẫu", slipText);
        Assert.Contains("liên hệ cán bộ <strong>Nguyễn Thị Lan</strong>", slipText);

        // R8: the refusal keeps its reasons.
        var refusal = await form.PostAsync($"{Form}?handler=Refuse", [("CaseName", Simple), ("Reason", "Hai bên chưa đủ tuổi kết hôn theo luật định"), .. Applicant()]);
        refusal.RedirectsTo("/tiep-nhan/phieu-tu-choi/000.01.31.H22-261123-0002");
        var refusalText = await client.TextAsync(refusal.Headers.Location!.OriginalString);
        Assert.Contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", refusalText);
        Assert.Contains("Hai bên chưa đủ tuổi kết hôn theo luật định", refusalText);
        var noReason = await form.PostAsync($"{Form}?handler=Refuse", [("CaseName", Simple), .. Applicant()]);
        Assert.Contains("Phải nêu lý do khi \"từ chối tiếp nhận hồ sơ\".", await noReason.TextAsync());

        await using (var db = app.NewDbContext())
        {
            var dossiers = await db.Dossiers.Include(d => d.History).OrderBy(d => d.Code).ToListAsync();
            Assert.Equal(2, dossiers.Count);
            Assert.Equal(DossierState.CompletionRequested, dossiers[0].State);
            Assert.Equal([MarriageForm], dossiers[0].History.Single().Documents);
            Assert.Equal("Chưa có tờ khai theo mẫu", dossiers[0].History.Single().Reason);
            Assert.Null(dossiers[0].Due);
            Assert.Equal(DossierState.RefusedAtCounter, dossiers[1].State);
            Assert.Equal("Hai bên chưa đủ tuổi kết hôn theo luật định", dossiers[1].ClosingReason);

            // Chỉ thị 24: with the paper channel switched off, the counter cannot receive (R9).
            var birth = await db.ProcedureVersions.SingleAsync(v => EF.Property<string>(v, "ProcedureCode") == "1.001193");
            db.Entry(birth).Property(v => v.PaperChannelDisabled).CurrentValue = true;
            await db.SaveChangesAsync();
        }
        var online = await FormPage.OpenAsync(client, "/tiep-nhan/thu-tuc/1.001193");
        Assert.Contains("Thủ tục này đã tắt kênh nộp hồ sơ giấy", online.Text);
        Assert.DoesNotContain("handler=Receive", online.Text);
        var paper = await online.PostAsync("/tiep-nhan/thu-tuc/1.001193?handler=Receive",
            [("CaseName", "Đăng ký khai sinh"), ("Ticked", "Tờ khai đăng ký khai sinh theo mẫu"),
             ("Ticked", "Giấy chứng sinh; nếu không có: văn bản người làm chứng hoặc giấy cam đoan về việc sinh"), .. Applicant()]);
        Assert.Contains("Thủ tục không nhận hồ sơ qua kênh trực tiếp.", await paper.TextAsync());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_dossier_received_at_the_counter_after_hours_carries_its_counted_reception_day_in_its_code_R43_R50(string provider)
    {
        // Monday 23/11/2026 at 18:00; Tuesday 24/11 is a holiday, so the dossier counts as received on Wednesday 25/11.
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0, now: new DateTimeOffset(2026, 11, 23, 18, 0, 0, TimeSpan.FromHours(7)));
        var client = await app.SignedIn("tiepnhan1");
        var form = await FormPage.OpenAsync(client, Form);
        var received = await form.PostAsync($"{Form}?handler=Receive", [("CaseName", Simple), ("Ticked", MarriageForm), .. Applicant()]);
        received.RedirectsTo("/tiep-nhan/giay-hen/000.01.31.H22-261125-0001");

        await using var db = app.NewDbContext();
        var dossier = await db.Dossiers.SingleAsync();
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 7, 30, 0, TimeSpan.FromHours(7)), dossier.Clock!.ReceivedAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 18, 0, 0, TimeSpan.FromHours(7)), dossier.SubmittedAt);
    }
}
