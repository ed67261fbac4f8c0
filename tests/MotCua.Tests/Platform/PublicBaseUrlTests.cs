using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using QRCoder;
using UglyToad.PdfPig;
using MotCua.Tests.Reception;
using static MotCua.Tests.Reception.Desk;

namespace MotCua.Tests.Platform;

/// <summary>The QR code of an issued receipt points at the configured public address, whatever Host the printing request carried.</summary>
public sealed class PublicBaseUrlTests
{
    const string Form = $"/tiep-nhan/thu-tuc/{Marriage}";
    const string PublicBaseUrl = "https://dichvucong.vinhan.test";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_receipt_printed_through_a_request_for_another_host_carries_the_configured_address_in_its_QR_code(string provider)
    {
        await using var started = await MotCuaApp.StartAsync(provider, dossiers: 0);
        await using var app = started.WithWebHostBuilder(b => b.UseSetting("App:PublicBaseUrl", PublicBaseUrl));
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/dang-nhap",
            new() { ["UserName"] = "tiepnhan1", ["Password"] = MotCua.Features.Demo.DemoSeed.Password })).StatusCode);
        var form = await FormPage.OpenAsync(client, Form);
        var received = await form.PostAsync($"{Form}?handler=Receive",
        [
            ("CaseName", Verified), ("Ticked", MarriageForm), ("ApplicantName", Hoa), ("IdentityNumber", "001190012345"),
            ("Address", "Số 5, đường Lê Lợi, huyện Vĩnh An"), ("Phone", "0912345678"), ("Email", "hoa@example.vn"),
            ("ApplicantKind", "individual"), ("ChannelIn", "InPerson"), ("ResultChannel", "InPerson"),
        ]);
        var code = Regex.Match(received.Headers.Location!.OriginalString, "^/tiep-nhan/giay-hen/(.+)$").Groups[1].Value;

        // The print view issues (and stores) the receipt at its first showing: shown here for a forged host.
        var view = new HttpRequestMessage(HttpMethod.Get, $"/tiep-nhan/giay-hen/{code}");
        view.Headers.Host = "evil.example";
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(view)).StatusCode);
        var pdf = await client.GetByteArrayAsync($"/bieu-mau/{code}/mau-01");

        var drawn = QrModules(pdf);
        Assert.Equal(Modules($"{PublicBaseUrl}/tra-cuu?ma={code}"), drawn);
        Assert.NotEqual(Modules($"http://evil.example/tra-cuu?ma={code}"), drawn);
    }

    /// <summary>The dark modules of the first QR code drawn on the PDF's first page, as (column, row) from its top-left dark module.</summary>
    static HashSet<(int, int)> QrModules(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        // The form draws each dark module as a small filled square; nothing else on the page is one.
        var squares = document.GetPage(1).Paths.Where(p => p.IsFilled).Select(p => p.GetBoundingRectangle()).OfType<UglyToad.PdfPig.Core.PdfRectangle>()
            .Where(r => r.Width is > 1 and < 6 && Math.Abs(r.Width - r.Height) < 0.01).ToList();
        Assert.NotEmpty(squares);
        // The lookup's QR comes first (highest on the page); the rating's QR, 90 points square too, is drawn under its caption.
        var top = squares.Max(r => r.Top);
        squares = squares.Where(r => r.Top > top - 91).ToList();
        var cell = squares[0].Width;
        var left = squares.Min(r => r.Left);
        return squares.Select(r => ((int)Math.Round((r.Left - left) / cell), (int)Math.Round((top - r.Top) / cell))).ToHashSet();
    }

    /// <summary>The dark modules QRCoder encodes <paramref name="url"/> into, in the same frame.</summary>
    static HashSet<(int, int)> Modules(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var dark = new List<(int Col, int Row)>();
        for (var row = 0; row < data.ModuleMatrix.Count; row++)
            for (var col = 0; col < data.ModuleMatrix.Count; col++)
                if (data.ModuleMatrix[row][col])
                    dark.Add((col, row));
        var minCol = dark.Min(d => d.Col);
        var minRow = dark.Min(d => d.Row);
        return dark.Select(d => (d.Col - minCol, d.Row - minRow)).ToHashSet();
    }
}
