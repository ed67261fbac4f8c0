using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace MotCua.Features.Forms;

/// <summary>
/// Writes a form top to bottom on A4 pages (R51): the national header, a title, wrapped paragraphs,
/// signature blocks; a new page begins when the text reaches the bottom margin.
/// </summary>
public sealed class FormPdf
{
    const double Margin = 60, Bottom = 780, Size = 12, Leading = 16;
    readonly PdfDocument document;
    XGraphics page = null!;
    double y;
    double Width => page.PageSize.Width - 2 * Margin;

    public FormPdf(string title)
    {
        FormFonts.Install();
        document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Creator = "MotCua";
        NewPage();
    }

    // The whole font file, not a subset: PDFsharp's subset drops the parts of composite glyphs, so
    // letters like "ộ" lost their marks on screen while their text stayed right.
    static readonly XPdfFontOptions Embedding = new(PdfFontEncoding.Unicode, PdfFontEmbedding.EmbedCompleteFontFile);

    static XFont Font(bool bold = false, double size = Size) =>
        new(FormFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Embedding);

    void NewPage()
    {
        var pdfPage = document.AddPage();
        pdfPage.Size = PdfSharp.PageSize.A4;
        page = XGraphics.FromPdfPage(pdfPage);
        y = Margin;
    }

    /// <summary>The unit on the left, the national motto on the right, each centred in its half.</summary>
    public void Header(string unit, string office)
    {
        var half = Width / 2;
        Centered([unit.ToUpperInvariant(), office], Margin, half, [false, true], 11);
        var after = Centered(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], Margin + half, half, [true, true], 11);
        var mottoWidth = page.MeasureString("Độc lập - Tự do - Hạnh phúc", Font(true, 11)).Width;
        var mid = Margin + half + half / 2;
        page.DrawLine(XPens.Black, mid - mottoWidth / 2, after + 2, mid + mottoWidth / 2, after + 2);
        y = after + 2 * Leading;
    }

    double Centered(string[] lines, double left, double width, bool[] bold, double size)
    {
        var top = y;
        for (var i = 0; i < lines.Length; i++)
            foreach (var line in Wrap(lines[i], Font(bold[i], size), width))
            {
                page.DrawString(line, Font(bold[i], size), XBrushes.Black, new XRect(left, top, width, Leading), XStringFormats.TopCenter);
                top += Leading;
            }
        return top;
    }

    public void Title(string text, string? subtitle = null)
    {
        Line(text, Font(true, 14), XStringFormats.TopCenter);
        if (subtitle is not null)
            Line(subtitle, Font(), XStringFormats.TopCenter);
        y += Leading / 2;
    }

    public void Paragraph(string text, bool bold = false)
    {
        foreach (var line in Wrap(text, Font(bold), Width))
            Line(line, Font(bold), XStringFormats.TopLeft);
    }

    public void RightAligned(string text) => Line(text, Font(), XStringFormats.TopRight);

    void Line(string text, XFont font, XStringFormat format)
    {
        if (y + Leading > Bottom)
            NewPage();
        page.DrawString(text, font, XBrushes.Black, new XRect(Margin, y, Width, Leading), format);
        y += Leading;
    }

    /// <summary>Two signature blocks side by side: title, the hint, room to sign, the printed name.</summary>
    public void Signatures((string Title, string Name) left, (string Title, string Name) right)
    {
        if (y + 6 * Leading > Bottom)
            NewPage();
        y += Leading;
        var top = y;
        var half = Width / 2;
        foreach (var (block, x) in new[] { (left, Margin), (right, Margin + half) })
        {
            y = top;
            Centered([block.Title, "(Ký và ghi rõ họ tên)"], x, half, [true, false], Size);
            y = top + 5 * Leading;
            Centered([block.Name], x, half, [true], Size);
        }
        y = top + 6 * Leading;
    }

    /// <summary>A QR code drawn module by module at the right margin, with its caption under it.</summary>
    public void QrCode(string url, string caption)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        const double side = 90;
        var cell = side / modules.Count;
        if (y + side + Leading > Bottom)
            NewPage();
        var left = Margin + Width - side;
        for (var row = 0; row < modules.Count; row++)
            for (var col = 0; col < modules.Count; col++)
                if (modules[row][col])
                    page.DrawRectangle(XBrushes.Black, left + col * cell, y + row * cell, cell, cell);
        y += side;
        page.DrawString(caption, Font(size: 9), XBrushes.Black, new XRect(left - 60, y, side + 60, Leading), XStringFormats.TopRight);
        y += Leading;
    }

    IEnumerable<string> Wrap(string text, XFont font, double width)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && page.MeasureString(candidate, font).Width > width)
            {
                yield return line;
                line = word;
            }
            else
                line = candidate;
        }
        yield return line;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
