using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Fees;
using static MotCua.Domain.Tests.Dossiers.DossierFixture;
using static MotCua.Domain.Tests.TestCalendars;

namespace MotCua.Domain.Tests.Dossiers;

/// <summary>
/// The permission query says exactly what the actions do: for every command, every officer and a
/// dossier in each state, the command is allowed if and only if the action (with well-formed
/// input) succeeds, and a refused one names the rule the action breaks.
/// </summary>
public sealed class PermissionTests
{
    static readonly Actor[] Officers = [Reception, CenterStaff, Processor, Leader, OtherProcessor, CitizenActor, Director, Job, PostalCourier];

    /// <summary>Dossiers in each state, with the instant to ask at; a factory each, since acting changes them.</summary>
    static readonly (string Name, Func<Dossier> Make, string At)[] Dossiers =
    [
        ("submitted", () => Submitted(), "2026-11-23T11:00"),
        ("received", () => Received(), "2026-11-23T11:00"),
        ("step 1", () => InProcessing(), "2026-11-23T11:00"),
        ("step 2", () => AtStep(1), "2026-11-24T09:00"),
        ("step 3", () => AtStep(2), "2026-11-24T10:00"),
        ("consulting", Consulting, "2026-11-27T09:00"),
        ("supplement requested", SupplementRequested, "2026-11-23T14:00"),
        ("waiting for applicant", Waiting, "2026-11-23T15:00"),
        ("apology drafted", Drafted, "2026-11-24T09:00"),
        ("overdue", () => InProcessing(), "2026-12-10T09:00"),
        ("result ready", ResultReady, "2026-11-24T15:00"),
        ("at return desk", AtDesk, "2026-11-24T16:00"),
        ("returned", Returned, "2026-11-25T09:00"),
        ("received, fees unpaid", () => Received(procedure: PaidProcedure()), "2026-11-23T11:00"),
        ("received, fees paid", PaidReceived, "2026-11-23T11:00"),
        ("at return desk, fees on return unpaid", PaidAtDesk, "2026-11-24T16:00"),
        ("urged", Urged, "2026-11-24T10:00"),
        ("urged, reply day over", Urged, "2026-11-27T09:00"),
    ];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, _, _) in Dossiers)
            foreach (var officer in Officers)
                data.Add(name, officer.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_command_is_allowed_exactly_when_its_action_succeeds_and_a_refusal_names_the_same_rule_R13_R14(string dossierName, string officerId)
    {
        var (_, make, at) = Dossiers.Single(d => d.Name == dossierName);
        var officer = Officers.Single(o => o.Id == officerId);
        var now = Local(at);
        foreach (var permission in make().Permissions(officer, now, Default))
        {
            var outcome = Act(permission.Command, make(), officer, now);
            Assert.True(permission.Refused?.Name == outcome.Broken?.Name,
                $"{permission.Command} by {officer} on a {dossierName} dossier: the query says {permission.Refused?.ToString() ?? "allowed"}, the action {outcome}");
        }
    }

    [Fact]
    public void The_officer_of_the_step_is_offered_its_actions_and_the_others_are_told_why_not_R14()
    {
        var d = InProcessing();
        var now = Local("2026-11-23T11:00");
        var allowed = d.Permissions(Processor, now, Default).Where(p => p.Allowed).Select(p => p.Command).ToHashSet();
        Assert.Equal(new HashSet<DossierCommand> { DossierCommand.Forward, DossierCommand.Consult, DossierCommand.RequestSupplement, DossierCommand.Refuse,
            DossierCommand.ProposeApology, DossierCommand.RecordIncident, DossierCommand.RecordCourierHandOver }, allowed);
        var leader = d.Permissions(Leader, now, Default).ToDictionary(p => p.Command, p => p.Refused);
        Assert.Equal(nameof(DossierRules.RoleNotAllowed), leader[DossierCommand.Forward]!.Name);
        Assert.True(leader[DossierCommand.Forward]!.IsAboutWho());
        Assert.Equal(nameof(DossierRules.NoApologyDraft), leader[DossierCommand.ApproveApology]!.Name);
        Assert.False(leader[DossierCommand.ApproveApology]!.IsAboutWho());
    }

    [Fact]
    public void A_refusal_past_the_due_date_is_held_back_with_the_due_date_R17()
    {
        var d = InProcessing();
        var refused = d.Refusal(DossierCommand.Refuse, Processor, Local("2026-12-10T09:00"), Default);
        Assert.Equal("R17", refused!.RuleId);
        Assert.Equal(nameof(DossierRules.RefusalAfterDue), refused.Name);
        Assert.Null(d.Refusal(DossierCommand.Refuse, Processor, Local("2026-11-24T09:00"), Default));
    }

    /// <summary>The command's action with well-formed input, so only the rules of the command itself can refuse it.</summary>
    static Outcome Act(DossierCommand command, Dossier d, Actor by, DateTimeOffset at) => command switch
    {
        DossierCommand.ReceiveOnline => d.ReceiveOnline(by, at, Default),
        DossierCommand.AskToCompleteOnline => d.AskToCompleteOnline(["Tờ khai theo mẫu"], "Thiếu chữ ký", by, at),
        DossierCommand.RefuseOnline => d.RefuseOnline("Không thuộc thẩm quyền", by, at),
        DossierCommand.Withdraw => d.Withdraw(by, at),
        DossierCommand.Transfer => d.Transfer(by, at, Default),
        DossierCommand.Forward => d.Forward(by, at, Default),
        DossierCommand.Approve => d.Approve(by, at, Default),
        DossierCommand.SendBack => d.SendBack("Cần xem lại", by, at, Default),
        DossierCommand.Recall => d.Recall(by, at, Default),
        DossierCommand.RequestSupplement => d.RequestSupplement(["Bản sao có chứng thực"], "Bản sao chưa chứng thực", by, at, Default),
        DossierCommand.NotifySupplement => d.NotifySupplement(by, at),
        DossierCommand.Resubmit => d.Resubmit(Complete, by, at, Default),
        DossierCommand.CloseUnsupplemented => d.CloseUnsupplemented(by, at, Default),
        DossierCommand.Consult => d.Consult([OtherAgency], "Xin ý kiến", at.AddDays(3), by, at, Default),
        DossierCommand.AnswerConsultation => d.AnswerConsultation("Đồng ý", false, by, at, Default),
        DossierCommand.ResolveLateConsultation => d.ResolveLateConsultation(OtherAgency, "Tiếp tục giải quyết", by, at),
        DossierCommand.ProposeApology => d.ProposeApology("Cần xác minh thêm", (d.Due ?? at).AddDays(3), by, at, Default),
        DossierCommand.ApproveApology => d.ApproveApology(by, at, Default),
        DossierCommand.Refuse => d.Refuse("Không đủ điều kiện", by, at, Default),
        DossierCommand.RecordResult => d.RecordResult("Giấy chứng nhận số 12", by, at, Default),
        DossierCommand.ResolveOnTheSpot => d.ResolveOnTheSpot("Cấp tại chỗ", by, at, Default),
        DossierCommand.HandToReturnDesk => d.HandToReturnDesk(by, at, Default),
        DossierCommand.ReturnResult => d.ReturnResult(Channel.InPerson, "Đỗ Thị Hoa", null, by, at),
        DossierCommand.InviteEarlyCollection => d.InviteEarlyCollection(by, at, Default),
        DossierCommand.ExplainOverdue => d.ExplainOverdue("Chờ xác minh của xã", by, at),
        DossierCommand.Stop => d.Stop("Người nộp đề nghị dừng", by, at),
        DossierCommand.RecordIncident => d.RecordIncident(IncidentKind.Damaged, "Rách bìa", "Bộ phận một cửa", "Đã thay bìa", by, at),
        DossierCommand.Digitize => d.Digitize("Tờ khai theo mẫu", "to-khai.pdf", new string('a', 64), by, at),
        DossierCommand.AttachResultFile => d.AttachResultFile("ket-qua.pdf", new string('b', 64), by, at),
        DossierCommand.CollectFees => new Outcome(d.CollectFees([], null, by.Role == Role.System ? PaymentMethod.Online : PaymentMethod.Cash, by, at, Default).Broken),
        DossierCommand.CancelReceipt => d.CancelReceipt(AReceipt(d), "Ghi sai số tiền", by, at, Default),
        DossierCommand.RefundFees => d.RefundFees(AReceipt(d), 1_000, "Người nộp rút yêu cầu", by, at, Default),
        DossierCommand.Urge => d.Urge("Hồ sơ chậm", Default.Calendar.LocalDate(at).AddDays(2), by, at, Default),
        DossierCommand.AnswerUrge => d.AnswerUrge("Chờ xác minh của xã", by, at, Default),
        DossierCommand.RecordCourierHandOver => d.RecordCourierHandOver(Tests.Courier.CourierRoundTests.Carrying(d.Code, at), by, at),
        _ => throw new ArgumentOutOfRangeException(nameof(command)),
    };

    static Guid AReceipt(Dossier d) => d.Payments.FirstOrDefault(p => p.ReceiptId is not null)?.ReceiptId ?? Guid.Empty;

    static Dossier PaidReceived()
    {
        var d = Received(procedure: PaidProcedure());
        Assert.True(d.CollectFees([], null, PaymentMethod.Cash, Reception, Local("2026-11-23T10:10"), Default).Succeeded);
        return d;
    }

    static Dossier PaidAtDesk()
    {
        var d = PaidReceived();
        Ok(d.Transfer(Reception, Local("2026-11-23T10:15"), Default));
        Ok(d.Forward(Processor, Local("2026-11-23T14:00"), Default));
        Ok(d.Approve(Leader, Local("2026-11-24T09:30"), Default));
        Ok(d.RecordResult("Giấy chứng nhận số 12", Processor, Local("2026-11-24T14:00"), Default));
        Ok(d.HandToReturnDesk(Processor, Local("2026-11-24T15:00"), Default));
        return d;
    }

    static Dossier Urged()
    {
        var d = InProcessing();
        Ok(d.Urge("Hồ sơ chậm ở bước thẩm định", new DateOnly(2026, 11, 26), CenterStaff, Local("2026-11-24T09:00"), Default));
        return d;
    }

    static Dossier Submitted()
    {
        var outcome = Dossier.SubmitOnline(Code(2), Center, Procedure(), "Thông thường", Citizen, Complete, Channel.Online,
            CitizenActor, Local("2026-11-23T09:00"), Default);
        Assert.True(outcome.Succeeded, outcome.ToString());
        return outcome.Value!;
    }

    static Dossier AtStep(int step)
    {
        var d = InProcessing();
        if (step >= 1)
            Ok(d.Forward(Processor, Local("2026-11-23T14:00"), Default));
        if (step >= 2)
            Ok(d.Approve(Leader, Local("2026-11-24T09:30"), Default));
        return d;
    }

    static Dossier Consulting()
    {
        var d = InProcessing();
        Ok(d.Consult([OtherAgency], "Xin ý kiến", Local("2026-11-25T17:00"), Processor, Local("2026-11-23T11:00"), Default));
        return d;
    }

    static Dossier SupplementRequested()
    {
        var d = InProcessing();
        Ok(d.RequestSupplement(["Bản sao có chứng thực"], "Bản sao chưa chứng thực", Processor, Local("2026-11-23T13:00"), Default));
        return d;
    }

    static Dossier Waiting()
    {
        var d = SupplementRequested();
        Ok(d.NotifySupplement(Reception, Local("2026-11-23T14:00")));
        return d;
    }

    static Dossier Drafted()
    {
        var d = InProcessing();
        Ok(d.ProposeApology("Cần xác minh thêm", d.Due!.Value.AddDays(3), Processor, Local("2026-11-23T15:00"), Default));
        return d;
    }

    static Dossier ResultReady()
    {
        var d = AtStep(2);
        Ok(d.RecordResult("Giấy chứng nhận số 12", Processor, Local("2026-11-24T14:00"), Default));
        return d;
    }

    static Dossier AtDesk()
    {
        var d = ResultReady();
        Ok(d.HandToReturnDesk(Processor, Local("2026-11-24T15:00"), Default));
        return d;
    }

    static Dossier Returned()
    {
        var d = AtDesk();
        Ok(d.ReturnResult(Channel.InPerson, "Đỗ Thị Hoa", null, Reception, Local("2026-11-24T16:30")));
        return d;
    }
}
