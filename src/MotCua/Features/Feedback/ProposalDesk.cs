using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;
using MotCua.Platform;

namespace MotCua.Features.Feedback;

/// <summary>What acting on a proposal came to: done, refused by a rule, changed meanwhile, or not found in scope.</summary>
public abstract record ProposalActed
{
    public sealed record Done(RegulationProposal Proposal) : ProposalActed;

    public sealed record Refused(BrokenRule Rule) : ProposalActed;

    public sealed record Conflict : ProposalActed;

    public sealed record NotFound : ProposalActed;

    /// <summary>What an officer reads when the action was not applied (the rule's id with it); null when it was.</summary>
    public string? Message => this switch
    {
        Refused r => $"{r.Rule.Message} ({r.Rule.RuleId})",
        Conflict => "Kiến nghị hoặc phản ánh trong kiến nghị vừa được người khác cập nhật. Hãy xem lại rồi thực hiện lại.",
        NotFound => "Không có kiến nghị này tại Trung tâm của cán bộ.",
        _ => null,
    };

    public IResult ToProblem() => this switch
    {
        Refused r => TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Thao tác không được thực hiện",
            detail: r.Rule.Message, extensions: new Dictionary<string, object?> { ["rule"] = r.Rule.RuleId, ["ruleName"] = r.Rule.Name }),
        Conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Kiến nghị vừa được cập nhật", detail: Message),
        NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy kiến nghị", detail: Message),
        _ => throw new InvalidOperationException("A done action has no problem to show."),
    };
}

/// <summary>
/// The one way pages and endpoints draft and act on proposals to change a regulation (R34), as <see cref="FeedbackDesk"/> is for
/// the items: load in the Center's scope (agencies and the counter see none), check the row version the officer saw, load the
/// items the action touches from the same Center, ask the aggregate, save the proposal and its items together.
/// </summary>
public sealed class ProposalDesk(MotCuaDbContext db, LocalitySource localities, TimeProvider time)
{
    /// <summary>Those who answer the Center's items aggregate them: its staff and director.</summary>
    public static bool Sees(Actor by) => by.Role is Role.CenterStaff or Role.CenterDirector;

    public IQueryable<RegulationProposal> InScope(Actor by) =>
        Sees(by) ? db.RegulationProposals.Where(p => p.CenterId == by.UnitId) : db.RegulationProposals.Where(p => false);

    /// <summary>The Center's items about a regulation that no proposal holds yet, refused ones left out.</summary>
    public IQueryable<FeedbackItem> Waiting(Actor by) =>
        Items(by).Where(f => f.Topic == FeedbackTopic.Regulation && f.ProposalCode == null && f.State != FeedbackState.Refused);

    public IQueryable<FeedbackItem> Items(Actor by) =>
        Sees(by) ? db.FeedbackItems.Where(f => f.CenterId == by.UnitId) : db.FeedbackItems.Where(f => false);

    public Task<RegulationProposal?> FindAsync(string code, Actor by, CancellationToken cancellationToken = default)
    {
        code = code.Trim().ToUpperInvariant();
        return code.Length is 0 or > RegulationProposal.MaxCodeLength
            ? Task.FromResult<RegulationProposal?>(null)
            : InScope(by).SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
    }

    /// <summary>Feedback codes as typed or ticked: trimmed, upper case, once each.</summary>
    public static IReadOnlyList<string> Codes(IEnumerable<string?>? codes) =>
        (codes ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!.Trim().ToUpperInvariant()).Distinct().ToList();

    /// <summary>
    /// Starts a draft from the items selected, numbered KN-yyMM-NNN in the month of the Center's local time; addressed, unless the
    /// officer says otherwise, to the body the profile names for feedback reports (R64), whom the Center advises on regulations.
    /// </summary>
    public async Task<ProposalActed> DraftAsync(string title, string? procedureCode, string? addressedTo, string? text, IReadOnlyList<string> itemCodes, Actor by,
        CancellationToken cancellationToken = default)
    {
        var (items, missing) = await LoadAsync(itemCodes, by, cancellationToken);
        if (missing is not null)
            return new ProposalActed.Refused(ProposalRules.UnknownItem(missing));
        var locality = await localities.GetAsync(db, cancellationToken);
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var addressee = string.IsNullOrWhiteSpace(addressedTo) ? locality.Profile.FeedbackReportsTo : addressedTo;
        var outcome = RegulationProposal.Draft(await NextCodeAsync(locality, now, cancellationToken), by.UnitId, title, procedureCode, addressee, text, items, by, now);
        if (outcome.Value is not { } proposal)
        {
            db.ChangeTracker.Clear();
            return new ProposalActed.Refused(outcome.Broken!);
        }
        db.RegulationProposals.Add(proposal);
        if (await SaveAsync(cancellationToken) is { } conflict)
            return conflict;
        await transaction.CommitAsync(cancellationToken);
        return new ProposalActed.Done(proposal);
    }

    /// <summary>Acts on a proposal loaded in scope with the items named (those of the Center); <paramref name="seen"/> is the row version the form was made from.</summary>
    public async Task<ProposalActed> ActAsync(RegulationProposal proposal, int? seen, IReadOnlyList<string> itemCodes,
        Func<RegulationProposal, IReadOnlyList<FeedbackItem>, DateTimeOffset, Outcome> act, Actor by, CancellationToken cancellationToken = default)
    {
        if (seen is { } version && version != RowVersion(proposal))
            return new ProposalActed.Conflict();
        var (items, missing) = await LoadAsync(itemCodes, by, cancellationToken);
        if (missing is not null)
            return new ProposalActed.Refused(ProposalRules.UnknownItem(missing));
        if (act(proposal, items, time.GetUtcNow()).Broken is { } broken)
        {
            db.ChangeTracker.Clear();
            return new ProposalActed.Refused(broken);
        }
        return await SaveAsync(cancellationToken) ?? new ProposalActed.Done(proposal);
    }

    public Task<ProposalActed> SendAsync(RegulationProposal proposal, int? seen, Actor by, CancellationToken cancellationToken = default) =>
        ActAsync(proposal, seen, proposal.ItemCodes, (p, items, at) => p.Send(items, by, at), by, cancellationToken);

    /// <summary>The procedure of each item's dossier, where the item names one: what the Center groups waiting items by.</summary>
    public async Task<IReadOnlyDictionary<string, (string Code, string Name)>> ProceduresAsync(IReadOnlyList<FeedbackItem> items, CancellationToken cancellationToken = default)
    {
        var dossiers = items.Select(f => f.DossierCode).OfType<DossierCode>().Distinct().ToList();
        if (dossiers.Count == 0)
            return new Dictionary<string, (string, string)>();
        var procedures = await db.Dossiers.AsNoTracking().Where(d => dossiers.Contains(d.Code))
            .Select(d => new { d.Code, Procedure = d.Procedure.Code, d.Procedure.Name }).ToListAsync(cancellationToken);
        return items.Where(f => f.DossierCode is not null)
            .Join(procedures, f => f.DossierCode, d => d.Code, (f, d) => (f.Code, (d.Procedure, d.Name)))
            .ToDictionary(x => x.Item1, x => x.Item2);
    }

    public int RowVersion(RegulationProposal proposal) => db.Entry(proposal).Property<int>(MotCuaDbContext.RowVersion).CurrentValue;

    async Task<(IReadOnlyList<FeedbackItem> Items, string? Missing)> LoadAsync(IReadOnlyList<string> codes, Actor by, CancellationToken cancellationToken)
    {
        if (codes.Count == 0)
            return ([], null);
        var found = await Items(by).Where(f => codes.Contains(f.Code)).ToListAsync(cancellationToken);
        var missing = codes.FirstOrDefault(c => found.All(f => f.Code != c));
        return (codes.Select(c => found.FirstOrDefault(f => f.Code == c)).OfType<FeedbackItem>().ToList(), missing);
    }

    /// <summary>The item's row version moves when it joins a proposal, so two drafts that take one item at once cannot both save.</summary>
    async Task<ProposalActed?> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new ProposalActed.Conflict();
        }
    }

    /// <summary>KN-yyMM-NNN: the local month and its sequence, from the shared counters.</summary>
    async Task<string> NextCodeAsync(Locality locality, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var day = locality.Calendar.LocalDate(now);
        var month = new DateOnly(day.Year, day.Month, 1);
        var number = await db.NextAsync("kien-nghi", month, cancellationToken);
        return $"KN-{month.ToString("yyMM", CultureInfo.InvariantCulture)}-{number:000}";
    }
}
