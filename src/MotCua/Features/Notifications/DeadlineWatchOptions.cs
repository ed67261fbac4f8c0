using System.ComponentModel.DataAnnotations;
using MotCua.Domain.Dossiers;
using MotCua.Platform;

namespace MotCua.Features.Notifications;

/// <summary>The <c>DeadlineWatch</c> section of the configuration (see the README).</summary>
public sealed class DeadlineWatchOptions : IValidatableObject
{
    public bool Enabled { get; set; } = true;
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00", ErrorMessage = "DeadlineWatch:Interval phải lớn hơn 0 và không quá một ngày.")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>The share of a dossier's or a step's working time after which it is "due soon".</summary>
    [Range(0.01, 1.0, ErrorMessage = "DeadlineWatch:DueSoonShare phải từ 0,01 đến 1 (tỷ lệ thời gian đã dùng).")]
    public double DueSoonShare { get; set; } = 0.75;
    /// <summary>How long one node holds the watch's lease on PostgreSQL.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00", ErrorMessage = "DeadlineWatch:Lease phải lớn hơn 0 và không quá một ngày.")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
    /// <summary>The escalation rules, kept as data (appsettings.json has the shipped ones).</summary>
    public List<EscalationRule> Escalations { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => Escalations.SelectMany(OptionsSetup.Nested);
}

public enum EscalationAction
{
    NotifyLeader,
    NotifyCenter,
    RaiseOnMonitor,
}

/// <summary>One escalation row: in this state (any when empty), overdue by at least this many working days, do this.</summary>
public sealed class EscalationRule
{
    [Required(ErrorMessage = "Mỗi quy tắc trong DeadlineWatch:Escalations phải có Name.")]
    public string Name { get; set; } = "";
    public DossierState? State { get; set; }
    [Range(0, 365, ErrorMessage = "DeadlineWatch:Escalations: OverdueWorkingDays phải từ 0 đến 365.")]
    public int OverdueWorkingDays { get; set; }
    [EnumDataType(typeof(EscalationAction), ErrorMessage = "DeadlineWatch:Escalations: Action phải là NotifyLeader, NotifyCenter hoặc RaiseOnMonitor.")]
    public EscalationAction Action { get; set; }

    public static string Vietnamese(EscalationAction action) => action switch
    {
        EscalationAction.NotifyLeader => "Báo lãnh đạo cơ quan giải quyết",
        EscalationAction.NotifyCenter => "Báo lãnh đạo Trung tâm",
        _ => "Đưa lên màn hình giám sát",
    };
}
