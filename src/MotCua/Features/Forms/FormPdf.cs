using QRCoder;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace MotCua.Features.Forms;

/// <summary>
/// Writes a form top to bottom on A4 pages (R51): the national header, a title, wrapped paragraphs,
/// signature blocks; a new page begins when the text reaches the bottom margin. Positions are kept
/// from the top of the page, as a form is read, and turned into PDF's bottom-up ones when drawn.
/// </summary>
public sealed class FormPdf
{
    const double Margin = 60, Size = 12, Leading = 16;
    readonly PdfDocumentBuilder document = new();
    readonly bool landscape;
    readonly PdfDocumentBuilder.AddedFont regular, bold, italic;
    PdfPageBuilder page = null!;
    double y;
    double Width => page.PageSize.Width - 2 * Margin;
    double Height => page.PageSize.Height;
    double Bottom => Height - 62;

    /// <param name="landscape">Wide registers (Mẫu 07) are printed on A4 turned sideways.</param>
    public FormPdf(string title, bool landscape = false)
    {
        this.landscape = landscape;
        document.DocumentInformation.Title = title;
        document.DocumentInformation.Creator = "MotCua";
        regular = document.AddTrueTypeFont(FormFonts.Regular);
        bold = document.AddTrueTypeFont(FormFonts.Bold);
        italic = document.AddTrueTypeFont(FormFonts.Italic);
        NewPage();
    }

    void NewPage()
    {
        page = document.AddPage(PageSize.A4, isPortrait: !landscape);
        y = Margin;
    }

    enum Face { Regular, Bold, Italic }

    static Face Weight(bool isBold) => isBold ? Face.Bold : Face.Regular;

    PdfDocumentBuilder.AddedFont Font(Face face) => face switch { Face.Bold => bold, Face.Italic => italic, _ => regular };

    double Measure(string text, Face face, double size)
    {
        var letters = page.MeasureText(text, size, new PdfPoint(0, 0), Font(face));
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    /// <summary>Draws one line in the box <paramref name="left"/>..+<paramref name="width"/> at the current top, aligned as asked.</summary>
    void Draw(string text, double left, double top, double width, Face face, double size, Align align)
    {
        var x = align switch
        {
            Align.Center => left + (width - Measure(text, face, size)) / 2,
            Align.Right => left + width - Measure(text, face, size),
            _ => left,
        };
        page.AddText(text, size, new PdfPoint(x, Height - top - size), Font(face));
    }

    enum Align { Left, Center, Right }

    /// <summary>
    /// The header of every form (LAW §6.0a): the unit on the left, the national title and motto on the
    /// right, each centred in its column and underlined; under them the form's number and the place and date.
    /// </summary>
    public void Header(string unit, string? office, string number, string dateLine)
    {
        var left = Width * 0.45;
        var right = Width - left;
        var leftEnd = office is null
            ? Centered([unit.ToUpperInvariant()], Margin, left, [Face.Bold], 11)
            : Centered([unit.ToUpperInvariant(), office], Margin, left, [Face.Regular, Face.Bold], Math.Max(8, Math.Min(11, 11 * (left - 4) / Measure(office, Face.Bold, 11))));
        Underline(Margin + left / 2, leftEnd, left / 3);
        const string nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", motto = "Độc lập - Tự do - Hạnh phúc";
        // The national title stays on one line, as on the templates: a long line in a wide face is set a little smaller.
        var size = Math.Min(11, 11 * (right - 4) / Measure(nation, Face.Bold, 11));
        var rightEnd = Centered([nation, motto], Margin + left, right, [Face.Bold, Face.Bold], size);
        Underline(Margin + left + right / 2, rightEnd, Measure(motto, Face.Bold, size));
        y = Math.Max(leftEnd, rightEnd) + Leading / 2;
        Draw($"Số: {number}", Margin, y, left, Face.Regular, 11, Align.Center);
        Draw(dateLine, Margin + left, y, right, Face.Italic, 11, Align.Center);
        y += 2 * Leading;
    }

    /// <summary>"Vĩnh An, ngày 01 tháng 12 năm 2026"; without a place, "Ngày 01 tháng 12 năm 2026".</summary>
    public static string DateLine(string? place, DateTimeOffset local) =>
        string.IsNullOrWhiteSpace(place) ? $"Ngày {local:dd} tháng {local:MM} năm {local:yyyy}" : $"{place}, ngày {local:dd} tháng {local:MM} năm {local:yyyy}";

    void Underline(double middle, double top, double width) =>
        page.DrawLine(new PdfPoint(middle - width / 2, Height - top - 2), new PdfPoint(middle + width / 2, Height - top - 2), 0.7);

    double Centered(string[] lines, double left, double width, Face[] faces, double size)
    {
        var top = y;
        for (var i = 0; i < lines.Length; i++)
            foreach (var line in Wrap(lines[i], faces[i], size, width))
            {
                Draw(line, left, top, width, faces[i], size, Align.Center);
                top += Leading;
            }
        return top;
    }

    public void Title(string text, string? subtitle = null)
    {
        foreach (var line in Wrap(text, Face.Bold, 14, Width))
            Line(line, Face.Bold, 14, Align.Center);
        if (subtitle is not null)
            Line(subtitle, Face.Regular, Size, Align.Center);
        y += Leading / 2;
    }

    public void Paragraph(string text, bool isBold = false)
    {
        foreach (var line in Wrap(text, Weight(isBold), Size, Width))
            Line(line, Weight(isBold), Size, Align.Left);
    }

    void Line(string text, Face face, double size, Align align)
    {
        if (y + Leading > Bottom)
            NewPage();
        Draw(text, Margin, y, Width, face, size, align);
        y += Leading;
    }

    /// <summary>One signature block, on the right half as the templates place the signer's.</summary>
    public void Signature(string title, string name) => Signatures(null, (title, name));

    /// <summary>Two signature blocks side by side: title, the hint, room to sign, the printed name.</summary>
    public void Signatures((string Title, string Name)? left, (string Title, string Name) right)
    {
        if (y + 6 * Leading > Bottom)
            NewPage();
        y += Leading;
        var top = y;
        var half = Width / 2;
        foreach (var (block, x) in new[] { (left, Margin), (right, Margin + half) }.Where(b => b.Item1 is not null).Select(b => (b.Item1!.Value, b.Item2)))
        {
            y = top;
            Centered([block.Title, "(Ký và ghi rõ họ tên)"], x, half, [Face.Bold, Face.Italic], Size);
            y = top + 5 * Leading;
            Centered([block.Name], x, half, [Face.Bold], Size);
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
                    page.DrawRectangle(new PdfPoint(left + col * cell, Height - y - (row + 1) * cell), cell, cell, 0, fill: true);
        y += side + 2;
        Draw(caption, left - 60, y, side + 60, Face.Italic, 9, Align.Right);
        y += Leading;
    }

    /// <summary>
    /// A ruled table across the text width: <paramref name="shares"/> split it between the columns;
    /// each cell's lines (split on '\n', then wrapped) set the row's height; the header row is drawn
    /// again at the top of every page the table runs onto.
    /// </summary>
    public void Table(string[] headers, double[] shares, IEnumerable<string[]> rows, double size = 10)
    {
        var widths = shares.Select(share => Width * share / shares.Sum()).ToArray();
        const double pad = 3;
        var lineHeight = size + 3;
        List<string>[] Cells(string[] texts, bool isBold) =>
            texts.Select((text, i) => text.Split('\n').SelectMany(part => Wrap(part, Weight(isBold), size, widths[i] - 2 * pad)).ToList()).ToArray();
        void Row(List<string>[] cells, bool isBold)
        {
            var height = cells.Max(c => c.Count) * lineHeight + 2 * pad;
            var left = Margin;
            for (var i = 0; i < cells.Length; i++)
            {
                page.DrawRectangle(new PdfPoint(left, Height - y - height), widths[i], height, 0.5);
                for (var line = 0; line < cells[i].Count; line++)
                    Draw(cells[i][line], left + pad, y + pad + line * lineHeight, widths[i] - 2 * pad, Weight(isBold), size, isBold ? Align.Center : Align.Left);
                left += widths[i];
            }
            y += height;
        }
        var header = Cells(headers, true);
        var headerHeight = header.Max(c => c.Count) * lineHeight + 2 * pad;
        if (y + headerHeight + lineHeight > Bottom)
            NewPage();
        Row(header, true);
        foreach (var row in rows)
        {
            var cells = Cells(row, false);
            if (y + cells.Max(c => c.Count) * lineHeight + 2 * pad > Bottom)
            {
                NewPage();
                Row(header, true);
            }
            Row(cells, false);
        }
        y += Leading;
    }

    IEnumerable<string> Wrap(string text, Face face, double size, double width)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && Measure(candidate, face, size) > width)
            {
                yield return line;
                line = word;
            }
            else
                line = candidate;
        }
        yield return line;
    }

    public byte[] ToBytes() => document.Build();
}
