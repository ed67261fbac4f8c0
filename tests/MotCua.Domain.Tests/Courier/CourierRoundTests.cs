using MotCua.Domain.Codes;
using MotCua.Domain.Courier;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Profiles;
using static MotCua.Domain.Tests.Dossiers.DossierFixture;
using static MotCua.Domain.Tests.TestCalendars;

namespace MotCua.Domain.Tests.Courier;

public sealed class CourierRoundTests
{
    static readonly Locality BacKan = At(LocalityProfiles.Get("bac-kan-ward-2025"));
    static readonly Locality VinhLong = At(LocalityProfiles.Get("vinh-long-province-2025"));
    static readonly DossierCode[] Three = [Code(1), Code(2), Code(3)];

    static Outcome<CourierRound> Dispatch(TimeOnly? time = null, Actor? by = null, string at = "2026-11-23T10:50", IReadOnlyList<DossierCode>? manifest = null,
        Locality? locality = null, string courier = "Đinh Văn Khoa", IReadOnlyCollection<TimeOnly>? dispatched = null, CourierDirection direction = CourierDirection.ToAgency) =>
        CourierRound.Dispatch(Center, Agency, direction, time, courier, manifest ?? Three, Three.ToHashSet(), dispatched ?? [],
            by ?? Reception, Local(at), locality ?? BacKan);

    static CourierRound Dispatched(TimeOnly? time = null, Locality? locality = null)
    {
        var outcome = Dispatch(time ?? new TimeOnly(11, 0), locality: locality);
        Assert.True(outcome.Succeeded, outcome.ToString());
        return outcome.Value!;
    }

    /// <summary>A round that carried <paramref name="code"/> and was confirmed at <paramref name="at"/>, for the dossier's own tests.</summary>
    internal static CourierRound Carrying(DossierCode code, DateTimeOffset at)
    {
        var round = CourierRound.Dispatch(Center, Agency, CourierDirection.ToAgency, null, "Đinh Văn Khoa", [code], new HashSet<DossierCode> { code }, [],
            Reception, at, BacKan).Value!;
        Ok(round.Confirm(1, [code], "Lê Văn Cường", Processor, at));
        return round;
    }

    static void BrokenRule(string name, Outcome outcome)
    {
        Assert.False(outcome.Succeeded, "the action should have been refused");
        Assert.Equal(name, outcome.Broken!.Name);
    }

    static void BrokenRule(string name, Outcome<CourierRound> outcome) => BrokenRule(name, new Outcome(outcome.Broken));

    [Fact]
    public void A_round_leaves_at_a_profile_time_with_its_manifest_and_the_record_the_profile_names_R12()
    {
        var round = Dispatched();
        Assert.Equal((new DateOnly(2026, 11, 23), new TimeOnly(11, 0)), (round.Day, round.Time));
        Assert.Equal(Three, round.Manifest);
        Assert.Equal(PaperHandOverRecord.ControlSlip, round.Record);
        Assert.Equal("Chuyến 11:00", round.Label);
        Assert.Equal(PaperHandOverRecord.HandOverMinutes, Dispatched(new TimeOnly(14, 0), VinhLong).Record);
    }

    [Fact]
    public void Only_the_profile_times_make_a_scheduled_round_once_a_day_and_an_extra_round_goes_any_time_R12()
    {
        BrokenRule(nameof(CourierRules.NotARoundTime), Dispatch(new TimeOnly(10, 0)));
        BrokenRule(nameof(CourierRules.RoundAlreadyDispatched), Dispatch(new TimeOnly(11, 0), dispatched: [new TimeOnly(11, 0)]));
        BrokenRule(nameof(CourierRules.NotAWorkingDay), Dispatch(new TimeOnly(11, 0), at: "2026-11-28T10:00"));
        var extra = Dispatch(at: "2026-11-23T09:10");
        Assert.True(extra.Succeeded);
        Assert.Equal("Chuyến bổ sung", extra.Value!.Label);
    }

    [Fact]
    public void The_manifest_holds_only_waiting_dossiers_and_the_courier_is_named_on_one_line_R12_R13()
    {
        BrokenRule(nameof(CourierRules.ManifestEmpty), Dispatch(manifest: []));
        BrokenRule(nameof(CourierRules.NotWaiting), Dispatch(manifest: [Code(9)]));
        BrokenRule(nameof(CourierRules.CourierNameInvalid), Dispatch(courier: " "));
        BrokenRule(nameof(CourierRules.CourierNameInvalid), Dispatch(courier: "Khoa\u0007"));
        BrokenRule(nameof(CourierRules.CourierNameInvalid), Dispatch(courier: new string('a', CourierRound.MaxNameLength + 1)));
        Assert.Single(Dispatch(manifest: [Code(1), Code(1)]).Value!.Manifest);
    }

    [Fact]
    public void The_Center_desk_sends_dossiers_and_the_agency_or_the_postal_courier_sends_results_R12()
    {
        BrokenRule(nameof(CourierRules.RoleNotAllowed), Dispatch(by: Processor));
        BrokenRule(nameof(CourierRules.RoleNotAllowed), Dispatch(by: PostalCourier));
        BrokenRule(nameof(CourierRules.NotYourUnit), Dispatch(by: OtherProcessor, direction: CourierDirection.ToCenter));
        Assert.True(Dispatch(by: PostalCourier, direction: CourierDirection.ToCenter).Succeeded);
        Assert.True(Dispatch(by: Leader, direction: CourierDirection.ToCenter).Succeeded);
    }

    [Fact]
    public void The_receiver_counts_ticks_and_signs_and_a_missing_dossier_is_a_discrepancy_R12()
    {
        var round = Dispatched();
        Ok(round.Confirm(2, [Code(1), Code(3)], "Lê Văn Cường", Processor, Local("2026-11-23T11:20")));
        Assert.Equal([Code(1), Code(3)], round.Received);
        Assert.Equal([Code(2)], round.Missing);
        Assert.True(round.HasDiscrepancy);
        Assert.Equal((2, "Lê Văn Cường", Processor), (round.Confirmation!.Counted, round.Confirmation.SignedBy, round.Confirmation.By));
        BrokenRule(nameof(CourierRules.AlreadyConfirmed), round.Confirm(3, Three, "Lê Văn Cường", Processor, Local("2026-11-23T11:30")));
    }

    [Fact]
    public void A_confirmation_must_agree_with_itself_and_come_from_the_receiving_side_R12()
    {
        var round = Dispatched();
        var at = Local("2026-11-23T11:20");
        BrokenRule(nameof(CourierRules.CountDiffers), round.Confirm(3, [Code(1)], "Lê Văn Cường", Processor, at));
        BrokenRule(nameof(CourierRules.CountInvalid), round.Confirm(-1, [], "Lê Văn Cường", Processor, at));
        BrokenRule(nameof(CourierRules.CountInvalid), round.Confirm(4, Three, "Lê Văn Cường", Processor, at));
        BrokenRule(nameof(CourierRules.NotInManifest), round.Confirm(1, [Code(7)], "Lê Văn Cường", Processor, at));
        BrokenRule(nameof(CourierRules.SignerInvalid), round.Confirm(3, Three, "Lê\nCường", Processor, at));
        BrokenRule(nameof(CourierRules.RoleNotAllowed), round.Confirm(3, Three, "Nguyễn Thị Lan", Reception, at));
        BrokenRule(nameof(CourierRules.NotYourUnit), round.Confirm(3, Three, "Hoàng Văn Em", OtherProcessor, at));
        Assert.Null(round.Confirmation);
        Ok(round.Confirm(3, Three, "Lê Văn Cường", PostalCourier, at));
        Assert.False(round.HasDiscrepancy);
    }

    [Fact]
    public void A_confirmed_hand_over_is_a_row_of_the_control_slip_without_changing_the_state_R13()
    {
        var d = InProcessing(locality: BacKan);
        var at = Local("2026-11-23T11:20");
        var round = CourierRound.Dispatch(Center, Agency, CourierDirection.ToAgency, new TimeOnly(11, 0), "Đinh Văn Khoa", [d.Code],
            new HashSet<DossierCode> { d.Code }, [], Reception, Local("2026-11-23T10:50"), BacKan).Value!;
        BrokenRule(nameof(CourierRules.NotConfirmed), d.RecordCourierHandOver(round, Processor, at));
        Ok(round.Confirm(1, [d.Code], "Lê Văn Cường", Processor, at));
        var before = d.History.Count;
        Ok(d.RecordCourierHandOver(round, Processor, at));
        var row = d.History[^1];
        Assert.Equal(before + 1, d.History.Count);
        Assert.Equal((DossierAction.CourierHandOver, DossierState.InProcessing, DossierState.InProcessing), (row.Action, row.From, row.To));
        Assert.Equal(Reception, row.By);
        Assert.Contains("Lê Văn Cường", row.ReceivedBy);
        Assert.Contains("Phiếu kiểm soát", row.ReceivedBy);
        Assert.Contains("Chuyến 11:00 ngày 23/11/2026", row.Reason);
        Assert.Equal(DossierState.InProcessing, d.State);
    }

    [Fact]
    public void A_dossier_not_received_in_the_round_gets_no_hand_over_row_and_its_loss_is_an_incident_R13_R20()
    {
        var d = InProcessing(locality: BacKan);
        var at = Local("2026-11-23T11:20");
        var round = Carrying(Code(2), at);
        BrokenRule(nameof(CourierRules.NotReceivedInRound), d.RecordCourierHandOver(round, Processor, at));
        Ok(d.RecordIncident(IncidentKind.Lost, "Không có trong chuyến", "Người vận chuyển", "Đã báo Trung tâm", Processor, at));
        Assert.Equal(IncidentKind.Lost, d.Incidents.Single().Kind);
    }

    [Fact]
    public void Each_profile_names_the_record_signed_at_hand_over_R12()
    {
        Assert.Equal(PaperHandOverRecord.ControlSlip, LocalityProfiles.Get("bac-kan-ward-2025").PaperHandOverRecord);
        Assert.Equal(PaperHandOverRecord.HandOverMinutes, LocalityProfiles.Get("vinh-long-province-2025").PaperHandOverRecord);
        Assert.Equal(PaperHandOverRecord.NotSet, LocalityProfiles.Default.PaperHandOverRecord);
        Assert.Equal("Biên bản giao nhận hồ sơ", PaperHandOverRecord.HandOverMinutes.Vietnamese());
    }
    [Fact]
    public void Under_Bac_Kan_paper_dossiers_of_three_step_procedures_travel_at_once_and_longer_ones_wait_for_the_round_R12()
    {
        var threeSteps = Version(new DateOnly(2025, 7, 1));
        Assert.Equal(3, threeSteps.Workflow.Count);
        var fourSteps = threeSteps with { Workflow = [threeSteps.Workflow[0], .. threeSteps.Workflow] };
        Assert.True(BacKan.Profile.TravelsAtOnce(threeSteps));
        Assert.False(BacKan.Profile.TravelsAtOnce(fourSteps));
        Assert.All(LocalityProfiles.All.Where(p => p.Id != "bac-kan-ward-2025"), p => Assert.False(p.TravelsAtOnce(threeSteps)));
    }
}
