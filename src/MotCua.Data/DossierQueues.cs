using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;

namespace MotCua.Data;

/// <summary>
/// The two queues officers open all day, each with a partial index of its own (ADR 17). A query names the states as
/// constants (<c>EF.Constant</c>), the same list as its index's filter: PostgreSQL uses a partial index only when it
/// proves the query's condition implies the index's, which a positive list does and <c>NOT IN</c> does not.
/// </summary>
public static class DossierQueues
{
    /// <summary>The states a dossier with no timeliness yet may still be decided from.</summary>
    public static readonly DossierState[] UnfinishedStates = Enum.GetValues<DossierState>().Where(s => !s.IsFinal()).ToArray();

    /// <summary>The states in which an agency holds a dossier it is working on, in the order of its inbox's filter.</summary>
    public static readonly DossierState[] AgencyInboxStates =
    [
        DossierState.InProcessing, DossierState.Consulting, DossierState.SupplementRequested,
        DossierState.WaitingForApplicant, DossierState.ResultReady,
    ];

    /// <summary>The dossiers still to be decided: no timeliness and a state that is not final (the Center's monitor).</summary>
    public static IQueryable<Dossier> Unfinished(this IQueryable<Dossier> dossiers) =>
        dossiers.Where(d => d.Timeliness == null && EF.Constant(UnfinishedStates).Contains(d.State));

    /// <summary>The dossiers an agency is working on: its inbox, and what the Center urges agencies about.</summary>
    public static IQueryable<Dossier> InAgencyInbox(this IQueryable<Dossier> dossiers) =>
        dossiers.Where(d => EF.Constant(AgencyInboxStates).Contains(d.State));

    internal static string UnfinishedFilter => $"\"Timeliness\" IS NULL AND {StatesFilter(UnfinishedStates)}";

    internal static string AgencyInboxFilter => StatesFilter(AgencyInboxStates);

    static string StatesFilter(IEnumerable<DossierState> states) => $"\"State\" IN ({string.Join(", ", states.Select(s => $"'{s}'"))})";
}
