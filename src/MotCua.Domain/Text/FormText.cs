namespace MotCua.Domain;

/// <summary>
/// Free text that may be printed on a form (a name, an address, a reason, a result's description): the forms'
/// embedded font (DejaVu Serif) covers Latin and Vietnamese, not other scripts, so text is checked when it is
/// typed, with a message the person can act on, rather than failing later when the PDF is drawn.
/// </summary>
public static class FormText
{
    /// <summary>The longest free text of an action (a reason, a description, an answer), as the pages and the API take it.</summary>
    public const int MaxLength = 2000;

    /// <summary>
    /// The code points the forms' three faces all draw (checked against the font by a test): Basic Latin,
    /// Latin-1 and Latin Extended-A/B, the combining accents Vietnamese typed decomposed uses, the precomposed
    /// Vietnamese letters (Latin Extended Additional), dashes, quotes, bullets and the ellipsis, € and №.
    /// Spaces other than the plain one, zero-width and direction marks are left out: they print as nothing.
    /// </summary>
    static readonly (int From, int To)[] Printable =
    [
        (0x0020, 0x007E),
        (0x00A0, 0x024F),
        (0x0300, 0x033F),
        (0x1E00, 0x1EFB),
        (0x2010, 0x2026),
        (0x2030, 0x203A),
        (0x20AC, 0x20AC),
        (0x2116, 0x2116),
    ];

    public static bool IsPrintable(char c) => Printable.Any(r => c >= r.From && c <= r.To);

    /// <summary>
    /// Why <paramref name="text"/> (already trimmed) cannot be kept and printed as <paramref name="what"/>, in Vietnamese;
    /// null when it can. Line breaks are allowed only in a multi-line text; no other control character ever is.
    /// </summary>
    public static string? Problem(string? text, string what, int maxLength = MaxLength, bool multiline = false)
    {
        if (string.IsNullOrEmpty(text))
            return null;
        if (text.Length > maxLength)
            return $"{what} không quá {maxLength} ký tự.";
        foreach (var c in text)
        {
            if (multiline && c is '\r' or '\n')
                continue;
            if (char.IsControl(c))
                return multiline
                    ? $"{what} có ký tự điều khiển (như tab) không được phép; chỉ xuống dòng khi cần."
                    : $"{what} chỉ gồm một dòng, không có ký tự xuống dòng, tab hay ký tự điều khiển.";
            if (!IsPrintable(c))
                return $"{what} có ký tự \"{Shown(text, c)}\" không in được trên giấy tờ: chỉ dùng chữ tiếng Việt hoặc chữ Latinh, chữ số và dấu câu thông thường.";
        }
        return null;
    }

    /// <summary>The offending character as the person typed it (a whole emoji rather than half of one).</summary>
    static string Shown(string text, char c)
    {
        var i = text.IndexOf(c, StringComparison.Ordinal);
        return char.IsHighSurrogate(c) && i + 1 < text.Length ? text.Substring(i, 2) : c.ToString();
    }
}
