using System.Reflection;

namespace MotCua.Features.Forms;

/// <summary>
/// The embedded DejaVu Serif faces: the server needs no installed fonts, and the faces cover every
/// Vietnamese letter. Their licence (Fonts/LICENSE-DejaVu.txt) allows redistribution.
/// </summary>
public static class FormFonts
{
    public static readonly byte[] Regular = Load("DejaVuSerif");
    public static readonly byte[] Bold = Load("DejaVuSerif-Bold");
    /// <summary>For the place-and-date line and the signature hints, set in italics on the templates.</summary>
    public static readonly byte[] Italic = Load("DejaVuSerif-Italic");

    static byte[] Load(string face)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"MotCua.Fonts.{face}.ttf")
            ?? throw new InvalidOperationException($"Font {face} is not embedded.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
