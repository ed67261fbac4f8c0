using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Data.Fees;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Domain.Fees;
using MotCua.Features.Shared;

namespace MotCua.Features.Fees;

/// <summary>One line chosen at collection: a per-unit, on-request or alternative line and how many.</summary>
public sealed record FeeChoiceBody(string? Fee, int Quantity);

/// <summary>A collection at the counter: method Cash, BankTransfer or CardOrQr; the quantities of the lines that need one; the applicant's reduction category.</summary>
public sealed record CollectBody(string? Method, string? ReductionCategory, IReadOnlyList<FeeChoiceBody?>? Items) : IActionBody
{
    public IDictionary<string, string[]> Problems()
    {
        var problems = Limits.Line("reductionCategory", ReductionCategory, FeeReduction.MaxCategoryLength);
        if (ParsedMethod is null)
            problems["method"] = ["Hình thức thanh toán phải là Cash (tiền mặt), BankTransfer (chuyển khoản) hoặc CardOrQr (thẻ, mã QR)."];
        if ((Items ?? []).Any(i => i is null || string.IsNullOrWhiteSpace(i.Fee) || i.Fee.Length > Fee.MaxNameLength))
            problems["items"] = [$"Mỗi khoản phải có tên khoản thu (fee, tối đa {Fee.MaxNameLength} ký tự) và số lượng (quantity)."];
        return problems;
    }

    public PaymentMethod? ParsedMethod => Enum.TryParse<PaymentMethod>(Method, out var m) && FeeForm.CounterMethods.Contains(m) ? m : null;

    public CollectRequest Request() => new((Items ?? []).Select(i => new FeeChoice(i!.Fee!.Trim(), i.Quantity)).ToList(),
        string.IsNullOrWhiteSpace(ReductionCategory) ? null : ReductionCategory.Trim(), ParsedMethod!.Value);
}

/// <summary>A cancellation or a refund of one receipt, approved by the collecting unit's leader, with the reason (and the amount of a refund).</summary>
public sealed record ReceiptCorrectionBody(Guid? ReceiptId, string? Reason, long? Amount) : IActionBody
{
    public IDictionary<string, string[]> Problems()
    {
        var problems = Limits.Line("reason", Reason, Receipt.MaxTextLength);
        if (ReceiptId is null)
            problems["receiptId"] = ["Nêu mã biên lai (receiptId)."];
        return problems;
    }
}

/// <summary>A receipt as the officers' API gives it (R29).</summary>
public sealed record ReceiptDto(Guid Id, string Template, string Series, long Number, string DossierCode, string Payer, long Total, string Method,
    DateTimeOffset CollectedAt, string CollectedBy, string? GatewayTransaction, IReadOnlyList<FeeItem> Items,
    DateTimeOffset? CancelledAt, string? CancelReason, long Refunded, string? RefundReason)
{
    public static ReceiptDto From(Receipt r) => new(r.Id, r.Template, r.Series, r.Number, r.DossierCode.ToString(), r.Payer, r.Total, r.Method.ToString(),
        r.CollectedAt, r.CollectedByName, r.GatewayTransaction, r.Items, r.CancelledAt, r.CancelReason, r.Refunded, r.RefundReason);
}

/// <summary>Fees in the officers' API: collect with a receipt, cancel or refund one, list a dossier's receipts (R29).</summary>
public static class FeesApi
{
    public static void MapFeesApi(this RouteGroupBuilder dossier)
    {
        dossier.MapActionRun<CollectBody>("/fees", "CollectFees",
            "Thu phí, lệ phí đến hạn và phát hành biên lai: method (Cash, BankTransfer, CardOrQr), items (khoản theo số lượng, theo yêu cầu, khoản chọn một), reductionCategory (đối tượng miễn, giảm) (R29).",
            (http, d, seen, body) => http.RequestServices.GetRequiredService<Cashier>().CollectAsync(d, seen, body.Request(), http.RequestAborted));
        dossier.MapActionRun<ReceiptCorrectionBody>("/fees/cancellation", "CancelReceipt",
            "Hủy biên lai ghi sai (lãnh đạo đơn vị thu), nêu lý do; khoản thu phải thu lại (R29).",
            (http, d, seen, body) => http.RequestServices.GetRequiredService<Cashier>().CancelAsync(d, seen, body.ReceiptId!.Value, body.Reason!.Trim(), http.RequestAborted));
        dossier.MapActionRun<ReceiptCorrectionBody>("/fees/refund", "RefundFees",
            "Hoàn trả tiền cho người nộp (lãnh đạo đơn vị thu): receiptId, amount (đồng), reason (R29).",
            (http, d, seen, body) => http.RequestServices.GetRequiredService<Cashier>().RefundAsync(d, seen, body.ReceiptId!.Value, body.Amount ?? 0, body.Reason!.Trim(), http.RequestAborted));
        dossier.MapGet("/receipts", async (DossierCode code, MotCuaDbContext db, DossierPipeline pipeline, CancellationToken cancellationToken) =>
            {
                if (await pipeline.LoadAsync(code, DossierScope.Unit, cancellationToken) is null)
                    return new Acted.NotFound(code).ToProblem();
                var receipts = await db.Receipts.AsNoTracking().Where(r => r.DossierCode == code).OrderBy(r => r.CollectedAt).ToListAsync(cancellationToken);
                return TypedResults.Ok(receipts.Select(ReceiptDto.From).ToList());
            })
            .WithName("ListReceipts")
            .WithSummary("Các biên lai đã phát hành của hồ sơ, kể cả biên lai đã hủy, đã hoàn trả (R29).")
            .Produces<List<ReceiptDto>>();
    }
}
