using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using MotCua.Features.Shared;

namespace MotCua.Features.Kiosk;

/// <summary>
/// Reads what the kiosk's scanner typed from a receipt's QR — the status link (<c>/tra-cuu?ma=…</c>) or the rating link
/// (<c>/danh-gia?ma=…&amp;k=…</c>) — or a code typed by hand, and opens the status lookup or the rating form with it.
/// The lookup still asks for the phone's last four digits; the rating link's signature stands in for them (R33).
/// </summary>
public sealed class ScanModel : PageModel
{
    public const string Status = "tra-cuu";
    public const string Rating = "danh-gia";
    public const int MaxLength = 300;

    [BindProperty(SupportsGet = true, Name = "muc")] public string? Purpose { get; set; }
    [BindProperty(SupportsGet = true, Name = "noi-dung")] public string? Scanned { get; set; }

    public bool ForRating => Purpose == Rating;
    public string? Problem { get; private set; }

    public IActionResult OnGet()
    {
        if (string.IsNullOrWhiteSpace(Scanned))
            return Page();
        if (Scanned.Length > MaxLength || Scanned.Any(char.IsControl))
        {
            Problem = "Nội dung quét được không phải mã hồ sơ. Xin quét lại mã QR trên giấy tiếp nhận.";
            Scanned = null;
            return Page();
        }
        var (typed, token) = Read(Scanned.Trim());
        if (StatusLookup.Code(typed) is not { } code)
        {
            Problem = "Không đọc được mã hồ sơ. Xin quét lại mã QR trên giấy tiếp nhận, hoặc nhập mã in trên giấy.";
            return Page();
        }
        if (!ForRating)
            return Redirect($"/tra-cuu?ma={Uri.EscapeDataString(code.ToString())}");
        var signed = token is { Length: > 0 and <= 64 } ? $"&k={Uri.EscapeDataString(token)}" : "";
        return Redirect($"/danh-gia?ma={Uri.EscapeDataString(code.ToString())}{signed}");
    }

    /// <summary>The code and signature of a link from a receipt's QR, or the text itself as a code.</summary>
    static (string? Code, string? Token) Read(string scanned)
    {
        var query = scanned.IndexOf('?');
        if (query < 0)
            return (scanned, null);
        var fields = QueryHelpers.ParseQuery(scanned[query..]);
        return (fields.TryGetValue("ma", out var code) ? code.ToString() : null, fields.TryGetValue("k", out var token) ? token.ToString() : null);
    }
}
