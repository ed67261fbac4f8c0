using MotCua.Domain.Catalog;
using MotCua.Domain.Fees;

namespace MotCua.Domain.Dossiers;

/// <summary>What a collection made: the receipt's id (none when exempt) and its items.</summary>
public sealed record Collection(Guid? ReceiptId, FeeBill Bill, FeeTiming Timing);

public sealed partial class Dossier
{
    readonly List<FeePayment> _payments = [];

    /// <summary>Who collects this dossier's fees, fixed at reception under the profile and the agency's choice (R29).</summary>
    public FeeCollector FeeCollector { get; private set; }

    public IReadOnlyList<FeePayment> Payments => _payments;

    /// <summary>The stage whose fees are due and unpaid now, if any: what comes before processing first, then what comes on return (R29).</summary>
    public FeeTiming? FeesDueNow =>
        Unpaid(FeeTiming.BeforeProcessing) ? FeeTiming.BeforeProcessing
        : State is DossierState.ResultReady or DossierState.AtReturnDesk && Result?.Kind != ResultKind.Refused && Unpaid(FeeTiming.OnReturn) ? FeeTiming.OnReturn
        : null;

    /// <summary>The lines the applicant may be charged at <paramref name="timing"/>: the version's schedule for this case and channel.</summary>
    public IReadOnlyList<Fee> FeeLines(FeeTiming timing) => FeeAssessment.Lines(Version, Case.Name, ChannelIn, timing);

    /// <summary>
    /// The collector takes the fees due now and issues a receipt (R29): cash, transfer or card at the
    /// counter; the payment gateway's notification for an online payment (acting as the system). When
    /// every line due is exempted for the applicant's category, the exemption is recorded, without a receipt.
    /// </summary>
    public Outcome<Collection> CollectFees(IReadOnlyList<FeeChoice> choices, string? reductionCategory, PaymentMethod method,
        Actor by, DateTimeOffset at, Locality locality)
    {
        if (Check(DossierCommand.CollectFees, by, at, locality) is { } broken)
            return broken;
        if (by.Role == Role.System != (method == PaymentMethod.Online))
            return FeeRules.NotOnline;
        var timing = FeesDueNow!.Value;
        var assessed = FeeAssessment.Assess(FeeLines(timing), choices, reductionCategory);
        if (assessed.Value is not { } bill)
            return assessed.Broken!;
        var exempt = bill.Total == 0;
        var collection = new Collection(exempt ? null : Guid.CreateVersion7(at), bill, timing);
        var usedMethod = exempt ? PaymentMethod.Exempt : method;
        _payments.Add(new FeePayment(collection.ReceiptId, timing, bill.Total, usedMethod, at, by.Name));
        var what = exempt ? $"Miễn phí, lệ phí ({reductionCategory})" : $"Thu {VietnameseFormat.Money(bill.Total)} ({usedMethod.Vietnamese().ToLowerInvariant()})";
        Append(at, DossierAction.CollectFees, State, by, Applicant.Name, reason: what, documents: bill.Items.Select(i => i.Name).ToList());
        return collection;
    }

    /// <summary>A receipt issued by mistake is cancelled, never deleted: the leader of the collecting unit approves, with the reason; the fees are due again (R29, R52).</summary>
    public Outcome CancelReceipt(Guid receiptId, string reason, Actor by, DateTimeOffset at, Locality locality)
    {
        if ((Check(DossierCommand.CancelReceipt, by, at, locality) ?? Required(DossierAction.CancelReceipt, reason)) is { } broken)
            return broken;
        var index = _payments.FindIndex(p => p.ReceiptId == receiptId && p.IsValid);
        if (index < 0)
            return FeeRules.NoSuchReceipt;
        if (_payments[index].Refunded > 0)
            return FeeRules.RefundedCannotBeCancelled;
        _payments[index] = _payments[index] with { CancelledAt = at };
        Append(at, DossierAction.CancelReceipt, State, by, Applicant.Name, reason: reason);
        return Outcome.Ok;
    }

    /// <summary>Money given back to the applicant (a dossier stopped or refused, an overpayment): the leader of the collecting unit approves, with the reason (R29).</summary>
    public Outcome RefundFees(Guid receiptId, long amount, string reason, Actor by, DateTimeOffset at, Locality locality)
    {
        if ((Check(DossierCommand.RefundFees, by, at, locality) ?? Required(DossierAction.RefundFees, reason)) is { } broken)
            return broken;
        var index = _payments.FindIndex(p => p.ReceiptId == receiptId && p.IsValid);
        if (index < 0)
            return FeeRules.NoSuchReceipt;
        var payment = _payments[index];
        if (payment.Refunded > 0)
            return FeeRules.AlreadyRefunded;
        if (amount < 1 || amount > payment.Total)
            return FeeRules.RefundOutOfRange(payment.Total);
        _payments[index] = payment with { Refunded = amount };
        Append(at, DossierAction.RefundFees, State, by, Applicant.Name, reason: $"Hoàn trả {VietnameseFormat.Money(amount)}: {reason}");
        return Outcome.Ok;
    }

    bool Unpaid(FeeTiming timing) =>
        FeeAssessment.Owes(Version, Case.Name, ChannelIn, timing) && !_payments.Any(p => p.Timing == timing && p.IsValid);

    /// <summary>Who may take money for this dossier: the collecting unit's officers; the Center only under a sole-collector profile (R29).</summary>
    BrokenRule? CollectRefusal(Actor by, Locality locality)
    {
        if (State.IsFinal() || State is DossierState.CompletionRequested)
            return DossierRules.NotInState(DossierAction.CollectFees, State);
        if (by.Role != Role.System && locality.Profile.SoleFeeCollectorAndReturnPoint && by.UnitId != CenterId)
            return FeeRules.CenterIsSoleCollector;
        var broken = FeeCollector == FeeCollector.Center
            ? Guard(DossierAction.CollectFees, by, [State], [Role.Reception, Role.CenterStaff], CenterId)
            : Guard(DossierAction.CollectFees, by, [State], [Role.Processor, Role.AgencyLeader], AgencyId);
        return broken ?? (FeesDueNow is null ? FeeRules.NothingToCollect : null);
    }

    /// <summary>Cancellations and refunds are approved by the leader of the unit that collected: the Center's director or the agency's leader.</summary>
    BrokenRule? ReceiptCorrectionRefusal(DossierAction action, Actor by) =>
        (FeeCollector == FeeCollector.Center
            ? Guard(action, by, AnyState, [Role.CenterDirector], CenterId)
            : Guard(action, by, AnyState, [Role.AgencyLeader], AgencyId))
            ?? (_payments.Any(p => p.ReceiptId is not null && p.IsValid) ? null : FeeRules.NoSuchReceipt);
}
