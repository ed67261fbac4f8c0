namespace MotCua.Domain.Reporting;

/// <summary>
/// The tally summed for one line of the report: before the period, inside it, and up to its end;
/// <see cref="OpenOverdueAtEnd"/> counts dossiers still open today whose due day was on or before the
/// period's end (the tally counts a dossier's overdue days only once it is finished);
/// <see cref="IndexLate"/> the dossiers decided in the period that the national index counts late (R49).
/// </summary>
public sealed record PeriodSums(
    int ReceivedBefore, int FinishedBefore,
    int ReceivedOnline, int ReceivedOther, int Early, int OnTime, int Ended, int Late,
    int OverdueFromToEnd, int OverdueUntilToEnd, int OpenOverdueAtEnd, int IndexLate = 0)
{
    public static readonly PeriodSums Zero = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static PeriodSums operator +(PeriodSums a, PeriodSums b) => new(
        a.ReceivedBefore + b.ReceivedBefore, a.FinishedBefore + b.FinishedBefore,
        a.ReceivedOnline + b.ReceivedOnline, a.ReceivedOther + b.ReceivedOther, a.Early + b.Early, a.OnTime + b.OnTime, a.Ended + b.Ended, a.Late + b.Late,
        a.OverdueFromToEnd + b.OverdueFromToEnd, a.OverdueUntilToEnd + b.OverdueUntilToEnd, a.OpenOverdueAtEnd + b.OpenOverdueAtEnd, a.IndexLate + b.IndexLate);
}

/// <summary>
/// One line of Biểu II.06a (LAW §10.1), columns (3)–(13). Finished "đúng hạn" (9) includes the
/// dossiers ended without a decision (stopped, closed unsupplemented); in progress "trong hạn" (12)
/// includes those waiting for the applicant's supplement.
/// </summary>
public sealed record Form06aLine(int C3, int C4, int C5, int C6, int C7, int C8, int C9, int C10, int C11, int C12, int C13)
{
    public static Form06aLine From(PeriodSums s)
    {
        var fromBefore = s.ReceivedBefore - s.FinishedBefore;
        var finished = s.Early + s.OnTime + s.Ended + s.Late;
        var inProgress = s.ReceivedBefore + s.ReceivedOnline + s.ReceivedOther - s.FinishedBefore - finished;
        var overdue = s.OverdueFromToEnd - s.OverdueUntilToEnd + s.OpenOverdueAtEnd;
        return new Form06aLine(
            C3: s.ReceivedOnline + s.ReceivedOther + fromBefore, C4: s.ReceivedOnline, C5: s.ReceivedOther, C6: fromBefore,
            C7: finished, C8: s.Early, C9: s.OnTime + s.Ended, C10: s.Late,
            C11: inProgress, C12: inProgress - overdue, C13: overdue);
    }

    public int[] Columns => [C3, C4, C5, C6, C7, C8, C9, C10, C11, C12, C13];

    /// <summary>
    /// Every invariant of the form this line breaks, in Vietnamese: the sums of LAW §10.1, and no
    /// negative count. A broken one means the tally disagrees with itself: the report shows it.
    /// </summary>
    public IReadOnlyList<string> Broken()
    {
        var broken = new List<string>();
        void Check(bool holds, string text)
        {
            if (!holds)
                broken.Add(text);
        }
        Check(C3 == C4 + C5 + C6, $"(3) = (4) + (5) + (6): {C3} ≠ {C4} + {C5} + {C6}");
        Check(C3 == C7 + C11, $"(3) = (7) + (11): {C3} ≠ {C7} + {C11}");
        Check(C7 == C8 + C9 + C10, $"(7) = (8) + (9) + (10): {C7} ≠ {C8} + {C9} + {C10}");
        Check(C11 == C12 + C13, $"(11) = (12) + (13): {C11} ≠ {C12} + {C13}");
        for (var i = 0; i < Columns.Length; i++)
            Check(Columns[i] >= 0, $"Cột ({i + 3}) âm: {Columns[i]}");
        return broken;
    }
}
