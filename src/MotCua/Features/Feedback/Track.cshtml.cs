using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;
using MotCua.Platform;

namespace MotCua.Features.Feedback;

/// <summary>
/// The sender follows their feedback with its code and a second secret (the phone's last four digits, or the whole
/// e-mail address): its steps and the units that took them, a question to reply to, the answer to like or dislike and
/// download as the written PDF (with the whole phone number), and a further complaint about the answer. Rate limited like the dossier lookup.
/// </summary>
[EnableRateLimiting(WebSetup.PublicLookup)]
public sealed class TrackModel(MotCuaDbContext db, FeedbackDesk desk) : PageModel
{
    public const string NotFoundMessage = "Không tìm thấy phản ánh, kiến nghị với mã số và thông tin này.";
    public const string FullPhoneRequired = "Nhập đầy đủ số điện thoại đã khai khi gửi phản ánh, kiến nghị để tải văn bản trả lời (văn bản có đầy đủ thông tin cá nhân của Ông/Bà).";

    [BindProperty(SupportsGet = true, Name = "ma")] public string? Code { get; set; }
    [BindProperty(SupportsGet = true, Name = "so")] public string? Secret { get; set; }
    [BindProperty] public string? Text { get; set; }

    public FeedbackItem? Item { get; private set; }
    public Dictionary<string, string> UnitNames { get; private set; } = [];
    public string? Problem { get; private set; }
    [TempData] public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Secret))
            return;
        await FindAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostReplyAsync(CancellationToken cancellationToken) =>
        ActAsync((item, by, at, _) => item.ReplyToRequest(Text ?? "", by, at), "Đã gửi thông tin bổ sung.", needsText: true, cancellationToken);

    public Task<IActionResult> OnPostLikeAsync(CancellationToken cancellationToken) =>
        ActAsync((item, by, at, _) => item.Rate(AnswerVerdict.Like, by, at), "Cảm ơn Ông/Bà đã đánh giá câu trả lời.", needsText: false, cancellationToken);

    public Task<IActionResult> OnPostDislikeAsync(CancellationToken cancellationToken) =>
        ActAsync((item, by, at, _) => item.Rate(AnswerVerdict.Dislike, by, at), "Cảm ơn Ông/Bà đã đánh giá câu trả lời.", needsText: false, cancellationToken);

    public async Task<IActionResult> OnPostAgainAsync(CancellationToken cancellationToken)
    {
        if (!await FindAsync(cancellationToken))
            return Page();
        if (SenderActs.TextProblem(Text) is { } problem)
            return Refuse(problem);
        var acted = await desk.ComplainAgainAsync(Item!, Text!.Trim(), SenderActs.As(Item!), cancellationToken);
        if (acted is not FeedbackActed.Done { Item: var again })
            return Refuse(acted.MessageForSender!);
        TempData[SendModel.SentKey] = again.Code;
        return Redirect($"/phan-anh/da-gui/{again.Code}");
    }

    /// <summary>The whole phone number, asked before the written answer is given: it carries the sender's contact in full.</summary>
    [BindProperty(Name = "dt")] public string? FullPhone { get; set; }

    /// <summary>Whether the sender followed the item with their e-mail address, which already proves them for the written answer.</summary>
    public bool FollowedByEmail => Item?.Sender.Email is { } email && string.Equals(email, Secret?.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The written answer (R34) as it was first printed and kept (R52), the same bytes every time; the same PDF officers print.</summary>
    public async Task<IActionResult> OnPostAnswerPdfAsync([FromServices] AnswerDocuments documents, CancellationToken cancellationToken)
    {
        if (!await FindAsync(cancellationToken))
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        if (!FollowedByEmail && !PhoneNumber.TryParse(FullPhone, out _))
            return Refuse(FullPhoneRequired, StatusCodes.Status400BadRequest);
        if (await desk.FindOwnedBySenderAsync(Item!.Code, FollowedByEmail ? Secret : FullPhone, cancellationToken) is not { } owned)
            return Refuse("Số điện thoại không khớp với số đã khai khi gửi phản ánh, kiến nghị.", StatusCodes.Status403Forbidden);
        if (owned.Answer is null)
            return Refuse("Phản ánh, kiến nghị chưa có văn bản trả lời.", StatusCodes.Status404NotFound);
        return File(await documents.GetAsync(owned, cancellationToken), "application/pdf", $"tra-loi-{owned.Code}.pdf");
    }

    async Task<IActionResult> ActAsync(Func<FeedbackItem, Actor, DateTimeOffset, Locality, Outcome> act, string done, bool needsText, CancellationToken cancellationToken)
    {
        if (!await FindAsync(cancellationToken))
            return Page();
        if (needsText && SenderActs.TextProblem(Text) is { } problem)
            return Refuse(problem);
        var acted = await desk.ActAsync(Item!, seen: null, act, SenderActs.As(Item!), cancellationToken);
        if (acted.MessageForSender is { } refused)
        {
            await FindAsync(cancellationToken);
            return Refuse(refused);
        }
        Done = done;
        return Redirect($"/phan-anh/tra-cuu?ma={Uri.EscapeDataString(Item!.Code)}&so={Uri.EscapeDataString(Secret!.Trim())}");
    }


    IActionResult Refuse(string message, int status = StatusCodes.Status422UnprocessableEntity)
    {
        Problem = message;
        Response.StatusCode = status;
        return Page();
    }

    async Task<bool> FindAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        Item = await desk.FindForSenderAsync(Code, Secret, cancellationToken);
        if (Item is null)
        {
            Problem = NotFoundMessage;
            return false;
        }
        var units = Item.Events.SelectMany(e => new[] { e.UnitId, e.ToUnitId }).OfType<string>().Distinct().ToList();
        UnitNames = await db.Units.AsNoTracking().Where(u => units.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        return true;
    }
}
