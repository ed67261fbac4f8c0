using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using MotCua.Tests.Reception;
using static MotCua.Tests.Reception.Desk;

namespace MotCua.Tests.Forms;

/// <summary>Mẫu 01 as a PDF downloaded from the application, read back with pdftotext.</summary>
public class ReceiptPdfTests
{
    const string Form = $"/tiep-nhan/thu-tuc/{Marriage}";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_receipt_PDF_carries_the_national_header_and_the_dossier_in_correct_Vietnamese_R6_R51(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var client = await app.SignedIn("tiepnhan1");
        var form = await FormPage.OpenAsync(client, Form);
        var received = await form.PostAsync($"{Form}?handler=Receive",
        [
            ("CaseName", Verified), ("Ticked", MarriageForm), ("ApplicantName", Hoa), ("IdentityNumber", "001190012345"),
            ("Address", "Số 5, đường Lê Lợi, huyện Vĩnh An"), ("Phone", "0912 345 678"), ("Email", "hoa@example.vn"),
            ("ApplicantKind", "individual"), ("ChannelIn", "InPerson"), ("ResultChannel", "InPerson"),
        ]);
        var code = Regex.Match(received.Headers.Location!.OriginalString, "^/tiep-nhan/giay-hen/(.+)$").Groups[1].Value;

        // The print view issues the form: its number is the stored PDF's (R52).
        var view = await (await client.GetAsync($"/tiep-nhan/giay-hen/{code}")).Content.ReadAsStringAsync();
        Assert.Contains("<p>Số: 1/TNHS</p>", view);
        Assert.Contains("<em>Vĩnh An, ngày 23 tháng 11 năm 2026</em>", view);

        var response = await client.GetAsync($"/bieu-mau/{code}/mau-01");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var text = Normalize(await PdfText(pdf));
        Assert.Equal("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG HUYỆN VĨNH AN BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", await HeaderUnit(pdf));

        foreach (var fact in new[]
        {
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 1/TNHS",
            "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", $"Mã hồ sơ: {code}", $"Ông/Bà: {Hoa}", "Số định danh: 001190012345",
            "Địa chỉ: Số 5, đường Lê Lợi, huyện Vĩnh An", "Nội dung yêu cầu giải quyết: Thủ tục đăng ký kết hôn",
            "Thời gian giải quyết hồ sơ theo quy định: 5 ngày làm việc.", "Thời gian nhận hồ sơ: 10 giờ 00 phút, ngày 23 tháng 11 năm 2026.",
            "Vĩnh An, ngày 23 tháng 11 năm 2026", "NGƯỜI TIẾP NHẬN HỒ SƠ",
        })
            Assert.Contains(fact, text);

        // Another Center's officer cannot print it.
        var stranger = await OtherCenterOfficerAsync(app);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/bieu-mau/{code}/mau-01")).StatusCode);
    }

    static string Normalize(string text) => Regex.Replace(text.Normalize(System.Text.NormalizationForm.FormC), @"\s+", " ");

    /// <summary>The unit's lines at the top left of the first page, where the templates put them (pdftotext reads the header's two columns interleaved).</summary>
    public static async Task<string> HeaderUnit(byte[] pdf) => Normalize(await PdfText(pdf, "-f", "1", "-l", "1", "-x", "0", "-y", "0", "-W", "270", "-H", "110")).Trim();

    /// <summary>Runs Debian's pdftotext (poppler-utils) on the bytes, as a reader of the PDF would see its text.</summary>
    public static async Task<string> PdfText(byte[] pdf, params string[] options)
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(file, pdf);
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", .. options, file, "-"]) { RedirectStandardOutput = true })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
