using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data.Files;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;
using MotCua.Tests.Exceptions;
using MotCua.Tests.Processing;
using static MotCua.Tests.Exceptions.ExceptionDesk;

namespace MotCua.Tests.Forms;

/// <summary>Scans of the components (R5) and the electronic result (R22): checked by content, kept by hash, refused whole when one file is bad.</summary>
public class UploadTests
{
    static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    static readonly byte[] Exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];

    /// <summary>Posts files as a browser's multipart form, with the page's anti-forgery token.</summary>
    static Task<HttpResponseMessage> UploadAsync(HttpClient client, string page, string? handler, params (string Field, string FileName, byte[] Content)[] files) =>
        UploadAsync(client, page, handler, [], files);

    static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string page, string? handler, (string Name, string Value)[] fields,
        params (string Field, string FileName, byte[] Content)[] files)
    {
        var html = await (await client.GetAsync(page)).Content.ReadAsStringAsync();
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        Assert.True(token.Success, $"no anti-forgery token on {page}");
        using var form = new MultipartFormDataContent { { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
            form.Add(new StringContent(value), name);
        foreach (var (field, fileName, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            // The name goes out exactly as given, as a hostile client would send it.
            part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = $"\"{field}\"", FileName = $"\"{fileName}\"" };
            form.Add(part);
        }
        return await client.PostAsync(handler is null ? page : $"{page}?handler={handler}", form);
    }

    static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>A raw request body of the given type, as the API's file endpoints take it.</summary>
    static ByteArrayContent Body(byte[] content, string type)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue(type);
        return body;
    }

    /// <summary>A dossier received 23/11, asked on 23/11 for a signed declaration, the applicant told; the clock at 24/11 09:00.</summary>
    static async Task<string> WaitingForApplicantAsync(MotCuaApp app)
    {
        var code = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9));
        await using (var db = app.NewDbContext())
        {
            var locality = await app.Services.GetRequiredService<MotCua.Platform.LocalitySource>().GetAsync(db);
            var dossier = await db.Dossiers.Whole().SingleAsync(d => d.Code == DossierCode.Parse(code));
            Assert.True(dossier.RequestSupplement([MaritalForm], "Tờ khai chưa ký", await Reception.Desk.ActorAsync(db, "chuyenvien1", MotCua.Domain.Role.Processor), Local(23, 10), locality).Succeeded);
            Assert.True(dossier.NotifySupplement(await Reception.Desk.ActorAsync(db, "tiepnhan1", MotCua.Domain.Role.Reception), Local(23, 11)).Succeeded);
            await db.SaveChangesAsync();
        }
        app.MoveTo(Local(24, 9));
        return code;
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Scans_are_checked_by_content_kept_by_hash_and_mark_their_components_digitized_R5(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9));
        var reception = await app.As("tiepnhan1");
        var page = $"/ho-so/{code}/so-hoa";
        var photo = Png.Concat(Enumerable.Repeat((byte)7, 100)).ToArray();

        var saved = await UploadAsync(reception, page, "Scans", ("scan-0", "to-khai.pdf", Pdf), ("scan-0", "to-khai-trang-2.png", photo));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using (var db = app.NewDbContext())
        {
            var files = await db.DossierFiles.Where(f => f.DossierCode == DossierCode.Parse(code)).OrderBy(f => f.Id).ToListAsync();
            Assert.Equal([("to-khai.pdf", "application/pdf", Hash(Pdf)), ("to-khai-trang-2.png", "image/png", Hash(photo))],
                files.Select(f => (f.FileName, f.ContentType, f.Sha256)));
            Assert.All(files, f => Assert.Equal((DossierFileKind.Scan, MaritalForm, "Nguyễn Thị Lan"), (f.Kind, f.Component, f.UploadedByName)));
            // The content is kept under its hash, nowhere under the name the client gave.
            Assert.Equal(Pdf, await File.ReadAllBytesAsync(Path.Combine(app.FilesRoot, Hash(Pdf)[..2], Hash(Pdf)[2..4], Hash(Pdf))));
            var history = await db.History.Where(h => EF.Property<DossierCode>(h, "DossierCode") == DossierCode.Parse(code) && h.Action == DossierAction.Digitize).ToListAsync();
            Assert.Equal(2, history.Count);
            Assert.Contains(history, h => h.Documents.Single() == $"{MaritalForm}: to-khai.pdf (SHA-256 {Hash(Pdf)})");
        }
        var dossierPage = await reception.ReadAsync($"/ho-so/{code}");
        Assert.Matches($"<td>{Regex.Escape(MaritalForm)}</td><td>1</td><td>0</td><td>Đã số hóa</td>", dossierPage);
        Assert.Contains(Hash(photo), await reception.ReadAsync(page));

        int id;
        await using (var db = app.NewDbContext())
            id = (int)(await db.DossierFiles.FirstAsync(f => f.DossierCode == DossierCode.Parse(code))).Id;
        var download = await reception.GetAsync($"{page}?handler=File&id={id}");
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        // Served as an attachment of the checked type, which the browser may not second-guess.
        Assert.Equal(("attachment", "to-khai.pdf"), (download.Content.Headers.ContentDisposition?.DispositionType, download.Content.Headers.ContentDisposition?.FileName));
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        var stranger = await Reception.Desk.OtherCenterOfficerAsync(app);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"{page}?handler=File&id={id}")).StatusCode);
        // The agency sees the scans but cannot add any (the Center digitizes, R5).
        var agency = await app.As("chuyenvien1");
        Assert.DoesNotContain("Lưu bản số hóa", await agency.ReadAsync(page));
        Assert.Equal(Pdf, await (await agency.GetAsync($"{page}?handler=File&id={id}")).Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_counter_scans_the_paper_as_it_receives_and_a_bad_scan_keeps_the_whole_reception_back_R5_R6(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var reception = await app.As("tiepnhan1");
        const string form = $"/tiep-nhan/thu-tuc/{Reception.Desk.Marriage}";
        (string, string)[] fields =
        [
            ("CaseName", Reception.Desk.Simple), ("Ticked", Reception.Desk.MarriageForm), ("ApplicantName", Reception.Desk.Hoa), ("IdentityNumber", "001190012345"), ("Address", "Số 5, đường Lê Lợi"),
            ("Phone", "0912345678"), ("ApplicantKind", "individual"), ("ChannelIn", "InPerson"), ("ResultChannel", "InPerson"),
        ];

        var refused = await UploadAsync(reception, form, "Receive", fields, ("scan-0", "to-khai.pdf", Exe));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("không phải PDF, JPEG hay PNG", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        await using (var db = app.NewDbContext())
            Assert.Empty(await db.Dossiers.ToListAsync());

        var received = await UploadAsync(reception, form, "Receive", fields, ("scan-0", "to-khai-ket-hon.pdf", Pdf));
        Assert.Equal(HttpStatusCode.Redirect, received.StatusCode);
        var code = received.Headers.Location!.OriginalString.Split('/')[^1];
        await using (var db = app.NewDbContext())
        {
            var scan = await db.DossierFiles.SingleAsync();
            Assert.Equal((code, Reception.Desk.MarriageForm, Hash(Pdf)), (scan.DossierCode.ToString(), scan.Component, scan.Sha256));
            var dossier = await db.Dossiers.Include(d => d.History).SingleAsync();
            Assert.Equal([DossierAction.Receive, DossierAction.Transfer, DossierAction.Digitize], dossier.History.OrderBy(h => h.Sequence).Select(h => h.Action));
        }
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Wrong_types_renamed_executables_oversized_files_and_path_like_names_are_refused_and_nothing_is_kept_R5(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9));
        var reception = await app.As("tiepnhan1");
        var page = $"/ho-so/{code}/so-hoa";
        var oversized = Pdf.Concat(new byte[20 * 1024 * 1024]).ToArray();

        foreach (var (file, message) in new[]
        {
            (("scan-0", "ghi-chu.pdf", Encoding.UTF8.GetBytes("Tờ khai đánh máy")), "không phải PDF, JPEG hay PNG"),
            (("scan-0", "to-khai.pdf", Exe), "không phải PDF, JPEG hay PNG"),
            (("scan-0", "to-khai.pdf", oversized), "vượt giới hạn 20 MB"),
            (("scan-0", "../../etc/cron.d/to-khai.pdf", Pdf), "không hợp lệ"),
            (("scan-0", "C:\\scan\\to-khai.pdf", Pdf), "không hợp lệ"),
            (("scan-9", "to-khai.pdf", Pdf), "không gắn với thành phần nào"),
        })
        {
            var refused = await UploadAsync(reception, page, "Scans", file);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains(message, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        }
        // A request larger than the page accepts is answered before it is read, in Vietnamese.
        var huge = new ByteArrayContent(Pdf);
        huge.Headers.ContentType = new MediaTypeHeaderValue("multipart/form-data") { Parameters = { new("boundary", "x") } };
        huge.Headers.ContentLength = 250L * 1024 * 1024;
        var tooLarge = await reception.PostAsync($"{page}?handler=Scans", huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("vượt giới hạn 200 MB của một lần gửi", await tooLarge.Content.ReadAsStringAsync());

        // One good file next to a bad one: neither is kept.
        var mixed = await UploadAsync(reception, page, "Scans", ("scan-0", "to-khai.pdf", Pdf), ("scan-0", "virus.png", Exe));
        Assert.Contains("virus.png", WebUtility.HtmlDecode(await mixed.Content.ReadAsStringAsync()));

        await using var db = app.NewDbContext();
        Assert.Empty(await db.DossierFiles.ToListAsync());
        Assert.Empty(await db.History.Where(h => h.Action == DossierAction.Digitize).ToListAsync());
        Assert.False(Directory.Exists(app.FilesRoot) && Directory.EnumerateFiles(app.FilesRoot, "*", SearchOption.AllDirectories).Any());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_agency_attaches_the_signed_result_and_the_applicant_downloads_it_and_the_receipt_with_code_and_digits_R22(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        const string code = "000.01.31.H22-261123-0042";
        await Reception.Desk.WithResultAsync(app, code, Reception.Desk.Simple, Local(23, 9), Local(23, 15), Channel.Online, handedToDesk: false);
        app.MoveTo(Local(23, 16));
        var processor = await app.As("chuyenvien1");
        var page = $"/ho-so/{code}/so-hoa";
        var signed = Pdf.Concat(Encoding.ASCII.GetBytes("% chữ ký số\n")).ToArray();

        var picture = await UploadAsync(processor, page, "Result", ("result", "ket-qua.png", Png));
        Assert.Contains("kết quả điện tử phải là tệp PDF đã ký số", WebUtility.HtmlDecode(await picture.Content.ReadAsStringAsync()));
        var reception = await app.As("tiepnhan1");
        Assert.DoesNotContain("Đính kèm kết quả điện tử</button>", await reception.ReadAsync(page));
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(processor, page, "Result", ("result", "giay-chung-nhan-ket-hon.pdf", signed))).StatusCode);

        await using (var db = app.NewDbContext())
        {
            var result = await db.DossierFiles.SingleAsync(f => f.DossierCode == DossierCode.Parse(code));
            Assert.Equal((DossierFileKind.Result, "giay-chung-nhan-ket-hon.pdf", Hash(signed), "Hoàng Văn Nam"), (result.Kind, result.FileName, result.Sha256, result.UploadedByName));
        }
        // The dossier page shows it with the result, for the return desk too.
        Assert.Contains($"giay-chung-nhan-ket-hon.pdf</a> <span class=\"muted\">(Hoàng Văn Nam", await reception.ReadAsync($"/ho-so/{code}"));

        // The applicant: code and the last four digits, on the portal.
        var citizen = app.Browser();
        var lookup = WebUtility.HtmlDecode(await citizen.GetStringAsync($"/tra-cuu?ma={code}&so=5678"));
        Assert.Contains("Tải kết quả điện tử: giay-chung-nhan-ket-hon.pdf", lookup);
        Assert.Contains(Hash(signed), lookup);
        var fields = new Dictionary<string, string> { ["ma"] = code, ["so"] = "5678", ["dt"] = "0912 345 678" };
        var downloaded = await citizen.PostFormAsync("/tra-cuu?handler=Result", fields, $"/tra-cuu?ma={code}&so=5678");
        Assert.Equal(signed, await downloaded.Content.ReadAsByteArrayAsync());
        var receipt = await citizen.PostFormAsync("/tra-cuu?handler=Receipt", fields, $"/tra-cuu?ma={code}&so=5678");
        Assert.Equal("application/pdf", receipt.Content.Headers.ContentType?.MediaType);
        var receiptText = await ReceiptPdfTests.PdfText(await receipt.Content.ReadAsByteArrayAsync());
        Assert.Contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", receiptText);
        Assert.Contains(code, receiptText);
        // The officer's print is the applicant's document, to the byte.
        Assert.Equal(await receipt.Content.ReadAsByteArrayAsync(), await (await reception.GetAsync($"/bieu-mau/{code}/mau-01")).Content.ReadAsByteArrayAsync());

        // The documents carry personal data in full: four digits are not enough, nor is another phone.
        // (One page, three posts: the lookup allows ten requests a minute per client.)
        var token = Regex.Match(await citizen.GetStringAsync($"/tra-cuu?ma={code}&so=5678"), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        foreach (var (wrong, message) in new[]
        {
            (new Dictionary<string, string> { ["ma"] = code, ["so"] = "1234", ["dt"] = "0912345678" }, "Không tìm thấy hồ sơ với mã và số điện thoại này"),
            (new Dictionary<string, string> { ["ma"] = code, ["so"] = "5678" }, "Nhập đầy đủ số điện thoại đã khai"),
            (new Dictionary<string, string> { ["ma"] = code, ["so"] = "5678", ["dt"] = "0987655678" }, "Số điện thoại không khớp với số đã khai khi nộp hồ sơ."),
        })
        {
            wrong["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
            var refused = await citizen.PostAsync("/tra-cuu?handler=Result", new FormUrlEncodedContent(wrong));
            Assert.Equal((HttpStatusCode.OK, "text/html"), (refused.StatusCode, refused.Content.Headers.ContentType?.MediaType));
            Assert.Contains(message, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        }
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_agencys_own_software_R21_attaches_the_signed_result_by_API_and_the_applicants_app_downloads_it_and_the_receipt_R22(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        const string code = "000.01.31.H22-261123-0043";
        await Reception.Desk.WithResultAsync(app, code, Reception.Desk.Simple, Local(23, 9), Local(23, 15), Channel.Online, handedToDesk: false);
        app.MoveTo(Local(23, 16));
        var agency = await app.WithTokenAsync("chuyenvien1");
        var url = $"/api/v1/officer/dossiers/{code}/result-file?name=giay-chung-nhan.pdf";

        var form = await agency.PutAsync(url, Body(Pdf, "multipart/form-data"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        var picture = await agency.PutAsync(url, Body(Png, "application/pdf"));
        Assert.Equal((HttpStatusCode.BadRequest, "application/problem+json"), (picture.StatusCode, picture.Content.Headers.ContentType?.MediaType));
        Assert.Contains("không phải PDF", await picture.Content.ReadAsStringAsync());
        var pathLike = await agency.PutAsync($"/api/v1/officer/dossiers/{code}/result-file?name=..%2Fketqua.pdf", Body(Pdf, "application/pdf"));
        Assert.Equal(HttpStatusCode.BadRequest, pathLike.StatusCode);
        var tooLarge = await agency.PutAsync(url, Body(Pdf.Concat(new byte[20 * 1024 * 1024]).ToArray(), "application/pdf"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        var stranger = await app.WithTokenAsync("chuyenvien2");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PutAsync(url, Body(Pdf, "application/pdf"))).StatusCode);
        await (await (await app.WithTokenAsync("tiepnhan1")).PutAsync(url, Body(Pdf, "application/pdf"))).RefusedByAsync("VAI-TRO");

        var attached = await (await agency.PutAsync(url, Body(Pdf, "application/pdf"))).JsonAsync();
        Assert.Equal("AttachResultFile", (string)attached["history"]!.AsArray()[^1]!["action"]!);
        var files = (await (await agency.GetAsync($"/api/v1/officer/dossiers/{code}/files")).JsonAsync()).AsArray();
        Assert.Equal(("Result", "giay-chung-nhan.pdf", Hash(Pdf)), ((string)files.Single()!["kind"]!, (string)files[0]!["fileName"]!, (string)files[0]!["sha256"]!));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/officer/dossiers/{code}/files")).StatusCode);

        var citizen = app.Browser();
        var result = await citizen.GetAsync($"/api/v1/dossiers/{code}/result-file?phone=0912345678");
        Assert.Equal(Pdf, await result.Content.ReadAsByteArrayAsync());
        Assert.Equal(Hash(Pdf), result.Headers.GetValues("X-Content-SHA256").Single());
        var receipt = await citizen.GetAsync($"/api/v1/dossiers/{code}/receipt?phone=0912345678");
        Assert.Contains(code, await ReceiptPdfTests.PdfText(await receipt.Content.ReadAsByteArrayAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/api/v1/dossiers/{code}/result-file?phone=0987655678")).StatusCode);
        // Four digits open the status, not the documents with personal data in full.
        Assert.Equal(HttpStatusCode.BadRequest, (await citizen.GetAsync($"/api/v1/dossiers/{code}/receipt?phone=5678")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await citizen.GetAsync($"/api/v1/dossiers/{code}/receipt")).StatusCode);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_applicant_submitting_online_attaches_each_components_file_checked_like_a_scan_R5_R9(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        const string declaration = "Tờ khai đăng ký khai sinh theo mẫu";
        const string certificate = "Giấy chứng sinh; nếu không có: văn bản người làm chứng hoặc giấy cam đoan về việc sinh";
        (string, string)[] fields =
        [
            ("IdempotencyKey", Guid.NewGuid().ToString()), ("CaseName", "Đăng ký khai sinh"), ("Applicant.Name", "Trần Thị Hoa"),
            ("Applicant.IdentityNumber", "001190012345"), ("Applicant.Address", "Số 12, đường Lê Lợi, huyện Vĩnh An"), ("Applicant.Phone", "0912345678"),
            ("ResultChannel", "Online"),
            ("Components[0]", declaration), ("Components[1]", certificate),
        ];
        var citizen = app.Browser();

        var refused = await UploadAsync(citizen, "/nop-ho-so/1.001193", null, fields, ("scan-0", "to-khai.pdf", Exe));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains($"{declaration}: Tệp \"to-khai.pdf\" không phải PDF, JPEG hay PNG", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        await using (var db = app.NewDbContext())
            Assert.Empty(await db.Dossiers.ToListAsync());

        var submitted = await UploadAsync(citizen, "/nop-ho-so/1.001193", null, fields, ("scan-0", "to-khai.pdf", Pdf), ("scan-1", "giay-chung-sinh.png", Png));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var code = submitted.Headers.Location!.OriginalString["/nop-ho-so/da-nop/".Length..];
        await using (var db = app.NewDbContext())
        {
            var files = await db.DossierFiles.Where(f => f.DossierCode == DossierCode.Parse(code)).OrderBy(f => f.Id).ToListAsync();
            Assert.Equal([(declaration, Hash(Pdf), "Trần Thị Hoa"), (certificate, Hash(Png), "Trần Thị Hoa")], files.Select(f => (f.Component!, f.Sha256, f.UploadedByName)));
            var dossier = await db.Dossiers.Include(d => d.History).SingleAsync(d => d.Code == DossierCode.Parse(code));
            Assert.Equal(DossierState.Submitted, dossier.State);
            Assert.Equal([DossierAction.SubmitOnline, DossierAction.AttachOnline, DossierAction.AttachOnline], dossier.History.OrderBy(h => h.Sequence).Select(h => h.Action));
        }
        // At the Center, the officer opens the files before receiving, and the components arrive digitized.
        var reception = await app.As("tiepnhan1");
        Assert.Matches($"href=\"/ho-so/{Regex.Escape(code)}/so-hoa\\?handler=File&amp;id=\\d+\">giay-chung-sinh.png</a>",
            await (await reception.GetAsync($"/tiep-nhan/truc-tuyen/{code}")).Content.ReadAsStringAsync());
        Assert.Matches($"<td>{Regex.Escape(declaration)}</td><td>1</td><td>0</td><td>Đã số hóa</td>", await reception.ReadAsync($"/ho-so/{code}"));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_applicant_completing_a_dossier_online_attaches_the_supplemented_papers_R5_R15(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await WaitingForApplicantAsync(app);
        var page = $"/bo-sung-ho-so?ma={code}&so=5678";
        (string, string)[] fields = [("ma", code), ("so", "5678"), ("Components", MaritalForm)];
        var citizen = app.Browser();

        var refused = await UploadAsync(citizen, page, null, fields, ("scan-0", "to-khai.pdf", Exe));
        Assert.Contains("không phải PDF, JPEG hay PNG", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(DossierState.WaitingForApplicant, (await LoadAsync(app, code)).State);

        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(citizen, page, null, fields, ("scan-0", "to-khai-da-ky.pdf", Pdf))).StatusCode);
        var completed = await LoadAsync(app, code);
        Assert.Equal(DossierState.InProcessing, completed.State);
        Assert.Equal([DossierAction.Resubmit, DossierAction.AttachOnline], completed.History.OrderBy(h => h.Sequence).TakeLast(2).Select(h => h.Action));
        await using (var db = app.NewDbContext())
        {
            var file = await db.DossierFiles.SingleAsync();
            Assert.Equal((MaritalForm, "to-khai-da-ky.pdf", Hash(Pdf)), (file.Component, file.FileName, file.Sha256));
        }
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Motcua_files_verify_finds_every_kept_file_and_names_one_missing_or_altered_R52(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9));
        var reception = await app.As("tiepnhan1");
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(reception, $"/ho-so/{code}/so-hoa", "Scans", ("scan-0", "to-khai.pdf", Pdf))).StatusCode);
        var receipt = await (await reception.GetAsync($"/bieu-mau/{code}/mau-01")).Content.ReadAsByteArrayAsync();
        string PathOf(byte[] content) => Path.Combine(app.FilesRoot, Hash(content)[..2], Hash(content)[2..4], Hash(content));

        async Task<(int Exit, string Output)> VerifyAsync()
        {
            var start = new System.Diagnostics.ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "motcua.dll"), "files", "verify"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment =
                {
                    ["Database__Provider"] = app.Database.Provider.ToString(),
                    ["Database__ConnectionString"] = app.Database.ConnectionString,
                    ["Files__Root"] = app.FilesRoot,
                },
            };
            using var process = System.Diagnostics.Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, output);
        }

        var (exit, output) = await VerifyAsync();
        Assert.Equal((0, "Đã kiểm tra 2 tệp: tất cả còn nguyên vẹn."), (exit, output.Trim()));

        // Someone edits the scan in the store and deletes the receipt's PDF.
        await File.WriteAllBytesAsync(PathOf(Pdf), Encoding.ASCII.GetBytes("%PDF-1.4 sửa đổi"));
        File.Delete(PathOf(receipt));
        var (damagedExit, report) = await VerifyAsync();
        Assert.Equal(1, damagedExit);
        Assert.Contains($"Biểu mẫu mau-01 số 1/TNHS của hồ sơ {code}: không còn nội dung trong kho tệp", report);
        Assert.Contains($"Tệp \"to-khai.pdf\" ({MaritalForm}) của hồ sơ {code}: nội dung đã bị thay đổi (mã băm không khớp)", report);
        Assert.Contains("Đã kiểm tra 2 tệp: 2 tệp thiếu hoặc bị thay đổi.", report);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_counter_scans_the_supplemented_papers_as_it_receives_them_R5_R15(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await WaitingForApplicantAsync(app);
        var reception = await app.As("tiepnhan1");
        var page = $"/ho-so/{code}/bo-sung";

        var refused = await UploadAsync(reception, page, "Resubmit", [("Components", MaritalForm)], ("scan-0", "to-khai.pdf", Exe));
        Assert.Contains("không phải PDF, JPEG hay PNG", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(DossierState.WaitingForApplicant, (await LoadAsync(app, code)).State);

        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(reception, page, "Resubmit", [("Components", MaritalForm)], ("scan-0", "to-khai-da-ky.pdf", Pdf))).StatusCode);
        var completed = await LoadAsync(app, code);
        Assert.Equal(DossierState.InProcessing, completed.State);
        Assert.Equal([DossierAction.Resubmit, DossierAction.Digitize], completed.History.OrderBy(h => h.Sequence).TakeLast(2).Select(h => h.Action));
        await using (var db = app.NewDbContext())
        {
            var file = await db.DossierFiles.SingleAsync();
            Assert.Equal((MaritalForm, "to-khai-da-ky.pdf", "Nguyễn Thị Lan"), (file.Component, file.FileName, file.UploadedByName));
        }
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_applicants_app_attaches_each_components_file_by_API_after_submitting_until_the_Center_receives_it_R5_R9(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        const string declaration = "Tờ khai đăng ký khai sinh theo mẫu";
        var citizen = app.CreateClient();
        var submission = new HttpRequestMessage(HttpMethod.Post, "/api/v1/dossiers")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new
            {
                procedureCode = "1.001193",
                caseName = "Đăng ký khai sinh",
                applicant = new { name = "Lê Văn Minh", identityNumber = "001089012345", address = "Số 3, đường Quang Trung, huyện Vĩnh An", phone = "0987654321" },
                components = new[] { declaration, "Giấy chứng sinh; nếu không có: văn bản người làm chứng hoặc giấy cam đoan về việc sinh" }
                    .Select(name => new { name, originals = 1, copies = 0 }),
                resultChannel = "Online",
            }),
        };
        submission.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var code = (string)(await (await citizen.SendAsync(submission)).JsonAsync(HttpStatusCode.Created))["code"]!;
        string Url(string phone, string component = declaration, string name = "to-khai.png") =>
            $"/api/v1/dossiers/{code}/files?component={Uri.EscapeDataString(component)}&name={Uri.EscapeDataString(name)}&phone={phone}";

        Assert.Equal(HttpStatusCode.BadRequest, (await citizen.PutAsync(Url("4321"), Body(Png, "image/png"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.PutAsync(Url("0912345678"), Body(Png, "image/png"))).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await citizen.PutAsync(Url("0987654321"), Body(Png, "text/plain"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await citizen.PutAsync(Url("0987654321"), Body(Exe, "image/png"))).StatusCode);
        await (await citizen.PutAsync(Url("0987654321", component: "Văn bản ủy quyền (nếu ủy quyền)"), Body(Png, "image/png"))).RefusedByAsync("R5");
        var attached = await (await citizen.PutAsync(Url("0987654321"), Body(Png, "image/png"))).JsonAsync();
        Assert.Equal((declaration, "image/png", Hash(Png)), ((string)attached["component"]!, (string)attached["contentType"]!, (string)attached["sha256"]!));

        // Once the Center has received the dossier, the applicant's files come at a supplement, not here.
        await using (var db = app.NewDbContext())
        {
            var locality = await app.Services.GetRequiredService<MotCua.Platform.LocalitySource>().GetAsync(db);
            var dossier = await db.Dossiers.Whole().SingleAsync(d => d.Code == DossierCode.Parse(code));
            Assert.True(dossier.ReceiveOnline(await Reception.Desk.ActorAsync(db, "tiepnhan1", MotCua.Domain.Role.Reception), MotCuaApp.DefaultNow.AddMinutes(5), locality).Succeeded);
            await db.SaveChangesAsync();
        }
        app.MoveTo(MotCuaApp.DefaultNow.AddMinutes(10));
        await (await citizen.PutAsync(Url("0987654321", name: "lan-sau.png"), Body(Png, "image/png"))).RefusedByAsync("TRANG-THAI");
        await using (var db = app.NewDbContext())
            Assert.Equal("to-khai.png", (await db.DossierFiles.SingleAsync()).FileName);
    }
}
