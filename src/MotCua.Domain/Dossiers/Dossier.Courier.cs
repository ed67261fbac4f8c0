using MotCua.Domain.Courier;
using MotCua.Domain.Profiles;

namespace MotCua.Domain.Dossiers;

public sealed partial class Dossier
{
    /// <summary>The states in which a received dossier or its result may still travel on paper between the Center and the agency.</summary>
    static readonly DossierState[] CarriedOnPaper = Enum.GetValues<DossierState>().Where(s => s.WasReceived() && s != DossierState.Returned).ToArray();

    /// <summary>
    /// A confirmed courier round carried this dossier's paper (R12): one row of the control slip (R13) with who handed it over
    /// (the round's dispatcher), who signed for it and when, the record signed and the count. The state does not change.
    /// </summary>
    public Outcome RecordCourierHandOver(CourierRound round, Actor by, DateTimeOffset at)
    {
        if (Check(DossierCommand.RecordCourierHandOver, by, at, locality: null) is { } broken)
            return broken;
        if (round.Confirmation is not { } confirmation)
            return CourierRules.NotConfirmed;
        if (round.AgencyId != AgencyId || round.CenterId != CenterId || !round.Received.Contains(Code))
            return CourierRules.NotReceivedInRound;
        var total = round.Items.Count;
        Append(at, DossierAction.CourierHandOver, State, round.DispatchedBy, $"{confirmation.SignedBy} (ký {round.Record.Vietnamese()})", step: Step,
            reason: $"{round.Label} ngày {VietnameseFormat.Date(round.Day)}, người vận chuyển {round.CourierName}; bên nhận đếm được {confirmation.Counted}/{total} hồ sơ",
            documents: [round.Record.Vietnamese()]);
        return Outcome.Ok;
    }
}
