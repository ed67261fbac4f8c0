namespace MotCua.Domain.Fees;

/// <summary>Who may confirm an agency's month of fees with its collector (R60), asked by the page and the API alike.</summary>
public static class MonthReconciliation
{
    public static readonly BrokenRule OnlyTheAgencysLeader =
        new("R60", nameof(OnlyTheAgencysLeader), "Chỉ lãnh đạo cơ quan thụ hưởng xác nhận đối chiếu.");

    public static readonly BrokenRule AlreadyConfirmed =
        new("R60", nameof(AlreadyConfirmed), "Đối chiếu tháng này đã được xác nhận.");

    /// <summary>Null when <paramref name="by"/> may confirm <paramref name="agencyId"/>'s month; otherwise the rule that refuses.</summary>
    public static BrokenRule? RefusalToConfirm(Actor by, string agencyId, bool confirmed) =>
        by.Role != Role.AgencyLeader || by.UnitId != agencyId ? OnlyTheAgencysLeader
        : confirmed ? AlreadyConfirmed
        : null;
}
