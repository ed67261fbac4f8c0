using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;

namespace MotCua.Domain.Dossiers;

/// <summary>
/// One applicant's dossier for one procedure, from submission to return. Its state changes only
/// through the methods below; each checks the rules that apply, returns the broken one, or appends
/// a row to the control slip (R13).
/// </summary>
public sealed partial class Dossier
{
    readonly List<HistoryEntry> _history = [];
    readonly List<Consultation> _consultations = [];
    readonly List<SupplementRequest> _supplements = [];
    readonly List<Incident> _incidents = [];

    /// <summary>For loading from storage; every member is then set from the stored row.</summary>
    Dossier()
    {
        Code = null!;
        CenterId = AgencyId = null!;
        Procedure = null!;
        Version = null!;
        Case = null!;
        Applicant = null!;
        Components = null!;
    }

    Dossier(DossierCode code, string centerId, Procedure procedure, ProcedureVersion version, ProcedureCase procedureCase,
        Applicant applicant, IReadOnlyList<SubmittedComponent> components, Channel channelIn, Channel resultChannel, DateTimeOffset submittedAt)
    {
        Code = code;
        SubmittedAt = submittedAt;
        CenterId = centerId;
        AgencyId = procedure.CompetentAgencyId;
        Procedure = procedure;
        Version = version;
        Case = procedureCase;
        Applicant = applicant;
        Components = components;
        ChannelIn = channelIn;
        ResultChannel = resultChannel;
    }

    public DossierCode Code { get; private init; }
    public string CenterId { get; private init; }
    /// <summary>When the applicant handed the dossier in or sent it: the control slip's first entry, and the instant reports filter periods on.</summary>
    public DateTimeOffset SubmittedAt { get; private init; }
    /// <summary>The competent agency that decides the dossier.</summary>
    public string AgencyId { get; private init; }
    public Procedure Procedure { get; private init; }
    /// <summary>The procedure version in force when the dossier was received (R2).</summary>
    public ProcedureVersion Version { get; private init; }
    public ProcedureCase Case { get; private init; }
    public Applicant Applicant { get; private init; }
    public IReadOnlyList<SubmittedComponent> Components { get; private set; }
    public Channel ChannelIn { get; private init; }
    public Channel ResultChannel { get; private init; }

    public DossierState State { get; private set; }
    /// <summary>The workflow step (0-based) while in processing.</summary>
    public int? Step { get; private set; }
    public WorkflowStep? CurrentStep => Step is { } s ? Version.Workflow[s] : null;

    public DossierClock? Clock { get; private set; }
    /// <summary>The due date on the first receipt (R45: stays visible after a restart or an extension).</summary>
    public DateTimeOffset? OriginalDue { get; private set; }
    /// <summary>The legal due date in force; null while the applicant holds the dossier.</summary>
    public DateTimeOffset? Due { get; private set; }
    /// <summary>The current step's own due date (R47).</summary>
    public DateTimeOffset? StepDue { get; private set; }
    public DateTimeOffset? StepEnteredAt { get; private set; }

    public ApologyDraft? ApologyDraft { get; private set; }
    public DossierResult? Result { get; private set; }
    public ResultReturn? Return { get; private set; }
    /// <summary>Early, on time or late, set when processing finished (R27, R49).</summary>
    public Timeliness? Timeliness { get; private set; }
    /// <summary>When processing ended: the decision (a result or a refusal), or the end without one (stopped, closed unsupplemented).</summary>
    public DateTimeOffset? FinishedAt { get; private set; }
    /// <summary>The reason given when refused at the counter, asked to complete, or stopped.</summary>
    public string? ClosingReason { get; private set; }

    public IReadOnlyList<HistoryEntry> History => _history;
    public IReadOnlyList<Consultation> Consultations => _consultations;
    public IReadOnlyList<SupplementRequest> Supplements => _supplements;
    public IReadOnlyList<Incident> Incidents => _incidents;
    /// <summary>Every agency ever consulted on the dossier: they see it, only to answer (R19).</summary>
    public string[] ConsultedAgencyIds { get; private set; } = [];

    // ---- Creation: online submission and the counter (R4–R10) ----

    /// <summary>An applicant submits online; the dossier waits at the Center (R9).</summary>
    public static Outcome<Dossier> SubmitOnline(DossierCode code, string centerId, Procedure procedure, string caseName, Applicant applicant,
        IReadOnlyList<SubmittedComponent> components, Channel resultChannel, Actor by, DateTimeOffset at, Locality locality)
    {
        if (by.Role is not (Role.Applicant or Role.System))
            return DossierRules.RoleNotAllowed(DossierAction.SubmitOnline, by.Role);
        var checkedOut = Check(procedure, caseName, components, Channel.Online, resultChannel, locality.Calendar.LocalDate(at), requireAll: true);
        if (checkedOut.Broken is { } broken)
            return broken;
        var (version, procedureCase) = checkedOut.Value!;
        var dossier = new Dossier(code, centerId, procedure, version, procedureCase, applicant, components, Channel.Online, resultChannel, at)
        {
            FeeCollector = locality.FeeCollectorFor(procedure.CompetentAgencyId),
        };
        dossier.Append(at, DossierAction.SubmitOnline, DossierState.Submitted, by, "Trung tâm Phục vụ hành chính công");
        return dossier;
    }

    /// <summary>
    /// A reception officer receives a complete dossier at the counter and issues the receipt (R5, R6):
    /// exactly the published components (R4), a channel the procedure accepts (R9); the clock starts (R43, R44).
    /// </summary>
    public static Outcome<Dossier> Receive(DossierCode code, string centerId, Procedure procedure, string caseName, Applicant applicant,
        IReadOnlyList<SubmittedComponent> components, Channel channelIn, Channel resultChannel, Actor by, DateTimeOffset at, Locality locality)
    {
        if (by.Role != Role.Reception)
            return DossierRules.RoleNotAllowed(DossierAction.Receive, by.Role);
        if (by.UnitId != centerId)
            return DossierRules.NotYourUnit(DossierAction.Receive);
        var checkedOut = Check(procedure, caseName, components, channelIn, resultChannel, locality.Calendar.LocalDate(at), requireAll: true);
        if (checkedOut.Broken is { } broken)
            return broken;
        var (version, procedureCase) = checkedOut.Value!;
        var dossier = new Dossier(code, centerId, procedure, version, procedureCase, applicant, components, channelIn, resultChannel, at)
        {
            FeeCollector = locality.FeeCollectorFor(procedure.CompetentAgencyId),
        };
        dossier.StartClock(at, locality);
        dossier.Append(at, DossierAction.Receive, DossierState.Received, by, "Bộ phận tiếp nhận và trả kết quả");
        return dossier;
    }

    /// <summary>An incomplete dossier at the counter: the applicant leaves with a completion slip, nothing is received (R7).</summary>
    public static Outcome<Dossier> IssueCompletionSlip(DossierCode code, string centerId, Procedure procedure, string caseName, Applicant applicant,
        IReadOnlyList<SubmittedComponent> components, IReadOnlyList<string> missingItems, string reason, Actor by, DateTimeOffset at, Locality locality)
    {
        if (by.Role != Role.Reception)
            return DossierRules.RoleNotAllowed(DossierAction.IssueCompletionSlip, by.Role);
        if (missingItems.Count == 0 || string.IsNullOrWhiteSpace(reason))
            return DossierRules.SupplementItemsRequired;
        var checkedOut = Check(procedure, caseName, components, Channel.InPerson, Channel.InPerson, locality.Calendar.LocalDate(at), requireAll: false, checkChannels: false);
        if (checkedOut.Broken is { } broken)
            return broken;
        var (version, procedureCase) = checkedOut.Value!;
        var dossier = new Dossier(code, centerId, procedure, version, procedureCase, applicant, components, Channel.InPerson, Channel.InPerson, at)
        {
            ClosingReason = reason,
        };
        dossier.Append(at, DossierAction.IssueCompletionSlip, DossierState.CompletionRequested, by, applicant.Name, reason: reason, documents: missingItems);
        return dossier;
    }

    /// <summary>A request the Center cannot accept: refused at the counter with the reasons (R8).</summary>
    public static Outcome<Dossier> RefuseAtCounter(DossierCode code, string centerId, Procedure procedure, string caseName, Applicant applicant,
        string reason, Actor by, DateTimeOffset at, Locality locality)
    {
        if (by.Role != Role.Reception)
            return DossierRules.RoleNotAllowed(DossierAction.RefuseAtCounter, by.Role);
        if (string.IsNullOrWhiteSpace(reason))
            return DossierRules.ReasonRequired(DossierAction.RefuseAtCounter);
        var checkedOut = Check(procedure, caseName, [], Channel.InPerson, Channel.InPerson, locality.Calendar.LocalDate(at), requireAll: false, checkChannels: false);
        if (checkedOut.Broken is { } broken)
            return broken;
        var (version, procedureCase) = checkedOut.Value!;
        var dossier = new Dossier(code, centerId, procedure, version, procedureCase, applicant, [], Channel.InPerson, Channel.InPerson, at)
        {
            ClosingReason = reason,
        };
        dossier.Append(at, DossierAction.RefuseAtCounter, DossierState.RefusedAtCounter, by, applicant.Name, reason: reason);
        return dossier;
    }

    static Outcome<Binding> Check(Procedure procedure, string caseName, IReadOnlyList<SubmittedComponent> components,
        Channel channelIn, Channel resultChannel, DateOnly day, bool requireAll, bool checkChannels = true)
    {
        var version = procedure.VersionInForceOn(day);
        if (version is null)
            return DossierRules.NoVersionInForce;
        if (version.FindCase(caseName) is not { } procedureCase)
            return DossierRules.UnknownCase(caseName);
        if (checkChannels && !version.AcceptsChannel(channelIn))
            return DossierRules.ChannelNotAccepted(channelIn);
        if (checkChannels && !version.ChannelsOut.Contains(resultChannel))
            return DossierRules.ResultChannelNotOffered(resultChannel);
        if (components.Any(c => version.Components.All(p => p.Name != c.Name)))
            return DossierRules.ComponentNotPublished;
        if (requireAll && version.Components.FirstOrDefault(p => p.Required && components.All(c => c.Name != p.Name)) is { } missing)
            return DossierRules.RequiredComponentMissing(missing.Name);
        return new Binding(version, procedureCase);
    }

    /// <summary>What a new dossier is bound to: the version in force and the case chosen (R2).</summary>
    sealed record Binding(ProcedureVersion Version, ProcedureCase Case);

    // ---- Reception of online submissions ----

    /// <summary>The Center accepts an online submission; the clock counts from the submission (LAW §2.7–2.8, R43).</summary>
    public Outcome ReceiveOnline(Actor by, DateTimeOffset at, Locality locality)
    {
        if (Check(DossierCommand.ReceiveOnline, by, at, locality) is { } broken)
            return broken;
        StartClock(_history[0].At, locality);
        Append(at, DossierAction.Receive, DossierState.Received, by, "Bộ phận tiếp nhận và trả kết quả");
        return Outcome.Ok;
    }

    /// <summary>An online submission is incomplete: the applicant is told every missing item once (R7).</summary>
    public Outcome AskToCompleteOnline(IReadOnlyList<string> missingItems, string reason, Actor by, DateTimeOffset at)
    {
        if (Check(DossierCommand.AskToCompleteOnline, by, at, locality: null) is { } broken)
            return broken;
        if (missingItems.Count == 0 || string.IsNullOrWhiteSpace(reason))
            return DossierRules.SupplementItemsRequired;
        if (missingItems.Any(i => Version.Components.All(c => c.Name != i)))
            return DossierRules.ComponentNotPublished;
        ClosingReason = reason;
        Append(at, DossierAction.IssueCompletionSlip, DossierState.CompletionRequested, by, Applicant.Name, reason: reason, documents: missingItems);
        return Outcome.Ok;
    }

    /// <summary>An online submission the Center cannot accept (R8).</summary>
    public Outcome RefuseOnline(string reason, Actor by, DateTimeOffset at)
    {
        if ((Check(DossierCommand.RefuseOnline, by, at, locality: null) ?? Required(DossierAction.RefuseAtCounter, reason)) is { } broken)
            return broken;
        ClosingReason = reason;
        Append(at, DossierAction.RefuseAtCounter, DossierState.RefusedAtCounter, by, Applicant.Name, reason: reason);
        return Outcome.Ok;
    }

    /// <summary>The applicant withdraws an online submission the Center has not received yet.</summary>
    public Outcome Withdraw(Actor by, DateTimeOffset at)
    {
        if (Check(DossierCommand.Withdraw, by, at, locality: null) is { } broken)
            return broken;
        Append(at, DossierAction.Withdraw, DossierState.Withdrawn, by, "Trung tâm Phục vụ hành chính công");
        return Outcome.Ok;
    }

    void StartClock(DateTimeOffset submittedAt, Locality locality)
    {
        var reception = locality.Calendar.ReceptionInstant(submittedAt, Version.DailyCutOff);
        Clock = new DossierClock(Case.Limit, locality.Profile.DueCounting, reception);
        OriginalDue = Due = Clock.CurrentDue(locality.Calendar);
    }
}
