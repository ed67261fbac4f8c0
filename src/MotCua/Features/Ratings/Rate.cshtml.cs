using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Ratings;
using MotCua.Platform;
using MotCua.Features.Shared;

namespace MotCua.Features.Ratings;

/// <summary>
/// The applicant rates the service of a dossier (R33, LAW §11.4): with its code and the last four digits of the phone
/// (the portal), or from the QR on the receipt, whose signed link stands in for the digits. Rate limited like the
/// lookup, so codes cannot be tried in bulk.
/// </summary>
[EnableRateLimiting(WebSetup.PublicLookup)]
public sealed class RateModel(MotCuaDbContext db, RatingLinks links, RatingDesk desk, LocalitySource localities) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ma")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true, Name = "so")]
    public string? Digits { get; set; }

    /// <summary>The receipt's signed link (<see cref="RatingLinks"/>).</summary>
    [BindProperty(SupportsGet = true, Name = "k")]
    public string? Token { get; set; }

    [BindProperty(Name = "muc")]
    public string? Level { get; set; }

    /// <summary>The criteria's levels, keyed by their number 1–12 (<c>tc[4]</c>).</summary>
    [BindProperty(Name = "tc")]
    public Dictionary<int, string?>? Criteria { get; set; }

    [BindProperty(Name = "y")]
    public string? Comment { get; set; }

    /// <summary>Whether the page came from a valid QR link: then the phone digits are not asked.</summary>
    public bool FromQr { get; private set; }
    public string? Problem { get; private set; }
    public IReadOnlyList<FieldError> Errors { get; private set; } = [];
    public string? Thanks { get; private set; }

    public void OnGet()
    {
        if (!string.IsNullOrEmpty(Token))
        {
            FromQr = links.Verify(StatusLookup.Code(Code), Token);
            if (!FromQr)
            {
                Problem = BadLink;
                Token = null;
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }
        }
    }

    const string BadLink = "Đường dẫn đánh giá không hợp lệ hoặc đã bị sửa. Nhập mã hồ sơ và 4 chữ số cuối số điện thoại đã khai để đánh giá.";

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var code = StatusLookup.Code(Code);
        Dossier? dossier;
        RatingChannel channel;
        if (!string.IsNullOrEmpty(Token))
        {
            FromQr = true;
            dossier = await StatusLookup.SignedAsync(db, code, c => links.Verify(c, Token), cancellationToken);
            channel = RatingChannel.ReceiptQr;
            if (dossier is null)
                return Refuse(StatusCodes.Status400BadRequest, BadLink);
        }
        else
        {
            if (code is null)
                return Refuse(StatusCodes.Status400BadRequest, "Nhập đúng mã hồ sơ ghi trên giấy tiếp nhận, ví dụ 000.01.31.H22-261123-0001.");
            if (!StatusLookup.IsLastFour(Digits))
                return Refuse(StatusCodes.Status400BadRequest, StatusLookup.DigitsRequired);
            dossier = await StatusLookup.VerifiedAsync(db, code, Digits!.Trim(), cancellationToken: cancellationToken);
            channel = RatingChannel.Portal;
            if (dossier is null)
                return Refuse(StatusCodes.Status404NotFound, StatusLookup.NotFound + ".");
        }
        var choice = RatingChoice.Read(Level, CriteriaByNumber(Criteria), Comment);
        if (choice.Value is null)
        {
            Errors = choice.Errors;
            return Refuse(StatusCodes.Status400BadRequest, "Đánh giá chưa hợp lệ: " + string.Join(" ", choice.Errors.Select(e => e.Message)));
        }
        var saved = await desk.RateAsync(dossier, choice.Value, channel, cancellationToken);
        if (saved.Broken is { } broken)
            return Refuse(StatusCodes.Status422UnprocessableEntity, broken.Message);
        var rating = saved.Value!.Rating;
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        Thanks = $"Cảm ơn bạn đã đánh giá hồ sơ {rating.DossierCode}: {rating.Level.Vietnamese()}. "
            + $"Bạn có thể thay đổi đánh giá đến hết {VietnameseFormat.DateTime(calendar.ToLocal(rating.ChangeableUntil))}.";
        return Page();
    }

    IActionResult Refuse(int status, string message)
    {
        Problem = message;
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>The criteria as numbered on the form; a number outside 1–12 is kept, so the choice reports it.</summary>
    public static IReadOnlyDictionary<RatingCriterion, string?>? CriteriaByNumber(IReadOnlyDictionary<int, string?>? numbered) =>
        numbered?.ToDictionary(c => (RatingCriterion)c.Key, c => c.Value);
}
