using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;
using MotCua.Features.Files;
using MotCua.Platform;

namespace MotCua.Features.Feedback;

/// <summary>
/// The portal's feedback form (R33, R34): what it is about, the dossier it concerns (proved with the phone's last
/// four digits, as the lookup does), who sends it and how to answer them, the text and up to five files checked
/// by their content. The sender gets the item's code at once, and by SMS or e-mail.
/// </summary>
[EnableRateLimiting(WebSetup.PublicSubmission)]
[RequestSizeLimit(Uploads.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.RequestLimit)]
public sealed class SendModel(MotCuaDbContext db, FeedbackDesk desk, IFileStore store, FileStoreOptions fileOptions) : PageModel
{
    /// <summary>Which item this browser has just sent, for the receipt page.</summary>
    public const string SentKey = "Feedback.Sent";

    /// <summary>What the public may write about; the Center's management is for its own officers.</summary>
    public static readonly FeedbackTopic[] PublicTopics =
        [FeedbackTopic.AgencyHandling, FeedbackTopic.CenterCoordination, FeedbackTopic.OfficerConduct, FeedbackTopic.Regulation];

    [BindProperty] public FeedbackInput Input { get; set; } = new();

    public IReadOnlyList<Unit> Agencies { get; private set; } = [];
    public long MaxUploadBytes => fileOptions.MaxUploadBytes;

    public async Task OnGetAsync(string? ma, CancellationToken cancellationToken)
    {
        Input.DossierCode = ma;
        if (!string.IsNullOrWhiteSpace(ma))
            Input.Topic = nameof(FeedbackTopic.AgencyHandling);
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var (request, problems) = await Input.ReadAsync(db, Agencies, cancellationToken);
        foreach (var (field, message) in problems)
            ModelState.AddModelError($"Input.{field}", message);
        if (request is null)
            return Page();

        var (checkedFiles, fileProblems, _) = await FeedbackFiles.CheckAsync(Request.Form.Files, MaxUploadBytes, cancellationToken);
        if (checkedFiles is null)
        {
            fileProblems.ForEach(p => ModelState.AddModelError("", p));
            return Page();
        }
        var files = await FeedbackFiles.StoreAsync(checkedFiles, store, cancellationToken);
        var sender = new Actor("applicant", request.Sender.Name, Role.Applicant, "");
        var acted = await desk.ReceiveAsync((code, centerId, at, locality) => FeedbackItem.Receive(code, centerId, FeedbackChannel.Portal, request.Topic,
            request.Sender, request.Subject, request.Text, request.DossierCode, request.AgencyId, sender, at, locality, files), cancellationToken);
        if (acted is not FeedbackActed.Done { Item: var item })
        {
            ModelState.AddModelError("", acted.MessageForSender!);
            return Page();
        }
        TempData[SentKey] = item.Code;
        return Redirect($"/phan-anh/da-gui/{item.Code}");
    }

    async Task LoadAsync(CancellationToken cancellationToken) =>
        Agencies = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Agency).OrderBy(u => u.Name).ToListAsync(cancellationToken);
}
