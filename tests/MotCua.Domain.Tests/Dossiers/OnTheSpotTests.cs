using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Fees;
using MotCua.Domain.Profiles;
using static MotCua.Domain.Tests.Dossiers.DossierFixture;
using static MotCua.Domain.Tests.TestCalendars;

namespace MotCua.Domain.Tests.Dossiers;

/// <summary>"5 tại chỗ" (R10): received, appraised, approved, paid and returned at the counter, in Bắc Ninh only.</summary>
public class OnTheSpotTests
{
    static readonly Locality BacNinh = At(LocalityProfiles.Get("bac-ninh-province-2023"));

    static Procedure OnTheSpot(IReadOnlyList<Fee>? fees = null) => Procedure(Version(new DateOnly(2025, 7, 1), fiveOnTheSpot: true, fees: fees));

    [Fact]
    public void R10_the_reception_officer_decides_at_the_counter_and_the_return_desk_records_who_took_the_result()
    {
        var d = Received(locality: BacNinh, procedure: OnTheSpot());
        Ok(d.ResolveOnTheSpot("Bản sao được chứng thực từ bản chính", Reception, Local("2026-11-23T10:20"), BacNinh, resultNumber: "125/2026-SCT/BS"));
        Assert.Equal((DossierState.AtReturnDesk, Timeliness.Early), (d.State, d.Timeliness!.Value));
        Assert.Equal(("Bản sao được chứng thực từ bản chính", Reception.Name), (d.Result!.Description, d.Result.IssuedBy));
        Assert.Null(d.Return);
        var decision = d.History[^1];
        Assert.Equal((DossierAction.ResolveOnTheSpot, Reception.Id, Timeliness.Early), (decision.Action, decision.By.Id, decision.HandOver));
        Assert.Equal(["Số kết quả: 125/2026-SCT/BS", Dossier.SecondSeal], decision.Documents);

        Ok(d.ReturnResult(Channel.InPerson, "Đỗ Văn Hùng (được ủy quyền)", null, Reception, Local("2026-11-23T10:22")));
        Assert.Equal((DossierState.Returned, "Đỗ Văn Hùng (được ủy quyền)"), (d.State, d.Return!.CollectedBy));
    }

    [Fact]
    public void R10_is_refused_for_a_procedure_not_flagged_and_under_a_profile_without_it()
    {
        Assert.NotNull(Dossier.OnTheSpotRefusal(Procedure().Versions[0], BacNinh));
        Assert.NotNull(Dossier.OnTheSpotRefusal(OnTheSpot().Versions[0], Default));
        Assert.Null(Dossier.OnTheSpotRefusal(OnTheSpot().Versions[0], BacNinh));

        var notFlagged = Received(locality: BacNinh);
        Broken("R10", notFlagged.ResolveOnTheSpot("Đã chứng thực", Reception, Local("2026-11-23T10:20"), BacNinh));
        var elsewhere = Received(procedure: OnTheSpot());
        Broken("R10", elsewhere.ResolveOnTheSpot("Đã chứng thực", Reception, Local("2026-11-23T10:20"), Default));
        Assert.Equal(DossierState.Received, elsewhere.State);
    }

    [Fact]
    public void R10_R55_only_the_Centers_reception_officer_decides_and_the_decision_says_what_was_issued()
    {
        var d = Received(locality: BacNinh, procedure: OnTheSpot());
        Assert.Equal("RoleNotAllowed", d.ResolveOnTheSpot("Đã chứng thực", Processor, Local("2026-11-23T10:20"), BacNinh).Broken!.Name);
        Assert.Equal("RoleNotAllowed", d.ResolveOnTheSpot("Đã chứng thực", Director, Local("2026-11-23T10:20"), BacNinh).Broken!.Name);
        var otherCenter = Reception with { UnitId = "000.00.00.H99" };
        Assert.Equal("NotYourUnit", d.ResolveOnTheSpot("Đã chứng thực", otherCenter, Local("2026-11-23T10:20"), BacNinh).Broken!.Name);
        Broken("R13", d.ResolveOnTheSpot("  ", Reception, Local("2026-11-23T10:20"), BacNinh));
        Assert.Equal(DossierState.Received, d.State);
    }

    [Fact]
    public void R10_R29_fees_before_processing_are_paid_before_the_decision_and_fees_on_return_before_the_return()
    {
        var d = Received(locality: BacNinh, procedure: OnTheSpot(PaidFees));
        Assert.Equal("FeesNotPaid", d.ResolveOnTheSpot("Đã cấp", Reception, Local("2026-11-23T10:10"), BacNinh).Broken!.Name);
        Assert.True(d.CollectFees([], null, PaymentMethod.Cash, Reception, Local("2026-11-23T10:12"), BacNinh).Succeeded);
        // The collection alone does not send the dossier to the agency: the counter decides it.
        Assert.Equal(DossierState.Received, d.State);

        Ok(d.ResolveOnTheSpot("Đã cấp", Reception, Local("2026-11-23T10:15"), BacNinh));
        Assert.Equal(FeeTiming.OnReturn, d.FeesDueNow);
        Assert.Equal("FeesOutstanding", d.ReturnResult(Channel.InPerson, Citizen.Name, null, Reception, Local("2026-11-23T10:16")).Broken!.Name);
        Assert.True(d.CollectFees([], null, PaymentMethod.Cash, Reception, Local("2026-11-23T10:17"), BacNinh).Succeeded);
        Ok(d.ReturnResult(Channel.InPerson, Citizen.Name, null, Reception, Local("2026-11-23T10:18")));

        Assert.Equal(
            [DossierAction.Receive, DossierAction.CollectFees, DossierAction.ResolveOnTheSpot, DossierAction.CollectFees, DossierAction.Return],
            d.History.Select(h => h.Action));
        Assert.All(d.History, h => Assert.Equal(Reception.Id, h.By.Id));
    }
}
