using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Data.Notifications;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;
using MotCua.Platform;

namespace MotCua.Features.Feedback;

/// <summary>What acting on a piece of feedback came to: done, refused by a rule, changed meanwhile, or not found in scope.</summary>
public abstract record FeedbackActed
{
    public sealed record Done(FeedbackItem Item) : FeedbackActed;

    public sealed record Refused(BrokenRule Rule) : FeedbackActed;

    public sealed record Conflict : FeedbackActed;

    public sealed record NotFound : FeedbackActed;

    /// <summary>What an officer reads when the action was not applied (the rule's id with it); null when it was.</summary>
    public string? Message => this switch
    {
        Refused r => $"{r.Rule.Message} ({r.Rule.RuleId})",
        Conflict => "Phản ánh, kiến nghị vừa được người khác cập nhật. Hãy xem lại rồi thực hiện lại.",
        NotFound => "Không có phản ánh, kiến nghị này trong phạm vi đơn vị của cán bộ.",
        _ => null,
    };

    /// <summary>What the sender reads: the reason without the rule's id.</summary>
    public string? MessageForSender => this is Refused r ? r.Rule.Message : Message;

    public IResult ToProblem() => this switch
    {
        Refused r => TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Thao tác không được thực hiện",
            detail: r.Rule.Message, extensions: new Dictionary<string, object?> { ["rule"] = r.Rule.RuleId, ["ruleName"] = r.Rule.Name }),
        Conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Phản ánh, kiến nghị vừa được cập nhật", detail: Message),
        NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy phản ánh, kiến nghị", detail: Message),
        _ => throw new InvalidOperationException("A done action has no problem to show."),
    };
}

/// <summary>
/// The one way pages and endpoints receive and act on feedback (R34), as <see cref="Shared.DossierPipeline"/> is for
/// dossiers: load in the officer's scope, check the row version the officer saw, ask the aggregate, save; in the
/// same save, tell whoever must act next (the agency it was forwarded to, the sender of an answer or a question).
/// </summary>
public sealed class FeedbackDesk(MotCuaDbContext db, LocalitySource localities, TimeProvider time)
{
    /// <summary>The Center sees every item; an agency the items forwarded to it.</summary>
    public IQueryable<FeedbackItem> InScope(Actor by) =>
        by.Role is Role.Reception or Role.CenterStaff or Role.CenterDirector or Role.Admin
            ? db.FeedbackItems.Where(f => f.CenterId == by.UnitId)
            : db.FeedbackItems.Where(f => f.AnsweringUnitId == by.UnitId);

    public Task<FeedbackItem?> FindAsync(string code, Actor by, CancellationToken cancellationToken = default) =>
        InScope(by).SingleOrDefaultAsync(f => f.Code == code, cancellationToken);

    /// <summary>The sender reaches their item with its code and the last four digits of the phone they gave (or the whole e-mail address).</summary>
    public Task<FeedbackItem?> FindForSenderAsync(string? code, string? secret, CancellationToken cancellationToken = default) =>
        FindBySenderAsync(code, secret, (item, typed) => typed.Length == 4 && typed.All(char.IsAsciiDigit) && item.Sender.Phone is { } phone
            && phone.EndsWith(typed, StringComparison.Ordinal), cancellationToken);

    /// <summary>
    /// The sender, for the written answer, which carries their contact in full (LAW §13): the code with the whole phone number
    /// they gave (or the whole e-mail address), as a dossier's documents ask the whole phone (<see cref="Shared.StatusLookup.OwnedAsync"/>).
    /// </summary>
    public Task<FeedbackItem?> FindOwnedBySenderAsync(string? code, string? proof, CancellationToken cancellationToken = default) =>
        FindBySenderAsync(code, proof, (item, typed) => PhoneNumber.TryParse(typed, out var phone) && item.Sender.Phone == phone.ToString(), cancellationToken);

    /// <summary>The item whose code and sender's secret match; null alike for a wrong code and a wrong secret, so codes cannot be probed.</summary>
    async Task<FeedbackItem?> FindBySenderAsync(string? code, string? secret, Func<FeedbackItem, string, bool> byPhone, CancellationToken cancellationToken)
    {
        code = code?.Trim().ToUpperInvariant();
        secret = secret?.Trim();
        if (string.IsNullOrEmpty(code) || code.Length > FeedbackItem.MaxCodeLength || string.IsNullOrEmpty(secret))
            return null;
        var item = await db.FeedbackItems.SingleOrDefaultAsync(f => f.Code == code, cancellationToken);
        if (item is null)
            return null;
        var byEmail = item.Sender.Email is { } email && string.Equals(email, secret, StringComparison.OrdinalIgnoreCase);
        return byEmail || byPhone(item, secret) ? item : null;
    }

    /// <summary>Receives a new item with the next code of the local day; its sender gets the code as the receipt.</summary>
    /// <param name="record">What else is saved in the same transaction as the new item (the idempotency key of an officer's intake).</param>
    public async Task<FeedbackActed> ReceiveAsync(Func<string, string, DateTimeOffset, Locality, Outcome<FeedbackItem>> receive, CancellationToken cancellationToken = default,
        Action<FeedbackItem>? record = null)
    {
        var locality = await localities.GetAsync(db, cancellationToken);
        var now = time.GetUtcNow();
        var centerId = await db.Units.Where(u => u.Kind == UnitKind.Center).Select(u => u.Id).SingleAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var code = await NextCodeAsync(locality, now, cancellationToken);
        var outcome = receive(code, centerId, now, locality);
        if (outcome.Value is not { } item)
            return new FeedbackActed.Refused(outcome.Broken!);
        db.FeedbackItems.Add(item);
        Notify(item, now, $"Trung tâm đã tiếp nhận phản ánh, kiến nghị của Ông/Bà, mã số {item.Code}. Hạn trả lời: {VietnameseFormat.DateTime(item.HandleBy)}.", "tiep-nhan");
        db.OfficerNotifications.Add(Officers(item.CenterId, null, $"Phản ánh, kiến nghị mới {item.Code}: {item.Subject}", $"{item.Code}/tiep-nhan", now));
        record?.Invoke(item);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new FeedbackActed.Done(item);
    }

    /// <summary>Acts on an item loaded in scope; <paramref name="seen"/> is the row version the form was made from.</summary>
    public async Task<FeedbackActed> ActAsync(FeedbackItem item, int? seen, Func<FeedbackItem, Actor, DateTimeOffset, Locality, Outcome> act, Actor by,
        CancellationToken cancellationToken = default)
    {
        if (seen is { } version && version != RowVersion(item))
            return new FeedbackActed.Conflict();
        var locality = await localities.GetAsync(db, cancellationToken);
        var now = time.GetUtcNow();
        var before = item.State;
        if (act(item, by, now, locality).Broken is { } broken)
        {
            db.ChangeTracker.Clear();
            return new FeedbackActed.Refused(broken);
        }
        await AnnounceAsync(item, before, now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new FeedbackActed.Conflict();
        }
        return new FeedbackActed.Done(item);
    }

    /// <summary>The sender complains again about an answer: the new item, received now, and the old one's link are saved together.</summary>
    public async Task<FeedbackActed> ComplainAgainAsync(FeedbackItem item, string text, Actor by, CancellationToken cancellationToken = default)
    {
        var locality = await localities.GetAsync(db, cancellationToken);
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var outcome = item.ComplainAgain(await NextCodeAsync(locality, now, cancellationToken), text, by, now, locality);
        if (outcome.Value is not { } again)
        {
            db.ChangeTracker.Clear();
            return new FeedbackActed.Refused(outcome.Broken!);
        }
        db.FeedbackItems.Add(again);
        Notify(again, now, $"Trung tâm đã tiếp nhận phản ánh tiếp của Ông/Bà về câu trả lời {item.Code}, mã số {again.Code}.", "tiep-nhan");
        db.OfficerNotifications.Add(Officers(again.CenterId, null, $"Phản ánh tiếp {again.Code} về câu trả lời {item.Code}.", $"{again.Code}/tiep-nhan", now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new FeedbackActed.Conflict();
        }
        return new FeedbackActed.Done(again);
    }

    public int RowVersion(FeedbackItem item) => db.Entry(item).Property<int>(MotCuaDbContext.RowVersion).CurrentValue;

    /// <summary>PAKN-yyMMdd-NNNN: the local day of reception and its sequence, from the shared counters (no gaps, no clashes between nodes).</summary>
    async Task<string> NextCodeAsync(Locality locality, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var day = locality.Calendar.LocalDate(now);
        return CodeOf(day, await db.NextAsync(CodeCounter, day, cancellationToken));
    }

    /// <summary>The shared counter the codes are numbered from, one row a local day.</summary>
    public const string CodeCounter = "phan-anh";

    public static string CodeOf(DateOnly day, long number) => $"PAKN-{day.ToString("yyMMdd", CultureInfo.InvariantCulture)}-{number:0000}";

    /// <summary>Whoever must act next learns of it in the same save.</summary>
    async Task AnnounceAsync(FeedbackItem item, FeedbackState before, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (item.State == before && item.Verdict is null)
            return;
        switch (item.State)
        {
            case FeedbackState.Forwarded when before == FeedbackState.Received:
                db.OfficerNotifications.Add(Officers(item.AnsweringUnitId, null, $"Phản ánh, kiến nghị {item.Code} được Trung tâm chuyển đến để trả lời.", $"{item.Code}/chuyen", now));
                // Besides the unit's notice its processors draft from: the leader answers for it to the Center (R64), and a notice
                // of their own stays unread until they read it, whoever read the unit's.
                if (await FeedbackLeaders.OfAsync(db, item.AnsweringUnitId, cancellationToken) is { } leader)
                    db.OfficerNotifications.Add(new OfficerNotification
                    {
                        Key = $"{item.Code}/chuyen/lanh-dao",
                        UnitId = item.AnsweringUnitId,
                        OfficerId = leader.Id,
                        Text = $"Đồng chí {leader.FullName}, lãnh đạo phụ trách phản ánh, kiến nghị: phản ánh, kiến nghị {item.Code} được Trung tâm chuyển đến, đề nghị chỉ đạo trả lời người gửi bằng văn bản và gửi Trung tâm 01 bản.",
                        CreatedAt = now,
                    });
                break;
            case FeedbackState.AwaitingSender:
                Notify(item, now, $"Phản ánh, kiến nghị {item.Code}: đề nghị Ông/Bà bổ sung thông tin: {item.Requests[^1].Question}", $"hoi-{item.Requests.Count}");
                break;
            case FeedbackState.Received or FeedbackState.Forwarded when before == FeedbackState.AwaitingSender:
                db.OfficerNotifications.Add(Officers(item.AnsweringUnitId, null, $"Người gửi đã bổ sung thông tin cho phản ánh, kiến nghị {item.Code}.", $"{item.Code}/bo-sung-{item.Requests.Count}", now));
                break;
            case FeedbackState.Refused:
                Notify(item, now, $"Phản ánh, kiến nghị {item.Code} không được tiếp nhận: {item.RefusalReason}", "tu-choi");
                break;
            case FeedbackState.Answered when before != FeedbackState.Answered:
                Notify(item, now, $"Phản ánh, kiến nghị {item.Code} đã được trả lời. Tra cứu câu trả lời bằng mã số và 4 số cuối điện thoại.", "tra-loi");
                if (item.AnsweringUnitId != item.CenterId)
                    db.OfficerNotifications.Add(Officers(item.CenterId, null, $"Bản sao: cơ quan đã trả lời phản ánh, kiến nghị {item.Code}.", $"{item.Code}/ban-sao", now));
                break;
        }
    }

    void Notify(FeedbackItem item, DateTimeOffset now, string text, string step)
    {
        if (item.Sender.Email is { } email)
            db.Outbox.Add(Message(item, MessageChannel.Email, email, text, step, now));
        if (item.Sender.Phone is { } phone)
            db.Outbox.Add(Message(item, MessageChannel.Sms, phone, text, step, now));
    }

    static OutboxMessage Message(FeedbackItem item, MessageChannel channel, string to, string text, string step, DateTimeOffset now) => new()
    {
        Key = $"{item.Code}/{step}/{channel}",
        Channel = channel,
        To = to,
        Subject = channel == MessageChannel.Email ? $"Phản ánh, kiến nghị {item.Code}" : null,
        Body = text,
        CreatedAt = now,
        NotBefore = now,
    };

    static OfficerNotification Officers(string unitId, Role? role, string text, string key, DateTimeOffset now) => new()
    {
        Key = key,
        UnitId = unitId,
        Role = role?.ToString(),
        Text = text,
        CreatedAt = now,
    };
}
