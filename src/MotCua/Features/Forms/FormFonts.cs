using System.Reflection;
using PdfSharp.Fonts;

namespace MotCua.Features.Forms;

/// <summary>
/// Serves the embedded DejaVu Serif faces to PDFsharp: the server needs no installed fonts, and the
/// faces cover every Vietnamese letter. Their licence (Fonts/LICENSE-DejaVu.txt) allows redistribution.
/// </summary>
public sealed class FormFonts : IFontResolver
{
    public const string Family = "DejaVu Serif";
    static readonly Lock Gate = new();

    /// <summary>PDFsharp takes one resolver per process; the first form to be drawn installs it.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            PdfSharp.PdfSharpLicense.SetAgplLicense();
            GlobalFontSettings.FontResolver ??= new FormFonts();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(isBold ? "DejaVuSerif-Bold" : "DejaVuSerif");

    public byte[]? GetFont(string faceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"MotCua.Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"Font {faceName} is not embedded.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
