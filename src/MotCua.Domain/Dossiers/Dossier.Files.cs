namespace MotCua.Domain.Dossiers;

public sealed partial class Dossier
{
    static readonly DossierState[] PaperAtHand =
        [DossierState.Received, DossierState.InProcessing, DossierState.Consulting, DossierState.SupplementRequested, DossierState.WaitingForApplicant];

    /// <summary>
    /// The Center scans a component the applicant handed in (R5), at reception or when a supplement
    /// arrives, while the dossier is still being decided. The control slip keeps the file's hash.
    /// </summary>
    public Outcome Digitize(string component, string fileName, string sha256, Actor by, DateTimeOffset at)
    {
        if ((Check(DossierCommand.Digitize, by, at, locality: null) ?? Required(DossierAction.Digitize, fileName, sha256)) is { } broken)
            return broken;
        if (Components.All(c => c.Name != component))
            return DossierRules.ComponentNotSubmitted(component);
        Append(at, DossierAction.Digitize, State, by, "Kho dữ liệu số hóa", step: Step,
            documents: [$"{component}: {fileName} (SHA-256 {sha256})"]);
        return Outcome.Ok;
    }

    /// <summary>
    /// The applicant attaches the file of a component they hand in online (R9, R5): the electronic
    /// component is its own digitized copy. Only with the handing in: the online submission, before the
    /// Center receives it, or the online supplement, at the instant it is made (R15).
    /// </summary>
    public Outcome AttachOnline(string component, string fileName, string sha256, Actor by, DateTimeOffset at)
    {
        var handedIn = _history.LastOrDefault(h => h.Action != DossierAction.AttachOnline);
        var withHandingIn = State == DossierState.Submitted
            || (handedIn is { Action: DossierAction.Resubmit } resubmitted && resubmitted.By.Role == Role.Applicant && resubmitted.At == at);
        EnsureAfterLast(at);
        if ((Guard(DossierAction.AttachOnline, by, withHandingIn ? [State] : [], [Role.Applicant], unitId: null) ?? Required(DossierAction.AttachOnline, fileName, sha256)) is { } broken)
            return broken;
        if (Components.All(c => c.Name != component))
            return DossierRules.ComponentNotSubmitted(component);
        Append(at, DossierAction.AttachOnline, State, by, "Trung tâm Phục vụ hành chính công",
            documents: [$"{component}: {fileName} (SHA-256 {sha256})"]);
        return Outcome.Ok;
    }

    /// <summary>The agency attaches the signed electronic result (or refusal) it issued (R22, R17), before the result goes out.</summary>
    public Outcome AttachResultFile(string fileName, string sha256, Actor by, DateTimeOffset at)
    {
        if ((Check(DossierCommand.AttachResultFile, by, at, locality: null) ?? Required(DossierAction.AttachResultFile, fileName, sha256)) is { } broken)
            return broken;
        Append(at, DossierAction.AttachResultFile, State, by, Applicant.Name,
            documents: [$"{(Result!.Kind == ResultKind.Refused ? "Phiếu từ chối giải quyết hồ sơ" : "Kết quả điện tử")}: {fileName} (SHA-256 {sha256})"]);
        return Outcome.Ok;
    }
}
