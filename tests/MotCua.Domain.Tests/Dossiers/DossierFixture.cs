using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Profiles;
using MotCua.Domain.Time;

namespace MotCua.Domain.Tests.Dossiers;

/// <summary>A small Center: one agency, one procedure with a three-step workflow, officers for every role.</summary>
internal static class DossierFixture
{
    public const string Center = "000.00.00.H22";
    public const string Agency = "000.00.15.H22";
    public const string OtherAgency = "000.00.16.H22";

    public static readonly Actor Reception = new("u-rec", "Nguyễn Thị Lan", Role.Reception, Center);
    public static readonly Actor CenterStaff = new("u-cs", "Trần Văn Bình", Role.CenterStaff, Center);
    public static readonly Actor Processor = new("u-pro", "Lê Văn Cường", Role.Processor, Agency);
    public static readonly Actor Leader = new("u-lead", "Phạm Thị Dung", Role.AgencyLeader, Agency);
    public static readonly Actor Director = new("u-dir", "Vũ Văn Giang", Role.CenterDirector, Center);
    public static readonly Actor OtherProcessor = new("u-other", "Hoàng Văn Em", Role.Processor, OtherAgency);
    public static readonly Actor CitizenActor = new("citizen", "Đỗ Thị Hoa", Role.Applicant, "");
    public static readonly Actor Job = Actor.SystemJob(Center);
    /// <summary>The postal operator's courier, serving the Center (R12).</summary>
    public static readonly Actor PostalCourier = new("u-post", "Đinh Văn Khoa", Role.Courier, Center);

    public static readonly Applicant Citizen = Applicant.Create("Đỗ Thị Hoa", "001190012345", "Số 5, phường Đức Xuân", "0912345678", "hoa@example.vn", false, NotifyBy.Email | NotifyBy.Sms).Value!;

    public static readonly Locality Default = At(LocalityProfiles.Default);

    public static Locality At(LocalityProfile profile) => new(profile, TestCalendars.Vietnam2026);

    static readonly HashSet<WorkflowAction> AppraisalActions =
        [WorkflowAction.Forward, WorkflowAction.Consult, WorkflowAction.RequestSupplement, WorkflowAction.Refuse];

    /// <summary>A free procedure unless <paramref name="fees"/> are given: the tests of fees (R28, R29) give theirs.</summary>
    public static ProcedureVersion Version(DateOnly from, decimal days = 5, bool fiveOnTheSpot = false, bool paperOff = false, IReadOnlyList<Fee>? fees = null) => new(
        from,
        [new Component("Tờ khai theo mẫu", 1, 0, Template: "Mẫu TK-01"), new Component("Bản sao giấy tờ chứng minh", 0, 1), new Component("Văn bản ủy quyền", 1, 0, Required: false)],
        [new ProcedureCase("Thông thường", TimeLimit.WorkingDays(days)), new ProcedureCase("Trong ngày", TimeLimit.SameDay)],
        fees ?? [new Fee("Lệ phí", 0)],
        new HashSet<Channel> { Channel.InPerson, Channel.Post, Channel.Online },
        new HashSet<Channel> { Channel.InPerson, Channel.Post, Channel.Online },
        [
            new WorkflowStep("Thẩm định", Role.Processor, TimeLimit.WorkingDays(2), AppraisalActions),
            new WorkflowStep("Phê duyệt", Role.AgencyLeader, TimeLimit.WorkingDays(1), new HashSet<WorkflowAction> { WorkflowAction.Approve, WorkflowAction.SendBack, WorkflowAction.Refuse }),
            new WorkflowStep("Trả kết quả về Trung tâm", Role.Processor, TimeLimit.WorkingHours(4), new HashSet<WorkflowAction> { WorkflowAction.RecordResult, WorkflowAction.SendBack }),
        ],
        "Giấy chứng nhận",
        ["Nghị định 118/2025/NĐ-CP"],
        FiveOnTheSpot: fiveOnTheSpot,
        PaperChannelDisabled: paperOff);

    /// <summary>A schedule with a charge paid before processing, copies on request and a charge paid on return (R28).</summary>
    public static readonly IReadOnlyList<Fee> PaidFees =
    [
        new("Lệ phí cấp giấy chứng nhận", 50_000)
        {
            Reductions = [new FeeReduction("Hộ nghèo", 100, "Nghị quyết 12/2025/NQ-HĐND"), new FeeReduction("Người cao tuổi", 50, "Nghị quyết 12/2025/NQ-HĐND")],
        },
        new("Phí cấp bản sao, mỗi bản", 8_000) { Kind = FeeKind.Fee, PerUnit = "bản", OnRequest = true },
        new("Lệ phí trả kết quả", 20_000) { Timing = FeeTiming.OnReturn },
    ];

    public static Procedure PaidProcedure() => Procedure(Version(new DateOnly(2025, 7, 1), fees: PaidFees));

    public static Procedure Procedure(ProcedureVersion? version = null)
    {
        var procedure = new Procedure("1.000001", "Cấp giấy chứng nhận thử nghiệm", "Tư pháp", ProcedureLevel.District, Agency);
        Assert.True(procedure.AddVersion(version ?? Version(new DateOnly(2025, 7, 1))).Succeeded);
        return procedure;
    }

    /// <summary>The agency's <paramref name="sequence"/>-th code of 23/11/2026.</summary>
    public static DossierCode Code(long sequence = 1) => new(Agency, new DateOnly(2026, 11, 23), sequence);

    public static readonly IReadOnlyList<SubmittedComponent> Complete =
        [new("Tờ khai theo mẫu", 1, 0), new("Bản sao giấy tờ chứng minh", 0, 1)];

    public static Dossier Received(string at = "2026-11-23T10:00", Locality? locality = null, Procedure? procedure = null, string caseName = "Thông thường")
    {
        var outcome = Dossier.Receive(Code(), Center, procedure ?? Procedure(), caseName, Citizen, Complete,
            Channel.InPerson, Channel.InPerson, Reception, TestCalendars.Local(at), locality ?? Default);
        Assert.True(outcome.Succeeded, outcome.ToString());
        return outcome.Value!;
    }

    public static Dossier InProcessing(string at = "2026-11-23T10:00", Locality? locality = null, Procedure? procedure = null)
    {
        var dossier = Received(at, locality, procedure);
        Ok(dossier.Transfer(Reception, TestCalendars.Local(at).AddMinutes(5), locality ?? Default));
        return dossier;
    }

    public static void Ok(Outcome outcome) => Assert.True(outcome.Succeeded, outcome.ToString());

    public static void Broken(string ruleId, Outcome outcome)
    {
        Assert.False(outcome.Succeeded, "the action should have been refused");
        Assert.Equal(ruleId, outcome.Broken!.RuleId);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Broken.Message));
    }
}
