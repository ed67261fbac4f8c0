using System.Net;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Data.Fees;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Fees;
using MotCua.Features.Fees;
using MotCua.Features.Payments.Vnpay;
using MotCua.Features.Shared;

namespace MotCua.Features.Payments;

/// <summary>What the portal offers for the fees due now: the amount and whether it can be paid online, or why not.</summary>
/// <param name="CounterOnly">Why the fees are paid at the counter instead; null when they can be paid online.</param>
public sealed record PaymentOffer(FeeTiming Timing, long Amount, string? CounterOnly)
{
    public bool Online => CounterOnly is null;
}

/// <summary>
/// Paying a dossier's fees online through VNPAY (R29): the portal opens an attempt and sends the citizen
/// to the gateway; the gateway's notification (IPN) alone records the payment, as a collection through
/// the dossier's pipeline by the system, with a numbered receipt; the return page only shows it.
/// </summary>
public sealed class OnlinePayments(MotCuaDbContext db, VnpayMerchant vnpay, Cashier cashier, TimeProvider time, ILogger<OnlinePayments> log)
{
    public const string PayAtCounter = "Khoản phí, lệ phí của hồ sơ này tùy theo số lượng hoặc lựa chọn của bạn: xin nộp tại bộ phận một cửa.";

    /// <summary>What the dossier owes now, with no reduction (a reduction is checked at the counter); null when nothing is due.</summary>
    public PaymentOffer? OfferFor(Dossier dossier)
    {
        if (dossier.FeesDueNow is not { } timing)
            return null;
        var lines = dossier.FeeLines(timing);
        // A quantity or a choice is the collector's question to the applicant: the gateway cannot ask it.
        if (lines.Any(f => f.OnRequest || f.PerUnit is not null || f.Choice is not null))
            return new PaymentOffer(timing, 0, PayAtCounter);
        var bill = FeeAssessment.Assess(lines, [], null).Value;
        if (bill is not { Total: > 0 })
            return new PaymentOffer(timing, 0, PayAtCounter);
        return new PaymentOffer(timing, bill.Total, vnpay.IsEnabled ? null : "Cổng dịch vụ chưa nhận thanh toán trực tuyến: xin nộp tại bộ phận một cửa.");
    }

    /// <summary>A new attempt (a new reference: the gateway refuses one it has seen), saved before the citizen leaves; the address to send them to.</summary>
    public async Task<string?> StartAsync(Dossier dossier, IPAddress client, CancellationToken cancellationToken = default)
    {
        if (OfferFor(dossier) is not { Online: true } offer)
            return null;
        var intent = new PaymentIntent
        {
            TxnRef = Guid.CreateVersion7().ToString("N"),
            DossierCode = dossier.Code,
            Amount = offer.Amount,
            Timing = offer.Timing,
            CreatedAt = time.GetUtcNow(),
            Status = PaymentIntentStatus.Pending,
        };
        db.PaymentIntents.Add(intent);
        await db.SaveChangesAsync(cancellationToken);
        return vnpay.PaymentUrl(new VnpayPaymentRequest(intent.TxnRef, intent.Amount, $"Nộp phí, lệ phí hồ sơ {dossier.Code}", client));
    }

    /// <summary>
    /// The gateway's notification, checked in the order the spec gives (signature, order, amount, already
    /// confirmed), then recorded once: two notifications at once race on the dossier's row version, and
    /// the loser finds the attempt settled.
    /// </summary>
    public async Task<VnpayIpnAnswer> SettleAsync(VnpayCallback callback, CancellationToken cancellationToken = default)
    {
        if (callback is not VnpayCallback.Valid { Result: var result })
            return callback.Rejection!;
        for (var attempt = 0; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var intent = await db.PaymentIntents.SingleOrDefaultAsync(p => p.TxnRef == result.TxnRef, cancellationToken);
            if (intent is null)
            {
                log.LogWarning("VNPAY: thông báo cho mã giao dịch không có {TxnRef}", result.TxnRef);
                return VnpayIpnAnswer.OrderNotFound;
            }
            if (intent.Amount != result.Amount)
            {
                log.LogWarning("VNPAY: số tiền {Amount} của giao dịch {TxnRef} khác số tiền đã yêu cầu {Expected}", result.Amount, result.TxnRef, intent.Amount);
                return VnpayIpnAnswer.InvalidAmount;
            }
            if (intent.IsSettled)
            {
                log.LogInformation("VNPAY: thông báo lặp lại cho giao dịch đã ghi nhận {TxnRef} ({Status}), không thay đổi gì", intent.TxnRef, intent.Status);
                return VnpayIpnAnswer.OrderAlreadyConfirmed;
            }
            var now = time.GetUtcNow();
            intent.ResponseCode = result.ResponseCode;
            intent.SettledAt = now;
            if (!result.IsPaid)
            {
                intent.Status = result.ResponseCode == VnpayResponseCodes.CancelledByCustomer ? PaymentIntentStatus.Cancelled : PaymentIntentStatus.Failed;
                return await SaveSettledAsync(intent, cancellationToken);
            }
            intent.Status = PaymentIntentStatus.Paid;
            intent.GatewayTransaction = result.TransactionNo;
            var dossier = await db.Dossiers.Whole().SingleOrDefaultAsync(d => d.Code == intent.DossierCode, cancellationToken);
            if (dossier?.FeesDueNow != intent.Timing)
            {
                // Paid at the counter meanwhile (or the dossier moved on): the money is the gateway's to give back, not a second receipt.
                log.LogWarning("VNPAY: giao dịch {TxnRef} ({TransactionNo}) đã thanh toán {Amount} đ nhưng hồ sơ {Code} không còn nợ khoản này: cần đối soát và hoàn tiền",
                    intent.TxnRef, result.TransactionNo, result.Amount, intent.DossierCode);
                return await SaveSettledAsync(intent, cancellationToken);
            }
            var acted = await cashier.CollectAsync(dossier, seen: null,
                new CollectRequest([], null, PaymentMethod.Online, result.TransactionNo), cancellationToken, Actor.SystemJob(Receipts.CollectorUnit(dossier)));
            switch (acted)
            {
                case Acted.Done:
                    if (cashier.Issued is { } receipt)
                    {
                        intent.ReceiptId = receipt.Id;
                        await db.SaveChangesAsync(cancellationToken);
                    }
                    log.LogInformation("VNPAY: ghi nhận thanh toán {Amount} đ của hồ sơ {Code}, giao dịch {TxnRef} ({TransactionNo})",
                        intent.Amount, intent.DossierCode, intent.TxnRef, result.TransactionNo);
                    return VnpayIpnAnswer.ConfirmSuccess;
                case Acted.Conflict when attempt < 3:
                    // Another notification, or an officer, changed the dossier first: read again, and find the attempt settled or try once more.
                    continue;
                default:
                    log.LogError("VNPAY: không ghi nhận được thanh toán của giao dịch {TxnRef} cho hồ sơ {Code}: {Message}", intent.TxnRef, intent.DossierCode, acted.Message);
                    return VnpayIpnAnswer.UnknownError;
            }
        }
    }

    /// <summary>An outcome with no receipt: saved only if no other notification settled the attempt first.</summary>
    async Task<VnpayIpnAnswer> SaveSettledAsync(PaymentIntent intent, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var changed = await db.PaymentIntents.Where(p => p.Id == intent.Id && p.Status == PaymentIntentStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(p => p.Status, intent.Status)
                .SetProperty(p => p.ResponseCode, intent.ResponseCode)
                .SetProperty(p => p.GatewayTransaction, intent.GatewayTransaction)
                .SetProperty(p => p.SettledAt, intent.SettledAt), cancellationToken);
        if (changed == 0)
            log.LogInformation("VNPAY: thông báo trùng cho giao dịch {TxnRef}, đã được ghi nhận trước", intent.TxnRef);
        return changed == 1 ? VnpayIpnAnswer.ConfirmSuccess : VnpayIpnAnswer.OrderAlreadyConfirmed;
    }

    /// <summary>The attempt a return to the portal names, as recorded (the return itself records nothing).</summary>
    public Task<PaymentIntent?> FindAsync(string txnRef, CancellationToken cancellationToken = default) =>
        db.PaymentIntents.AsNoTracking().SingleOrDefaultAsync(p => p.TxnRef == txnRef, cancellationToken);
}

public static class OnlinePaymentEndpoints
{
    /// <summary>The gateway's notification: anonymous, a GET with no anti-forgery (the signature vouches for it), answered as the spec's JSON.</summary>
    public static IEndpointRouteBuilder MapOnlinePayments(this IEndpointRouteBuilder app, string ipnPath)
    {
        app.MapGet(ipnPath, async (HttpRequest request, VnpayMerchant vnpay, OnlinePayments payments, CancellationToken cancellationToken) =>
                TypedResults.Json(await payments.SettleAsync(vnpay.Read(request.Query), cancellationToken)))
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }
}
