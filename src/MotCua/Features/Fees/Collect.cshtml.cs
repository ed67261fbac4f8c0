using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Data.Fees;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Fees;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Fees;

/// <summary>
/// A dossier's fees at the collector's desk (R29, R59): the lines due now with the quantities and the
/// applicant's reduction, the method of payment, the receipt issued and printed; the receipts already
/// issued, which the collecting unit's leader may cancel or refund with a reason.
/// </summary>
public sealed class CollectModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time, Cashier cashier, ReceiptDocuments documents)
    : DossierActionPage(db, officer, localities, time), IFeeForm
{
    public const int MaxReason = Receipt.MaxTextLength;

    /// <summary>The quantity typed for each line due, by its position in <see cref="LinesDue"/>.</summary>
    [BindProperty] public Dictionary<int, int?> Quantity { get; set; } = [];
    [BindProperty] public string? Category { get; set; }
    [BindProperty] public string? Method { get; set; }
    [BindProperty] public Guid? ReceiptId { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public long? Amount { get; set; }

    /// <summary>The receipt just issued, offered for printing once back on the page.</summary>
    [TempData] public Guid? Printable { get; set; }

    public IReadOnlyList<Fee> LinesDue { get; private set; } = [];
    public IReadOnlyList<Receipt> Issued { get; private set; } = [];

    protected override async Task LoadMoreAsync(CancellationToken cancellationToken)
    {
        LinesDue = Dossier.FeesDueNow is { } timing ? Dossier.FeeLines(timing) : [];
        Issued = await Db.Receipts.AsNoTracking().Where(r => r.DossierCode == Dossier.Code).OrderBy(r => r.CollectedAt).ToListAsync(cancellationToken);
    }

    public void OnGet() => Method ??= nameof(PaymentMethod.Cash);

    public async Task<IActionResult> OnPostCollectFeesAsync()
    {
        var (request, problem) = FeeForm.Read(this);
        if (request is null)
            return Refuse(problem!);
        var code = Dossier.Code;
        // Back on this page with the receipt to print: a download alone would leave the form as it was before the collection.
        return await Act(ct => cashier.CollectAsync(Dossier, Seen, request, ct), () =>
        {
            Done = FeeForm.Collected(cashier.Issued, code);
            Printable = cashier.Issued?.Id;
            return Redirect($"/thu-phi/{Uri.EscapeDataString(code.ToString())}");
        }, done: null);
    }

    public async Task<IActionResult> OnPostCancelReceiptAsync()
    {
        if (ReasonProblem() is { } problem)
            return Refuse(problem);
        if (ReceiptId is not { } id)
            return Refuse("Chọn biên lai cần hủy.");
        var reason = Reason!.Trim();
        return await Act(ct => cashier.CancelAsync(Dossier, Seen, id, reason, ct), () => Redirect($"/thu-phi/{Uri.EscapeDataString(Code.ToString())}"),
            "Đã hủy biên lai; khoản phí, lệ phí của hồ sơ phải thu lại.");
    }

    public async Task<IActionResult> OnPostRefundFeesAsync()
    {
        if (ReasonProblem() is { } problem)
            return Refuse(problem);
        if (ReceiptId is not { } id || Amount is not { } amount)
            return Refuse("Chọn biên lai và nhập số tiền hoàn trả (đồng).");
        var reason = Reason!.Trim();
        return await Act(ct => cashier.RefundAsync(Dossier, Seen, id, amount, reason, ct), () => Redirect($"/thu-phi/{Uri.EscapeDataString(Code.ToString())}"),
            $"Đã hoàn trả {VietnameseFormat.Money(amount)} cho người nộp.");
    }

    /// <summary>The receipt's PDF as it was issued (R52).</summary>
    public async Task<IActionResult> OnGetReceiptAsync(Guid id)
    {
        if (Issued.FirstOrDefault(r => r.Id == id) is not { } receipt)
            return NotFound();
        var pdf = await documents.GetAsync(receipt, HttpContext.RequestAborted);
        return File(pdf, "application/pdf", $"bien-lai-{receipt.Series}-{receipt.NumberText}.pdf");
    }

    string? ReasonProblem() =>
        string.IsNullOrWhiteSpace(Reason) ? "Nêu lý do." : FormText.Problem(Reason.Trim(), "Lý do", MaxReason, multiline: true);

    public static string Status(Receipt r) =>
        r.CancelledAt is not null ? "Đã hủy" : r.Refunded > 0 ? $"Đã hoàn trả {VietnameseFormat.Money(r.Refunded)}" : "Có hiệu lực";
}
