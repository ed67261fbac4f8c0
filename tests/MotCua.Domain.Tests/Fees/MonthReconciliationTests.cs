using MotCua.Domain.Fees;

namespace MotCua.Domain.Tests.Fees;

public sealed class MonthReconciliationTests
{
    static readonly Actor Leader = new("ld", "Lãnh đạo Phòng Tư pháp", Role.AgencyLeader, "tuphap");

    [Fact]
    public void Only_the_agencys_own_leader_confirms_its_month_and_only_once_R60()
    {
        Assert.Null(MonthReconciliation.RefusalToConfirm(Leader, "tuphap", confirmed: false));
        Assert.Equal(MonthReconciliation.AlreadyConfirmed, MonthReconciliation.RefusalToConfirm(Leader, "tuphap", confirmed: true));
        Assert.Equal(MonthReconciliation.OnlyTheAgencysLeader, MonthReconciliation.RefusalToConfirm(Leader, "taichinh", confirmed: false));
        foreach (var role in new[] { Role.Processor, Role.CenterStaff, Role.CenterDirector, Role.Reception })
            Assert.Equal(MonthReconciliation.OnlyTheAgencysLeader, MonthReconciliation.RefusalToConfirm(Leader with { Role = role }, "tuphap", confirmed: false));
    }
}
