using MotCua.Domain;
using MotCua.Features.Forms;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace MotCua.Tests.Forms;

/// <summary>Every character <see cref="FormText"/> lets through is drawn by each face of the forms' font (R51): no text typed can fail a form later.</summary>
public class FormFontCoverageTests
{
    static readonly string Printable = new(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(FormText.IsPrintable).ToArray());

    public static TheoryData<string> Faces => new() { nameof(FormFonts.Regular), nameof(FormFonts.Bold), nameof(FormFonts.Italic) };

    static byte[] Face(string name) => name switch
    {
        nameof(FormFonts.Bold) => FormFonts.Bold,
        nameof(FormFonts.Italic) => FormFonts.Italic,
        _ => FormFonts.Regular,
    };

    /// <summary>In documents of 200 characters: PdfPig's simple TrueType font holds at most 255 distinct ones per document.</summary>
    static void Draw(string face, string text)
    {
        foreach (var part in text.Chunk(200))
        {
            var document = new PdfDocumentBuilder();
            var font = document.AddTrueTypeFont(Face(face));
            document.AddPage(PageSize.A4).AddText(new string(part), 10, new PdfPoint(20, 400), font);
            document.Build();
        }
    }

    [Theory]
    [MemberData(nameof(Faces))]
    public void Each_face_draws_every_printable_character(string face)
    {
        Assert.True(Printable.Length > 800);
        Draw(face, Printable);
    }

    [Fact]
    public void A_character_outside_the_ranges_is_one_the_font_cannot_draw()
    {
        Assert.False(FormText.IsPrintable('王'));
        Assert.ThrowsAny<Exception>(() => Draw(nameof(FormFonts.Regular), "王"));
    }
}
