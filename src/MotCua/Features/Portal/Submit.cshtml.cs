using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Features.Files;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Portal;

/// <summary>
/// Online submission (R9): the applicant chooses the case, gives their details, confirms the published
/// components they submit (R4) and how to receive the result. The form carries an idempotency key made
/// when it was shown, so posting it twice makes one dossier.
/// </summary>
[RequestSizeLimit(Uploads.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.RequestLimit)]
public sealed class SubmitModel(MotCuaDbContext db, LocalitySource localities, TimeProvider time, IFileStore store, FileStoreOptions fileOptions,
    DossierPipeline pipeline) : PageModel
{
    /// <summary>Which dossier this browser has just submitted, for the confirmation page.</summary>
    public const string SubmittedKey = "Portal.Submitted";

    [BindProperty] public string? CaseName { get; set; }
    [BindProperty] public ApplicantInput Applicant { get; set; } = new();
    [BindProperty] public List<string> Components { get; set; } = [];
    [BindProperty] public string? ResultChannel { get; set; }
    [BindProperty] public string? IdempotencyKey { get; set; }

    public Procedure? Procedure { get; private set; }
    public ProcedureVersion? Version { get; private set; }
    /// <summary>Why the submission was refused, with the rule's id.</summary>
    public string? Refusal { get; private set; }

    public bool AcceptsOnline => Version?.AcceptsChannel(Channel.Online) == true;
    public long MaxUploadBytes => fileOptions.MaxUploadBytes;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
            return NotFoundPage();
        IdempotencyKey = Guid.NewGuid().ToString();
        CaseName = Version!.Cases.Count == 1 ? Version.Cases[0].Name : null;
        ResultChannel = Version.ChannelsOut.Count == 1 ? Version.ChannelsOut.Single().ToString() : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
            return NotFoundPage();
        if (!AcceptsOnline)
            return Page();
        var request = Read();
        if (request is null || !ModelState.IsValid)
            return Page();
        // Each component's file, checked by content before anything is kept; one refused file keeps the submission back.
        var (files, problems) = await Uploads.ScansAsync(Request.Form.Files, Version!.Components.Select(c => c.Name).ToList(), store, MaxUploadBytes, cancellationToken);
        if (files is null)
        {
            problems.ForEach(p => ModelState.AddModelError("", p));
            return Page();
        }

        var outcome = await OnlineSubmission.SubmitAsync(pipeline, db, IdempotencyKey!, request, cancellationToken, files);
        switch (outcome.Result)
        {
            case SubmissionResult.Refused:
                Refusal = outcome.Refusal!.Message;
                return Page();
            case SubmissionResult.UnknownProcedure:
                Version = null;
                return NotFoundPage();
            default:
                // A repeated post of this form (same key) lands on the dossier the first one made.
                TempData[SubmittedKey] = outcome.Code!.ToString();
                return Redirect($"/nop-ho-so/da-nop/{outcome.Code}");
        }
    }

    async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var locality = await localities.GetAsync(db, cancellationToken);
        Procedure = await db.Procedures.AsNoTracking().Include(p => p.Versions).SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        Version = Procedure?.VersionInForceOn(locality.Calendar.LocalDate(time.GetUtcNow()));
        return Version is not null;
    }

    IActionResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    OnlineRequest? Read()
    {
        if (!Guid.TryParse(IdempotencyKey, out _))
        {
            ModelState.AddModelError("", "Biểu mẫu không hợp lệ hoặc đã cũ; xin tải lại trang và nhập lại.");
            IdempotencyKey = Guid.NewGuid().ToString();
        }
        if (string.IsNullOrWhiteSpace(CaseName))
            ModelState.AddModelError(nameof(CaseName), "Chọn trường hợp giải quyết.");
        if (!Enum.TryParse<Channel>(ResultChannel, out var resultChannel) || Enum.GetName(resultChannel) != ResultChannel)
            ModelState.AddModelError(nameof(ResultChannel), "Chọn cách nhận kết quả.");
        var applicant = Applicant.Read();
        applicant.Errors.AddTo(ModelState, field => $"{nameof(Applicant)}.{field}");
        var components = SubmittedComponent.Read(Version!, Components);
        components.Errors.AddTo(ModelState, _ => nameof(Components));
        if (!ModelState.IsValid)
            return null;
        return new OnlineRequest(Procedure!.Code, CaseName!, applicant.Value!, components.Value!, resultChannel);
    }
}
