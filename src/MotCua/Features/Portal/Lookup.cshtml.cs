using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;
using MotCua.Features.Fees;
using MotCua.Features.Files;
using MotCua.Features.Forms;
using MotCua.Features.Payments;
using MotCua.Platform;
using MotCua.Features.Shared;

namespace MotCua.Features.Portal;

/// <summary>
/// The public status lookup: a dossier code and the last four digits of the applicant's phone.
/// Rate limited per client, so codes cannot be tried in bulk.
/// </summary>
[EnableRateLimiting(WebSetup.PublicLookup)]
public sealed class LookupModel(MotCuaDbContext db, IssuedForms issuedForms, IFileStore store, OnlinePayments payments, ReceiptDocuments receipts) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ma")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true, Name = "so")]
    public string? Digits { get; set; }

    public DossierStatus? Status { get; private set; }
    public string? Problem { get; private set; }
    /// <summary>The fees due now and whether they can be paid online (R29); null when nothing is due.</summary>
    public PaymentOffer? Payment { get; private set; }
    /// <summary>Whether the dossier has a fee receipt the applicant may download.</summary>
    public bool HasFeeReceipt { get; private set; }

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
        if (Status is null)
            return;
        if (await StatusLookup.VerifiedAsync(db, Status.Code, Digits, cancellationToken: cancellationToken) is { } dossier)
            Payment = payments.OfferFor(dossier);
        HasFeeReceipt = await db.Receipts.AnyAsync(r => r.DossierCode == Status.Code && r.CancelledAt == null, cancellationToken);
    }

    /// <summary>
    /// Online payment of the fees due now (R29): a new attempt, then the gateway. Anyone who passed the
    /// lookup may pay; the receipt, with personal data, still asks for the whole phone number.
    /// </summary>
    public async Task<IActionResult> OnPostPayAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        if (Status is null)
            return Page();
        var dossier = await StatusLookup.VerifiedAsync(db, Status.Code, Digits, cancellationToken: cancellationToken);
        var client = HttpContext.Connection.RemoteIpAddress ?? System.Net.IPAddress.Loopback;
        if (dossier is not null && await payments.StartAsync(dossier, client, cancellationToken) is { } url)
            return Redirect(url);
        Problem = Payment?.CounterOnly ?? "Hồ sơ không còn khoản phí, lệ phí nào phải nộp.";
        return Page();
    }

    /// <summary>The latest fee receipt of the dossier (R29), the PDF stored at its first print.</summary>
    public async Task<IActionResult> OnPostFeeReceiptAsync(CancellationToken cancellationToken)
    {
        if (await OwnedAsync(cancellationToken) is not { } dossier)
            return Page();
        var receipt = await db.Receipts.AsNoTracking().Where(r => r.DossierCode == dossier.Code && r.CancelledAt == null)
            .OrderByDescending(r => r.CollectedAt).FirstOrDefaultAsync(cancellationToken);
        if (receipt is null)
        {
            Problem = "Hồ sơ chưa có biên lai thu phí, lệ phí.";
            return Page();
        }
        return File(await receipts.GetAsync(receipt, cancellationToken), "application/pdf", $"bien-lai-{dossier.Code}-{receipt.NumberText}.pdf");
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
        // The return page from the gateway asks only the whole number: its last four digits are the lookup's.
        if (string.IsNullOrWhiteSpace(Digits) && PhoneNumber.TryParse(FullPhone, out var typed))
            Digits = typed.LastFour;
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
