using MotCua.Domain.Dossiers;

namespace MotCua.Features.Notifications;

/// <summary>The <c>DeadlineWatch</c> section of the configuration (see the README).</summary>
public sealed class DeadlineWatchOptions
{
    public bool Enabled { get; set; } = true;
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>The share of a dossier's or a step's working time after which it is "due soon".</summary>
    public double DueSoonShare { get; set; } = 0.75;
    /// <summary>How long one node holds the watch's lease on PostgreSQL.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
    /// <summary>The escalation rules, kept as data (appsettings.json has the shipped ones).</summary>
    public List<EscalationRule> Escalations { get; set; } = [];
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
    public string Name { get; set; } = "";
    public DossierState? State { get; set; }
    public int OverdueWorkingDays { get; set; }
    public EscalationAction Action { get; set; }

    public static string Vietnamese(EscalationAction action) => action switch
    {
        EscalationAction.NotifyLeader => "Báo lãnh đạo cơ quan giải quyết",
        EscalationAction.NotifyCenter => "Báo lãnh đạo Trung tâm",
        _ => "Đưa lên màn hình giám sát",
    };
}
