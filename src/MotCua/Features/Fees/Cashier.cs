using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Data.Fees;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Fees;
using MotCua.Features.Shared;

namespace MotCua.Features.Fees;

/// <summary>What the collector typed: the quantities of per-unit, on-request and alternative lines, the applicant's reduction category, how they paid.</summary>
public sealed record CollectRequest(IReadOnlyList<FeeChoice> Choices, string? ReductionCategory, PaymentMethod Method, string? GatewayTransaction = null);

/// <summary>
/// Collection as a dossier action (R29), for the counter's page, the officers' API and the payment
/// gateway's notification alike: the aggregate decides, then, in the same transaction, the receipt
/// is numbered (no gaps). Its PDF is drawn and stored at its first print (<see cref="ReceiptDocuments"/>).
/// </summary>
public sealed class Cashier(MotCuaDbContext db, DossierPipeline pipeline)
{
    /// <summary>The receipt issued by the last successful <see cref="CollectAsync"/>; null when it issued none (an exemption).</summary>
    public Receipt? Issued { get; private set; }

    public Task<Acted> CollectAsync(Dossier dossier, int? seen, CollectRequest request, CancellationToken cancellationToken = default, Actor? by = null)
    {
        Collection? collection = null;
        return pipeline.RunAsync(dossier, seen, a =>
        {
            var outcome = a.Dossier.CollectFees(request.Choices, request.ReductionCategory, request.Method, a.By, a.At, a.Locality);
            collection = outcome.Value;
            // Paid at reception: the dossier that waited for its fees goes to the agency in the same save (R11, R29).
            if (outcome.Succeeded && a.Dossier.State == DossierState.Received && a.Dossier.Refusal(DossierCommand.Transfer, a.By, a.At, a.Locality) is null)
                return a.Dossier.Transfer(a.By, a.At, a.Locality);
            return new(outcome.Broken);
        }, async (a, ct) =>
        {
            if (collection!.ReceiptId is null)
                return;
            var year = a.Locality.Calendar.ToLocal(a.At).Year;
            var collector = Receipts.CollectorUnit(a.Dossier);
            var (key, day) = Receipts.Counter(collector, year);
            var receipt = Receipts.From(a.Dossier, collection, year, await db.NextAsync(key, day, ct), a.By, a.At, request.GatewayTransaction);
            db.Receipts.Add(receipt);
            Issued = receipt;
        }, cancellationToken, by);
    }

    /// <summary>A receipt issued by mistake is cancelled (R29): on the dossier and on the receipt, in one save.</summary>
    public async Task<Acted> CancelAsync(Dossier dossier, int? seen, Guid receiptId, string reason, CancellationToken cancellationToken = default)
    {
        var receipt = await db.Receipts.SingleOrDefaultAsync(r => r.Id == receiptId && r.DossierCode == dossier.Code, cancellationToken);
        return await pipeline.RunAsync(dossier, seen, a =>
        {
            var outcome = a.Dossier.CancelReceipt(receiptId, reason, a.By, a.At, a.Locality);
            if (outcome.Succeeded && receipt is not null)
            {
                receipt.CancelledAt = a.At;
                receipt.CancelledBy = a.By.Name;
                receipt.CancelReason = reason;
            }
            return outcome;
        }, cancellationToken);
    }

    /// <summary>Money given back (R29): written on the dossier and on the receipt, in one save.</summary>
    public async Task<Acted> RefundAsync(Dossier dossier, int? seen, Guid receiptId, long amount, string reason, CancellationToken cancellationToken = default)
    {
        var receipt = await db.Receipts.SingleOrDefaultAsync(r => r.Id == receiptId && r.DossierCode == dossier.Code, cancellationToken);
        return await pipeline.RunAsync(dossier, seen, a =>
        {
            var outcome = a.Dossier.RefundFees(receiptId, amount, reason, a.By, a.At, a.Locality);
            if (outcome.Succeeded && receipt is not null)
            {
                receipt.Refunded = amount;
                receipt.RefundedAt = a.At;
                receipt.RefundedBy = a.By.Name;
                receipt.RefundReason = reason;
            }
            return outcome;
        }, cancellationToken);
    }
}
