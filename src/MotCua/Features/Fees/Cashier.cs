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

    /// <param name="transferWhenPaid">False when the counter decides the dossier itself once paid ("5 tại chỗ", R10).</param>
    public Task<Acted> CollectAsync(Dossier dossier, int? seen, CollectRequest request, CancellationToken cancellationToken = default, Actor? by = null,
        bool transferWhenPaid = true)
    {
        Collection? collection = null;
        return pipeline.RunAsync(dossier, seen, a =>
        {
            var outcome = a.Dossier.CollectFees(request.Choices, request.ReductionCategory, request.Method, a.By, a.At, a.Locality);
            collection = outcome.Value;
            // Paid at reception: the dossier that waited for its fees goes to the agency in the same save (R11, R29).
            if (outcome.Succeeded && transferWhenPaid && a.Dossier.State == DossierState.Received && a.Dossier.Refusal(DossierCommand.Transfer, a.By, a.At, a.Locality) is null)
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
    public Task<Acted> CancelAsync(Dossier dossier, int? seen, Guid receiptId, string reason, CancellationToken cancellationToken = default) =>
        OnReceiptAsync(dossier, seen, receiptId,
            a => a.Dossier.CancelReceipt(receiptId, reason, a.By, a.At, a.Locality),
            (receipt, a) => (receipt.CancelledAt, receipt.CancelledBy, receipt.CancelReason) = (a.At, a.By.Name, reason),
            cancellationToken);

    /// <summary>Money given back (R29): written on the dossier and on the receipt, in one save.</summary>
    public Task<Acted> RefundAsync(Dossier dossier, int? seen, Guid receiptId, long amount, string reason, CancellationToken cancellationToken = default) =>
        OnReceiptAsync(dossier, seen, receiptId,
            a => a.Dossier.RefundFees(receiptId, amount, reason, a.By, a.At, a.Locality),
            (receipt, a) => (receipt.Refunded, receipt.RefundedAt, receipt.RefundedBy, receipt.RefundReason) = (amount, a.At, a.By.Name, reason),
            cancellationToken);

    /// <summary>The aggregate decides on one of its receipts; when it agrees, the receipt row is written in the same save.</summary>
    async Task<Acted> OnReceiptAsync(Dossier dossier, int? seen, Guid receiptId, Func<ActionContext, Outcome> act, Action<Receipt, ActionContext> write, CancellationToken cancellationToken)
    {
        var receipt = await db.Receipts.SingleOrDefaultAsync(r => r.Id == receiptId && r.DossierCode == dossier.Code, cancellationToken);
        return await pipeline.RunAsync(dossier, seen, a =>
        {
            var outcome = act(a);
            if (outcome.Succeeded && receipt is not null)
            {
                var before = receipt.Net;
                write(receipt, a);
                // Already remitted: what was given back is owed by the collector until the next remittance (ADR 13).
                if (receipt.RemittanceId is not null)
                    receipt.Correction -= before - receipt.Net;
            }
            return outcome;
        }, cancellationToken);
    }
}
