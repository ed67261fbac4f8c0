using System.Net;
using System.Text.RegularExpressions;
using MotCua.Tests.Processing;

namespace MotCua.Tests.Forms;

/// <summary>Mẫu 06 as a PDF built from the dossier's history, read back with pdftotext.</summary>
public class ControlSlipPdfTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_control_slip_PDF_lists_each_hand_over_with_who_and_when_in_correct_Vietnamese_R13_R51(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await TestDossiers.ReceiveAsync(app, "1.004873", MotCuaApp.DefaultNow.AddHours(-1));
        var processor = await app.SignedIn("chuyenvien1");
        Assert.Contains($"href=\"/bieu-mau/{code}/mau-06\"", await processor.GetStringAsync($"/ho-so/{code}"));

        var response = await processor.GetAsync($"/bieu-mau/{code}/mau-06");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = Regex.Replace((await ReceiptPdfTests.PdfText(await response.Content.ReadAsByteArrayAsync())).Normalize(System.Text.NormalizationForm.FormC), @"\s+", " ");
        foreach (var fact in new[]
        {
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", $"Mã số hồ sơ: {code}",
            "Cơ quan (bộ phận) giải quyết hồ sơ: Phòng Tư pháp huyện Vĩnh An", "Cơ quan phối hợp giải quyết hồ sơ: không có",
            "Giao: Trung tâm Phục vụ hành chính công huyện Vĩnh An", "09 giờ 00 phút, ngày 23 tháng 11 năm 2026",
            // The transfer's row: its cells wrap, so pdftotext interleaves their lines; the short facts stand whole.
            "09 giờ 10 phút", "Bước 1: Thẩm", "Người giao: Nguyễn Thị Lan", "Tiếp nhận hồ sơ", "Chuyển hồ sơ đến cơ quan giải quyết",
        })
            Assert.Contains(fact, text);

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedIn("chuyenvien2")).GetAsync($"/bieu-mau/{code}/mau-06")).StatusCode);
    }
}
