using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace MotCua.Domain.Codes;

/// <summary>
/// Hands out dossier codes (R50): one counter per agency and reception day, starting at 1, never
/// giving a number twice even when counters receive at the same instant. In memory: after a restart
/// it must be seeded with the last numbers already issued (<see cref="Seed"/>); the database-backed
/// allocator keeps the same contract.
/// </summary>
public sealed class DossierCodeSequence
{
    // Agency ids are in capitals (DossierCode.AgencyIdProblem refuses h22), so comparing them ordinally is enough.
    readonly ConcurrentDictionary<(string AgencyId, DateOnly Date), StrongBox<long>> _last = new();

    /// <summary>The next code of <paramref name="agencyId"/> for a dossier received on <paramref name="receptionDate"/>.</summary>
    public DossierCode Next(string agencyId, DateOnly receptionDate)
    {
        Validate(agencyId, receptionDate);
        var counter = _last.GetOrAdd((agencyId, receptionDate), _ => new StrongBox<long>());
        return new DossierCode(agencyId, receptionDate, Interlocked.Increment(ref counter.Value));
    }

    /// <summary>
    /// Records that numbers up to <paramref name="lastSequence"/> were already issued for that agency
    /// and day. Never moves a counter back, so seeding late or twice cannot cause a reuse.
    /// </summary>
    public void Seed(string agencyId, DateOnly date, long lastSequence)
    {
        Validate(agencyId, date);
        if (lastSequence < 0)
            throw new ArgumentOutOfRangeException(nameof(lastSequence), "Số thứ tự đã cấp không được âm.");
        var counter = _last.GetOrAdd((agencyId, date), _ => new StrongBox<long>());
        var current = Interlocked.Read(ref counter.Value);
        while (current < lastSequence)
        {
            var seen = Interlocked.CompareExchange(ref counter.Value, lastSequence, current);
            if (seen == current)
                return;
            current = seen;
        }
    }

    static void Validate(string agencyId, DateOnly date)
    {
        if (DossierCode.AgencyIdProblem(agencyId) is { } agencyProblem)
            throw new ArgumentException(agencyProblem, nameof(agencyId));
        if (DossierCode.DateProblem(date) is { } dateProblem)
            throw new ArgumentOutOfRangeException(nameof(date), dateProblem);
    }
}
