using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data.Notifications;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Features.Demo;
using MotCua.Platform;
using MotCua.Tests.Reception;

namespace MotCua.Tests.Notifications;

public sealed class TemplateTests
{
    [Fact]
    public async Task EveryEventHasItsOwnEmailAndSms_InVietnamese_WithCodeProcedureDueDateAndLink_R24()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        await using var db = app.NewDbContext();
        var locality = await app.Services.GetRequiredService<LocalitySource>().GetAsync(db);
        var procedure = await db.Procedures.Include(p => p.Versions).SingleAsync(p => p.Code == Desk.Marriage);
        var reception = await Desk.ActorAsync(db, "tiepnhan1", Role.Reception);
        var dossier = Dossier.Receive(DossierCode.Parse("000.00.00.H00-261123-0001"), DemoCatalog.Center.Id, procedure, Desk.Simple, Desk.Applicant,
            [new(Desk.MarriageForm, 1, 0)], Channel.InPerson, Channel.InPerson, reception, MotCuaApp.DefaultNow, locality).Value!;
        var entry = dossier.History[0] with { Reason = "Thiếu giấy xác nhận tình trạng hôn nhân" };
        var due = VietnameseFormat.DateTime(dossier.Due!.Value);

        var subjects = new HashSet<string>();
        foreach (var e in Enum.GetValues<ApplicantEvent>())
        {
            var mail = Templates.For(e, MessageChannel.Email, dossier, entry);
            Assert.Contains(dossier.Code.ToString(), mail.Subject);
            Assert.True(subjects.Add(mail.Subject!), $"{e} shares its subject");
            Assert.StartsWith("Kính gửi Ông/Bà Đỗ Thị Hoa,", mail.Body);
            Assert.Contains($"Mã hồ sơ: {dossier.Code}", mail.Body);
            Assert.Contains("Tên thủ tục: Thủ tục đăng ký kết hôn", mail.Body);
            Assert.Contains($"Ngày hẹn trả kết quả: {due}", mail.Body);
            Assert.Contains($"{Templates.PortalToken}/tra-cuu?ma={dossier.Code}", mail.Body);
            var sms = Templates.For(e, MessageChannel.Sms, dossier, entry);
            Assert.Null(sms.Subject);
            Assert.StartsWith($"Hồ sơ {dossier.Code}", sms.Body.Replace("Xin lỗi Ông/Bà: h", "H"));
            Assert.EndsWith($"Tra cứu: {Templates.PortalToken}/tra-cuu?ma={dossier.Code}", sms.Body);
        }
        Assert.Contains("đến nhận sớm", Templates.For(ApplicantEvent.ReadyEarly, MessageChannel.Sms, dossier, entry).Body);
        Assert.Contains("Thiếu giấy xác nhận tình trạng hôn nhân", Templates.For(ApplicantEvent.Refused, MessageChannel.Email, dossier, entry).Body);
    }
}
