using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Features.Files;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Supplements;

/// <summary>
/// The applicant completes a dossier online (R15): identified like the status lookup, by the dossier
/// code and the last four digits of the phone, rate limited per client; the clock restarts from zero
/// and the page shows the new due date.
/// </summary>
[EnableRateLimiting(WebSetup.PublicLookup)]
[RequestSizeLimit(Uploads.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.RequestLimit)]
public sealed class OnlineModel(MotCuaDbContext db, DossierPipeline pipeline, IFileStore store, FileStoreOptions fileOptions) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ma")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true, Name = "so")]
    public string? Digits { get; set; }

    [BindProperty]
    public List<string> Components { get; set; } = [];

    public Dossier? Dossier { get; private set; }
    public long MaxUploadBytes => fileOptions.MaxUploadBytes;
    public string? Problem { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Digits))
            return;
        Dossier = await FindAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is not { } dossier)
            return Page();
        Dossier = dossier;
        var read = SubmittedComponent.Read(dossier.Version, Components);
        if (read.Value is not { } components)
        {
            Problem = string.Join(" ", read.Errors.Select(e => e.Message));
            return Page();
        }
        // The supplemented papers' files, checked by content before anything is kept; one refused file keeps the supplement back.
        var (files, problems) = await Uploads.ScansAsync(Request.Form.Files, dossier.Version.Components.Select(c => c.Name).ToList(), store, MaxUploadBytes, cancellationToken);
        if (files is null)
        {
            Problem = string.Join(" ", problems);
            return Page();
        }
        var applicant = new Actor("applicant", dossier.Applicant.Name, Role.Applicant, "");
        var acted = await pipeline.RunAsync(dossier, seen: null, a => Supplement(a.Dossier, components, a.By, a.At, a.Locality, files), cancellationToken, by: applicant);
        if (acted.MessageForApplicant is { } problem)
        {
            Problem = problem;
            return Page();
        }
        Done = $"Đã nhận hồ sơ bổ sung. Thời hạn giải quyết tính lại từ đầu; hẹn trả kết quả mới: {DueBadge.Show(dossier.Due)}.";
        return Redirect($"/bo-sung-ho-so?ma={dossier.Code}&so={Digits!.Trim()}");
    }

    Outcome Supplement(Dossier dossier, IReadOnlyList<SubmittedComponent> components, Actor applicant, DateTimeOffset now, Locality locality,
        IReadOnlyList<StoredScan> files) =>
        dossier.Resubmit(components, applicant, now, locality) is { Succeeded: false } refused
            ? refused
            : Uploads.Attach(db, dossier, files, applicant, now, dossier.AttachOnline);

    /// <summary>The dossier with this code whose applicant's phone ends with these digits; a wrong code and wrong digits answer alike.</summary>
    async Task<Dossier?> FindAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Code))
        {
            Problem = "Nhập mã hồ sơ.";
            return null;
        }
        if (!StatusLookup.IsLastFour(Digits))
        {
            Problem = StatusLookup.DigitsRequired;
            return null;
        }
        var dossier = await StatusLookup.VerifiedAsync(db, StatusLookup.Code(Code), Digits, tracked: true, cancellationToken);
        if (dossier is null)
            Problem = StatusLookup.NotFound + ".";
        return dossier;
    }
}
