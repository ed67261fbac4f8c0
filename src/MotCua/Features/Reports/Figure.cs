using MotCua.Data;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Time;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Reports;

/// <summary>A figure of the reports that opens onto its dossiers: each is counted by the tally and selected here by the same definition.</summary>
public enum Figure
{
    Received,
    Early,
    OnTime,
    Late,
    Ended,
    /// <summary>Decided and late for the national index (R49).</summary>
    IndexLate,
    /// <summary>Received before the period and not finished when it began: column (6).</summary>
    CarriedOver,
    /// <summary>Not finished at the period's end: column (11).</summary>
    InProgress,
    /// <summary>Not finished at the period's end and past its due date then: column (13).</summary>
    Overdue,
}

/// <summary>Which filters narrow a figure's dossiers; empty ones do not.</summary>
public sealed record FigureFilter(string? Agency, string? Procedure, string? Field, Channel? Channel);

public static class Figures
{
    public static string Vietnamese(this Figure figure) => figure switch
    {
        Figure.Received => "Tiếp nhận trong kỳ",
        Figure.Early => "Giải quyết trước hạn",
        Figure.OnTime => "Giải quyết đúng hạn",
        Figure.Late => "Giải quyết quá hạn",
        Figure.Ended => "Dừng hoặc đóng, không ra quyết định",
        Figure.IndexLate => "Tính là trễ hạn theo Bộ chỉ số (quá hạn hoặc bổ sung quá 1 lần)",
        Figure.CarriedOver => "Kỳ trước chuyển qua",
        Figure.InProgress => "Đang giải quyết cuối kỳ",
        _ => "Quá hạn cuối kỳ",
    };

    /// <summary>Whether the figure counts dossiers finished in the period (and so is dated by FinishedAt).</summary>
    public static bool IsFinishing(this Figure figure) => figure is Figure.Early or Figure.OnTime or Figure.Late or Figure.Ended or Figure.IndexLate;

    /// <summary>
    /// The dossiers a figure of the period [<paramref name="from"/>, <paramref name="to"/>] counts, in the officer's
    /// scope: what <see cref="Domain.Reporting.DossierTally"/> counts, as a database filter over indexed columns.
    /// </summary>
    public static IQueryable<Dossier> Select(MotCuaDbContext db, CurrentOfficer officer, Figure figure, DateOnly from, DateOnly to,
        FigureFilter filter, WorkingCalendar calendar)
    {
        var start = calendar.AtLocal(from, TimeOnly.MinValue);
        var end = calendar.AtLocal(to.AddDays(1), TimeOnly.MinValue);
        var query = db.Dossiers.VisibleTo(officer);
        if (!string.IsNullOrEmpty(filter.Agency))
            query = query.Where(d => d.AgencyId == filter.Agency);
        if (!string.IsNullOrEmpty(filter.Procedure))
            query = query.Where(d => d.Procedure.Code == filter.Procedure);
        if (!string.IsNullOrEmpty(filter.Field))
            query = query.Where(d => d.Procedure.Field == filter.Field);
        if (filter.Channel is { } channel)
            query = query.Where(d => d.ChannelIn == channel);
        var received = query.Where(d => d.Clock != null && !DossierStates.NeverReceived.Contains(d.State));
        var finishedIn = received.Where(d => d.FinishedAt >= start && d.FinishedAt < end);
        var inProgress = received.Where(d => d.SubmittedAt < end && (d.FinishedAt == null || d.FinishedAt >= end));
        return figure switch
        {
            Figure.Received => received.Where(d => d.SubmittedAt >= start && d.SubmittedAt < end),
            Figure.Early => finishedIn.Where(d => d.Timeliness == Timeliness.Early),
            Figure.OnTime => finishedIn.Where(d => d.Timeliness == Timeliness.OnTime),
            Figure.Late => finishedIn.Where(d => d.Timeliness == Timeliness.Late),
            Figure.Ended => finishedIn.Where(d => d.Timeliness == null),
            Figure.IndexLate => finishedIn.Where(d => d.Timeliness == Timeliness.Late || (d.Timeliness != null && d.Clock!.SupplementRequests > 1)),
            Figure.CarriedOver => received.Where(d => d.SubmittedAt < start && (d.FinishedAt == null || d.FinishedAt >= start)),
            Figure.InProgress => inProgress,
            _ => inProgress.Where(d => d.Due < end && (d.FinishedAt == null ? Tallies.Open.Contains(d.State) : d.Timeliness == Timeliness.Late)),
        };
    }
}
