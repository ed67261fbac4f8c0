using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Features.Files;
using MotCua.Features.Forms;
using MotCua.Platform;

namespace MotCua.Features.Portal;

/// <summary>
/// The public status lookup: a dossier code and the last four digits of the applicant's phone.
/// Rate limited per client, so codes cannot be tried in bulk.
/// </summary>
[EnableRateLimiting(WebSetup.PublicLookup)]
public sealed class LookupModel(MotCuaDbContext db, IssuedForms issuedForms, IFileStore store) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ma")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true, Name = "so")]
    public string? Digits { get; set; }

    public DossierStatus? Status { get; private set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Digits))
            return;
        if (string.IsNullOrWhiteSpace(Code))
        {
            Problem = "Nhập mã hồ sơ.";
            return;
        }
        if (!StatusLookup.IsLastFour(Digits?.Trim()))
        {
            Problem = StatusLookup.DigitsRequired;
            return;
        }
        Status = await StatusLookup.FindAsync(db, StatusLookup.Code(Code), Digits, cancellationToken);
        Problem = Status is null ? StatusLookup.NotFound + "." : null;
    }

    /// <summary>The whole phone number, asked before a document with personal data is given.</summary>
    [BindProperty(Name = "dt")]
    public string? FullPhone { get; set; }

    /// <summary>The applicant's own receipt (Mẫu 01), the document the Center issued.</summary>
    public async Task<IActionResult> OnPostReceiptAsync(CancellationToken cancellationToken)
    {
        if (await OwnedAsync(cancellationToken) is not { } dossier)
            return Page();
        var receipt = await issuedForms.GetAsync(dossier, NationalForms.ApplicantReceipt, cancellationToken);
        if (receipt is { } found)
            return File(found.Pdf, "application/pdf", $"giay-tiep-nhan-{dossier.Code}.pdf");
        Problem = "Hồ sơ chưa được tiếp nhận nên chưa có giấy tiếp nhận và hẹn trả kết quả.";
        return Page();
    }

    /// <summary>The signed electronic result (R22), as the agency attached it.</summary>
    public async Task<IActionResult> OnPostResultAsync(CancellationToken cancellationToken)
    {
        if (await OwnedAsync(cancellationToken) is not { } dossier)
            return Page();
        if (await StatusLookup.ResultFileAsync(db, dossier.Code, cancellationToken) is { } file && await store.GetAsync(file.Sha256, cancellationToken) is { } content)
            return File(content, file.ContentType, file.FileName);
        Problem = "Hồ sơ chưa có kết quả điện tử.";
        return Page();
    }

    /// <summary>
    /// Checks the code and digits as the lookup does (and shows the status again), then the whole phone
    /// number: a document with personal data in full needs more than four digits (LAW §13).
    /// </summary>
    async Task<Dossier?> OwnedAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        if (Status is null)
            return null;
        if (!PhoneNumber.TryParse(FullPhone, out var phone))
        {
            Problem = StatusLookup.FullPhoneRequired;
            return null;
        }
        var dossier = await StatusLookup.OwnedAsync(db, Status.Code, phone, cancellationToken);
        if (dossier is null)
            Problem = "Số điện thoại không khớp với số đã khai khi nộp hồ sơ.";
        return dossier;
    }
}
