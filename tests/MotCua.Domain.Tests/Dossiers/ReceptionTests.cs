using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Profiles;
using MotCua.Domain.Time;
using static MotCua.Domain.Tests.Dossiers.DossierFixture;
using static MotCua.Domain.Tests.TestCalendars;

namespace MotCua.Domain.Tests.Dossiers;

public class ReceptionTests
{
    static Outcome<Dossier> Receive(IReadOnlyList<SubmittedComponent> components, Channel channel = Channel.InPerson, Procedure? procedure = null, string at = "2026-11-23T10:00", Actor? by = null) =>
        Dossier.Receive(Code(1), Center, procedure ?? Procedure(), "Thông thường", Citizen, components, channel, Channel.InPerson, by ?? Reception, Local(at), Default);

    [Theory]
    [InlineData("2026-11-23T10:00", null, "2026-11-23")]
    [InlineData("2026-11-23T18:00", null, "2026-11-24")]   // after hours: the next working day
    [InlineData("2026-11-28T10:00", null, "2026-11-30")]   // Saturday: Monday
    [InlineData("2026-11-23T15:00", "15:00", "2026-11-23")] // at the cut-off: still that day
    [InlineData("2026-11-23T15:30", "15:00", "2026-11-24")] // after the cut-off: the next working day
    public void The_reception_day_of_a_dossier_code_is_the_day_its_clock_counts_from_R43_R50(string at, string? cutOff, string day)
    {
        var version = Version(new DateOnly(2025, 7, 1)) with { DailyCutOff = cutOff is null ? null : TimeOnly.Parse(cutOff) };
        var procedure = Procedure(version);
        Assert.Equal(DateOnly.Parse(day), procedure.ReceptionDay(Local(at), Vietnam2026));
        // The same day the clock of a dossier received then starts from.
        Assert.Equal(DateOnly.Parse(day), Vietnam2026.LocalDate(Received(at, procedure: procedure).Clock!.ReceivedAt));
    }

    [Fact]
    public void Reception_accepts_exactly_the_published_components_R4()
    {
        var outcome = Receive([.. Complete, new SubmittedComponent("Giấy xác nhận của tổ dân phố", 1, 0)]);
        Assert.Equal("R4", outcome.Broken!.RuleId);
        Assert.True(Receive([.. Complete, new SubmittedComponent("Văn bản ủy quyền", 1, 0)]).Succeeded); // optional, but published
    }

    [Fact]
    public void A_dossier_missing_a_required_component_is_not_received_but_gets_a_completion_slip_R7()
    {
        var outcome = Receive([new SubmittedComponent("Tờ khai theo mẫu", 1, 0)]);
        Assert.Equal("R7", outcome.Broken!.RuleId);
        Assert.Contains("Bản sao giấy tờ chứng minh", outcome.Broken.Message);

        var slip = Dossier.IssueCompletionSlip(Code(2), Center, Procedure(), "Thông thường", Citizen, [new SubmittedComponent("Tờ khai theo mẫu", 1, 0)],
            ["Bản sao giấy tờ chứng minh"], "Thiếu giấy tờ chứng minh", Reception, Local("2026-11-23T10:00"), Default);
        Assert.True(slip.Succeeded);
        Assert.Equal(DossierState.CompletionRequested, slip.Value!.State);
        Assert.Null(slip.Value.Clock); // nothing received, no clock
        Assert.Equal(["Bản sao giấy tờ chứng minh"], slip.Value.History[0].Documents);
    }

    [Fact]
    public void A_request_refused_at_the_counter_keeps_its_reasons_R8()
    {
        var refused = Dossier.RefuseAtCounter(Code(3), Center, Procedure(), "Thông thường", Citizen, "Không thuộc thẩm quyền của Trung tâm", Reception, Local("2026-11-23T10:00"), Default);
        Assert.Equal(DossierState.RefusedAtCounter, refused.Value!.State);
        Assert.Equal("Không thuộc thẩm quyền của Trung tâm", refused.Value.ClosingReason);
        var noReason = Dossier.RefuseAtCounter(Code(4), Center, Procedure(), "Thông thường", Citizen, "", Reception, Local("2026-11-23T10:00"), Default);
        Assert.Equal("R13", noReason.Broken!.RuleId);
    }

    [Fact]
    public void Only_a_reception_officer_of_the_Center_receives_R5()
    {
        Assert.Equal("VAI-TRO", Receive(Complete, by: Processor).Broken!.RuleId);
        Assert.Equal("PHAM-VI", Receive(Complete, by: Reception with { UnitId = "another-center" }).Broken!.RuleId);
    }

    [Fact]
    public void A_procedure_with_the_paper_channel_switched_off_takes_only_online_dossiers_R9()
    {
        var online = Procedure(Version(new DateOnly(2025, 7, 1), paperOff: true));
        Assert.Equal("R9", Receive(Complete, Channel.InPerson, online).Broken!.RuleId);
        Assert.Equal("R9", Receive(Complete, Channel.Post, online).Broken!.RuleId);
        var submitted = Dossier.SubmitOnline(Code(5), Center, online, "Thông thường", Citizen, Complete, Channel.Online, CitizenActor, Local("2026-11-23T10:00"), Default);
        Assert.True(submitted.Succeeded);
    }

    [Fact]
    public void A_dossier_keeps_the_version_in_force_on_its_reception_day_R2()
    {
        var procedure = Procedure(Version(new DateOnly(2025, 7, 1), days: 5));
        Assert.True(procedure.AddVersion(Version(new DateOnly(2026, 12, 1), days: 3)).Succeeded);
        var before = Receive(Complete, procedure: procedure, at: "2026-11-30T10:00").Value!;
        var after = Receive(Complete, procedure: procedure, at: "2026-12-01T10:00").Value!;
        Assert.Equal(5, before.Case.Limit.Value);
        Assert.Equal(3, after.Case.Limit.Value);
        Assert.Equal("2026-12-07T17:00", Show(before.Due!.Value));
        Assert.Equal("2026-12-04T17:00", Show(after.Due!.Value));
        Assert.Equal("R2", Receive(Complete, procedure: Procedure(Version(new DateOnly(2027, 1, 1)))).Broken!.RuleId);
    }

    [Fact]
    public void An_online_submission_at_night_counts_from_the_next_working_session_R43()
    {
        var d = Dossier.SubmitOnline(Code(6), Center, Procedure(), "Thông thường", Citizen, Complete, Channel.Online, CitizenActor, Local("2026-11-27T22:15"), Default).Value!;
        Assert.Equal(DossierState.Submitted, d.State);
        Assert.Null(d.Due);
        Ok(d.ReceiveOnline(Reception, Local("2026-11-30T09:00"), Default));
        Assert.Equal("2026-11-30T07:30", Show(d.Clock!.ReceivedAt));
        Assert.Equal("2026-12-07T17:00", Show(d.Due!.Value));
    }

    [Fact]
    public void An_online_submission_can_be_withdrawn_only_before_reception()
    {
        var d = Dossier.SubmitOnline(Code(7), Center, Procedure(), "Thông thường", Citizen, Complete, Channel.Online, CitizenActor, Local("2026-11-23T10:00"), Default).Value!;
        Broken("VAI-TRO", d.Withdraw(Reception, Local("2026-11-23T10:10")));
        Ok(d.Withdraw(CitizenActor, Local("2026-11-23T10:10")));
        Assert.Equal(DossierState.Withdrawn, d.State);
        Broken("TRANG-THAI", d.ReceiveOnline(Reception, Local("2026-11-23T10:20"), Default));
    }

    [Fact]
    public void An_incomplete_online_submission_is_answered_with_every_missing_published_item_R4_R7()
    {
        var d = Dossier.SubmitOnline(Code(8), Center, Procedure(), "Thông thường", Citizen, Complete, Channel.Online, CitizenActor, Local("2026-11-23T10:00"), Default).Value!;
        Broken("R15", d.AskToCompleteOnline([], "Thiếu", Reception, Local("2026-11-23T11:00")));
        Broken("R4", d.AskToCompleteOnline(["Giấy xác nhận của tổ dân phố"], "Thiếu giấy tờ", Reception, Local("2026-11-23T11:00")));
        Ok(d.AskToCompleteOnline(["Tờ khai theo mẫu"], "Ảnh chụp tờ khai bị mờ", Reception, Local("2026-11-23T11:00")));
        Assert.Equal(DossierState.CompletionRequested, d.State);
    }

    [Fact]
    public void A_same_day_procedure_received_after_the_cut_off_is_due_the_next_working_day_R43_R44()
    {
        var version = Version(new DateOnly(2025, 7, 1)) with { DailyCutOff = new TimeOnly(15, 0) };
        var d = Received("2026-11-27T15:20", procedure: Procedure(version), caseName: "Trong ngày");
        Assert.Equal("2026-11-30T07:30", Show(d.Clock!.ReceivedAt));
        Assert.Equal("2026-11-30T17:00", Show(d.Due!.Value));
    }

    [Fact]
    public void Versions_are_checked_before_publication_R1()
    {
        var procedure = Procedure();
        var noComponents = Version(new DateOnly(2026, 1, 1)) with { Components = [] };
        Assert.Equal("R1", procedure.AddVersion(noComponents).Broken!.RuleId);
        Assert.Equal("R2", procedure.AddVersion(Version(new DateOnly(2025, 7, 1))).Broken!.RuleId);
        var noResultStep = Version(new DateOnly(2026, 1, 1)) with { Workflow = [Version(new DateOnly(2026, 1, 1)).Workflow[0]] };
        Assert.Contains("ghi nhận kết quả", procedure.AddVersion(noResultStep).Broken!.Message);
        Assert.Equal("R1", procedure.AddVersion(Version(new DateOnly(2026, 1, 1)) with { Cases = [new("Sai", new TimeLimit(-1, TimeLimitUnit.WorkingDays))] }).Broken!.RuleId);
    }
}
