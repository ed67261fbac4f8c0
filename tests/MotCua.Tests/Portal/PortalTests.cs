using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;

namespace MotCua.Tests.Portal;

public partial class PortalTests
{
    static async Task<string> Text(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>Every published field of a procedure (R1), its fees among them (R28).</summary>
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_catalog_is_searched_without_diacritics_and_each_procedure_page_publishes_every_field_R1_R28(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var client = app.Browser();

        var home = await Text(await client.GetAsync("/"));
        Assert.Contains("Lĩnh vực: Hộ tịch", home);
        Assert.Contains("Lĩnh vực: Bảo trợ xã hội", home);
        Assert.Contains("Phòng Tư pháp huyện Vĩnh An", home);
        Assert.Contains("Miễn phí", home);
        Assert.Contains("href=\"/tra-cuu\"", home);

        var birth = await Text(await client.GetAsync("/?q=dang+ky+khai+sinh"));
        Assert.Contains("Thủ tục đăng ký khai sinh", birth);
        Assert.Contains("href=\"/thu-tuc/1.001193\"", birth);
        Assert.DoesNotContain("Thủ tục đăng ký kết hôn", birth);
        var building = await Text(await client.GetAsync("/?q=giay+phep+xay+dung"));
        Assert.Contains("1.013225", building);
        Assert.Contains("Phòng Kinh tế, Hạ tầng và Đô thị huyện Vĩnh An", building);
        Assert.Contains("75.000 đ – 150.000 đ", building);
        Assert.DoesNotContain("href=\"/thu-tuc/1.001193\"", building);

        var page = await client.GetAsync("/thu-tuc/1.001193");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var procedure = await Text(page);
        Assert.Contains("Thủ tục đăng ký khai sinh", procedure);
        Assert.Contains("Hồ sơ tiếp nhận sau 15 giờ thì có Phiếu hẹn", procedure);                       // sequence
        Assert.Contains("Nộp qua dịch vụ bưu chính công ích", procedure);                                // method, channels in
        Assert.Contains("Nhận bản điện tử trực tuyến", procedure);                                       // channels out
        Assert.Contains("Tờ khai đăng ký khai sinh theo mẫu", procedure);                                // component
        Assert.Contains("Không bắt buộc", procedure);
        Assert.Contains("1 ngày làm việc", procedure);                                                  // time limit
        Assert.Contains("8.000 đ", procedure);                                                          // fee
        Assert.Contains("Miễn với đăng ký đúng hạn", procedure);                                        // exemption
        Assert.Contains("Phòng Tư pháp huyện Vĩnh An", procedure);                                      // competent agency
        Assert.Contains("Luật Hộ tịch 60/2014/QH13", procedure);                                        // legal basis
        Assert.Contains("Giấy khai sinh (mã kết quả KQ.G15.000031)", procedure);                        // result
        Assert.Contains("Kiểm tra hồ sơ, đối chiếu cơ sở dữ liệu hộ tịch", procedure);                  // workflow steps
        Assert.Contains("Nộp hồ sơ trực tuyến", procedure);

        var land = await Text(await client.GetAsync("/thu-tuc/1.013831"));
        Assert.Contains("Chi cục Thuế khu vực Vĩnh An", land);                                          // coordinating agency
        Assert.Contains("Mẫu số 18", land);                                                             // template
        var death = await Text(await client.GetAsync("/thu-tuc/1.000656"));
        Assert.Contains("Người thân có trách nhiệm đi khai tử trong thời hạn 15 ngày", death);          // conditions
        var certification = await Text(await client.GetAsync("/thu-tuc/2.000815"));
        Assert.Contains("Có: tiếp nhận, thẩm định, phê duyệt, trả kết quả và thu phí tại chỗ", certification); // 5 on the spot (R10)
        Assert.DoesNotContain("Nộp hồ sơ trực tuyến", certification);                                   // counter only

        var unknown = await client.GetAsync("/thu-tuc/9.999999");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Không tìm thấy thủ tục hành chính có mã này", await Text(unknown));

        // The due-date calculator moved from / to /tinh-han (24/11/2026 is a holiday).
        Assert.Contains("Tính hạn giải quyết", await Text(await client.GetAsync("/tinh-han")));
        var due = await client.PostFormAsync("/tinh-han", new()
        {
            ["Received"] = "2026-11-23T10:00", ["Amount"] = "3", ["Unit"] = "WorkingDays", ["Counting"] = "NextWorkingDay", ["CutOff"] = "",
        });
        Assert.Contains("17:00 27/11/2026", await Text(due));
    }

    static Dictionary<string, string> BirthRegistration(string key, params string[] components)
    {
        var fields = new Dictionary<string, string>
        {
            ["IdempotencyKey"] = key,
            ["CaseName"] = "Đăng ký khai sinh",
            ["Applicant.Name"] = "Trần Thị Hoa",
            ["Applicant.IdentityNumber"] = "001190012345",
            ["Applicant.Address"] = "Số 12, đường Lê Lợi, huyện Vĩnh An",
            ["Applicant.Phone"] = "0912 345 678",
            ["Applicant.Email"] = "hoa@example.vn",
            ["ResultChannel"] = nameof(Channel.Online),
        };
        for (var i = 0; i < components.Length; i++)
            fields[$"Components[{i}]"] = components[i];
        return fields;
    }

    const string Declaration = "Tờ khai đăng ký khai sinh theo mẫu";
    const string BirthCertificate = "Giấy chứng sinh; nếu không có: văn bản người làm chứng hoặc giấy cam đoan về việc sinh";
    const string DemoCenter = "000.20.31.H22";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_online_submission_makes_one_dossier_waiting_at_the_Center_even_when_posted_twice_R7_R9_R50(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var client = app.Browser();
        var form = await Text(await client.GetAsync("/nop-ho-so/1.001193"));
        var key = IdempotencyKey().Match(form).Groups[1].Value;
        Assert.True(Guid.TryParse(key, out _));
        Assert.Contains(Declaration, form);

        var invalid = BirthRegistration(key);
        invalid["Applicant.Phone"] = "12345";
        invalid["Applicant.IdentityNumber"] = "12";
        var invalidPage = await Text(await client.PostFormAsync("/nop-ho-so/1.001193", invalid));
        Assert.Contains(PhoneNumber.Shape, invalidPage);
        Assert.Contains("Số định danh cá nhân (số căn cước) gồm 12 chữ số.", invalidPage);
        Assert.Contains("Chọn các thành phần hồ sơ đã nộp.", invalidPage);

        // The birth certificate is required: the domain refuses (R7); the citizen reads the reason, not the rule's id.
        var refused = await client.PostFormAsync("/nop-ho-so/1.001193", BirthRegistration(key, Declaration));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedPage = await Text(refused);
        Assert.Contains($"Thiếu thành phần bắt buộc \"{BirthCertificate}\"", refusedPage);
        Assert.DoesNotContain("(R7)", refusedPage);
        await using (var db = app.NewDbContext())
            Assert.Equal(0, await db.Dossiers.CountAsync());

        // A double click: the same form (same key) posted twice.
        var first = await client.PostFormAsync("/nop-ho-so/1.001193", BirthRegistration(key, Declaration, BirthCertificate));
        var second = await client.PostFormAsync("/nop-ho-so/1.001193", BirthRegistration(key, Declaration, BirthCertificate));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var location = first.Headers.Location!.OriginalString;
        Assert.Equal(location, second.Headers.Location!.OriginalString);
        var code = location["/nop-ho-so/da-nop/".Length..];
        Assert.Matches(@"^000\.01\.31\.H22-261123-\d{4,}$", code);

        await using (var db = app.NewDbContext())
        {
            var dossier = await db.Dossiers.SingleAsync();
            Assert.Equal(code, dossier.Code.ToString());
            Assert.Equal(DossierState.Submitted, dossier.State);
            Assert.Equal(Channel.Online, dossier.ChannelIn);
            Assert.Equal("0912345678", dossier.Applicant.Phone);
            Assert.Equal(DemoCenter, dossier.CenterId);
            Assert.Equal(2, dossier.Components.Count);
            Assert.Equal(code, (await db.IdempotencyRecords.SingleAsync()).DossierCode?.ToString());
        }

        var confirmation = await Text(await client.GetAsync(location));
        Assert.Contains(code, confirmation);
        Assert.Contains("4 chữ số cuối số điện thoại", confirmation);
        Assert.Contains("Thủ tục đăng ký khai sinh", confirmation);
        Assert.Contains("Trung tâm Phục vụ hành chính công sẽ kiểm tra hồ sơ", confirmation);
        // Someone else opening the address learns nothing beyond the code it already holds.
        Assert.DoesNotContain("Thủ tục đăng ký khai sinh", await Text(await app.Browser().GetAsync(location)));

        var status = await Text(await client.GetAsync($"/tra-cuu?ma={code}&so=5678"));
        Assert.Contains("Chờ tiếp nhận", status);
        Assert.Contains("Nộp hồ sơ trực tuyến", status);
        Assert.Contains("Người nộp hồ sơ", status);

        var counterOnly = await Text(await client.GetAsync("/nop-ho-so/2.000815"));
        Assert.Contains("Thủ tục này không nhận hồ sơ trực tuyến", counterOnly);
        Assert.DoesNotContain("name=\"IdempotencyKey\"", counterOnly);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_lookup_needs_the_code_and_the_phone_digits_masks_personal_data_and_is_rate_limited_R45(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 20);
        Dossier dossier;
        await using (var db = app.NewDbContext())
            dossier = await db.Dossiers.Include(d => d.Procedure).Include(d => d.History)
                .Where(d => d.State == DossierState.InProcessing && d.Due != null && d.Due != d.OriginalDue).OrderBy(d => d.Code).FirstAsync();
        var phone = dossier.Applicant.Phone;
        var client = app.Browser();

        var found = await Text(await client.GetAsync($"/tra-cuu?ma={dossier.Code}&so={phone[^4..]}"));
        Assert.Contains(dossier.Procedure.Name, found);
        Assert.Contains("Đang giải quyết", found);
        Assert.Contains(VietnameseFormat.DateTime(dossier.Due!.Value), found);
        Assert.Contains("Hẹn trả ban đầu", found);                                   // the due date moved: both stay visible (R45)
        Assert.Contains(VietnameseFormat.DateTime(dossier.OriginalDue!.Value), found);
        Assert.Contains(VietnameseFormat.DateTime(dossier.Clock!.ReceivedAt), found);
        Assert.Contains("Tiếp nhận hồ sơ", found);
        Assert.Contains("Chuyển hồ sơ đến cơ quan giải quyết", found);
        Assert.Contains(dossier.Applicant.Name, found);
        Assert.Contains("******" + phone[^4..], found);
        Assert.DoesNotContain(phone, found);
        var street = dossier.Applicant.Address.Split(", ")[0];
        Assert.Contains("***, " + dossier.Applicant.Address[(street.Length + 2)..], found);
        Assert.DoesNotContain(street + ",", found);
        foreach (var officer in dossier.History.Where(h => h.By.Role != Role.Applicant).Select(h => h.By.Name).Distinct())
            Assert.DoesNotContain(officer, found);

        var wrongDigits = await Text(await client.GetAsync($"/tra-cuu?ma={dossier.Code}&so={(phone[^4..] == "0000" ? "1111" : "0000")}"));
        var unknownCode = await Text(await client.GetAsync($"/tra-cuu?ma=000.01.31.H22-261123-9999&so={phone[^4..]}"));
        foreach (var answer in new[] { wrongDigits, unknownCode })
        {
            Assert.Contains("Không tìm thấy hồ sơ với mã và số điện thoại này", answer);
            Assert.DoesNotContain("Quá trình giải quyết", answer);
            Assert.DoesNotContain(dossier.Procedure.Name, answer);
        }

        // Ten lookups a minute per client: three above, seven more, then the eleventh is refused.
        for (var i = 0; i < 7; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/tra-cuu?ma={dossier.Code}&so=000{i}")).StatusCode);
        var limited = await client.GetAsync($"/tra-cuu?ma={dossier.Code}&so={phone[^4..]}");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Bạn đã tra cứu quá nhiều lần", await Text(limited));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_online_submission_after_hours_carries_its_counted_reception_day_in_its_code_as_at_the_counter_R43_R50(string provider)
    {
        // Monday 23/11/2026 at 18:00; Tuesday 24/11 is a holiday, so the dossier counts as received on Wednesday 25/11.
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0, now: new DateTimeOffset(2026, 11, 23, 18, 0, 0, TimeSpan.FromHours(7)));
        var client = app.Browser();
        var key = IdempotencyKey().Match(await Text(await client.GetAsync("/nop-ho-so/1.001193"))).Groups[1].Value;
        var submitted = await client.PostFormAsync("/nop-ho-so/1.001193", BirthRegistration(key, Declaration, BirthCertificate));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal("/nop-ho-so/da-nop/000.01.31.H22-261125-0001", submitted.Headers.Location!.OriginalString);
    }

    [GeneratedRegex("name=\"IdempotencyKey\" value=\"([^\"]+)\"")]
    private static partial Regex IdempotencyKey();
}
