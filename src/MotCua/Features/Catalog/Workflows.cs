using System.Collections.Frozen;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Time;
using static MotCua.Domain.Catalog.WorkflowAction;

namespace MotCua.Features.Catalog;

/// <summary>
/// The workflow shapes procedures share (R14, R47): who acts at each step, with what time budget and
/// which actions. Budgets add up to no more than the procedure's shortest case.
/// </summary>
public static class Workflows
{
    // The first step has no step before it to send back to; the last one must record the result (ProcedureVersion.Problems).
    static readonly FrozenSet<WorkflowAction> Appraisal = new[] { Forward, Consult, RequestSupplement, Refuse }.ToFrozenSet();
    static readonly FrozenSet<WorkflowAction> InBetween = new[] { Forward, SendBack, Consult, Refuse }.ToFrozenSet();
    static readonly FrozenSet<WorkflowAction> Approval = new[] { Approve, SendBack, Refuse }.ToFrozenSet();
    static readonly FrozenSet<WorkflowAction> Recording = new[] { RecordResult, SendBack }.ToFrozenSet();

    /// <summary>The common shape: a processing officer appraises, the leader signs, an officer records and sends the result.</summary>
    public static IReadOnlyList<WorkflowStep> AppraiseSignRecord(
        TimeLimit appraise, TimeLimit sign, TimeLimit record,
        string appraisal = "Thẩm định hồ sơ",
        string signing = "Phê duyệt, ký kết quả",
        string recording = "Vào sổ, đóng dấu, chuyển kết quả") =>
    [
        new(appraisal, Role.Processor, appraise, Appraisal),
        new(signing, Role.AgencyLeader, sign, Approval),
        new(recording, Role.Processor, record, Recording),
    ];

    /// <summary>
    /// The common shape with a long step of its own between appraisal and signing (public notice,
    /// field measurement), where the officer may still consult or send back.
    /// </summary>
    public static IReadOnlyList<WorkflowStep> AppraiseActSignRecord(
        (string Name, TimeLimit Budget) appraise, (string Name, TimeLimit Budget) act,
        (string Name, TimeLimit Budget) sign, (string Name, TimeLimit Budget) record) =>
    [
        new(appraise.Name, Role.Processor, appraise.Budget, Appraisal),
        new(act.Name, Role.Processor, act.Budget, InBetween),
        new(sign.Name, Role.AgencyLeader, sign.Budget, Approval),
        new(record.Name, Role.Processor, record.Budget, Recording),
    ];

    /// <summary>
    /// The common shape sized to a time limit, for a procedure an administrator adds: the working
    /// time the shortest case allows, split 60 / 25 / 15 between appraisal, signing and recording.
    /// </summary>
    public static IReadOnlyList<WorkflowStep> Standard(TimeLimit shortest, TimeSpan workingDay)
    {
        var hours = shortest.Unit switch
        {
            TimeLimitUnit.WorkingHours => (decimal)shortest.Value,
            TimeLimitUnit.SameDay => 2m,
            // Calendar days hold at least five working days in seven; count only those, to stay inside the limit.
            TimeLimitUnit.CalendarDays => Math.Max(1, Math.Floor(shortest.Value * 5 / 7)) * (decimal)workingDay.TotalHours,
            _ => shortest.Value * (decimal)workingDay.TotalHours,
        };
        TimeLimit Share(decimal part) => TimeLimit.WorkingHours(Math.Round(hours * part, 2, MidpointRounding.ToZero));
        return AppraiseSignRecord(Share(0.60m), Share(0.25m), Share(0.15m));
    }

    /// <summary>
    /// One working day of civil-status work: 4 + 2 + 1.5 working hours, a whole 7.5-hour day of the
    /// state bodies' sessions (07:30–11:30, 13:30–17:00).
    /// </summary>
    public static IReadOnlyList<WorkflowStep> CivilStatusDay(string signing) => AppraiseSignRecord(
        TimeLimit.WorkingHours(4), TimeLimit.WorkingHours(2), TimeLimit.WorkingHours(1.5m),
        "Kiểm tra hồ sơ, đối chiếu cơ sở dữ liệu hộ tịch",
        signing,
        "Ghi sổ hộ tịch, cập nhật cơ sở dữ liệu hộ tịch điện tử, chuyển kết quả");

    /// <summary>
    /// Same-day work: 1 + 0.5 + 0.5 working hours, so a dossier received at the 15:00 cut-off is
    /// still done by 17:00 (R43).
    /// </summary>
    public static IReadOnlyList<WorkflowStep> SameDay(string checking, string signing, string recording) => AppraiseSignRecord(
        TimeLimit.WorkingHours(1), TimeLimit.WorkingHours(0.5m), TimeLimit.WorkingHours(0.5m), checking, signing, recording);
}
