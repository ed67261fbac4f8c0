using Microsoft.AspNetCore.Http.HttpResults;
using MotCua.Domain;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;

namespace MotCua.Features.Shared;

/// <summary>
/// How an action on a dossier ended: done, refused by a named rule, lost to another officer's change,
/// not found in the officer's scope, or given invalid input. Mapped once to a page's message
/// (<see cref="Message"/>) and once to ProblemDetails (<see cref="ToProblem"/>).
/// </summary>
public abstract record Acted
{
    public sealed record Done(Dossier Dossier, int RowVersion, Locality Locality, DateTimeOffset At) : Acted;

    /// <summary>Refused by a rule; <paramref name="Code"/> is null when refused before the dossier had one.</summary>
    public sealed record Refused(DossierCode? Code, BrokenRule Rule) : Acted;

    public sealed record Conflict(DossierCode Code) : Acted;

    public sealed record NotFound(DossierCode Code) : Acted;

    /// <summary>Input that never reached the aggregate: field name → Vietnamese messages.</summary>
    public sealed record Invalid(IDictionary<string, string[]> Errors) : Acted
    {
        public Invalid(string field, string message) : this(new Dictionary<string, string[]> { [field] = [message] })
        {
        }
    }

    /// <summary>What the officer reads on the page when the action was not applied; null when it was.</summary>
    public string? Message => this switch
    {
        Refused r => $"{r.Rule.Message} ({r.Rule.RuleId})",
        Conflict => ConcurrentChange,
        NotFound n => $"Không có hồ sơ {n.Code} trong phạm vi đơn vị của cán bộ.",
        Invalid i => string.Join(" ", i.Errors.Values.SelectMany(m => m)),
        _ => null,
    };

    /// <summary>What the applicant reads: the rule's reason without its id, which means something to officers only.</summary>
    public string? MessageForApplicant => this is Refused r ? r.Rule.Message : Message;

    /// <summary>The API's answer when the action was not applied: 400 with field errors, 404, 409, or 422 naming the rule.</summary>
    public IResult ToProblem() => this switch
    {
        Refused r => TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Thao tác không được thực hiện",
            detail: Message, extensions: new Dictionary<string, object?> { ["rule"] = r.Rule.RuleId, ["ruleName"] = r.Rule.Name }),
        Conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Hồ sơ vừa được cập nhật", detail: Message),
        NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy hồ sơ", detail: Message),
        Invalid i => TypedResults.ValidationProblem(i.Errors, title: "Dữ liệu gửi lên không hợp lệ"),
        _ => throw new InvalidOperationException("A done action has no problem to show."),
    };

    public const string ConcurrentChange =
        "Hồ sơ vừa được cán bộ khác cập nhật nên thao tác của bạn chưa được lưu. Trang đã hiển thị tình trạng mới nhất; xin kiểm tra rồi thực hiện lại nếu vẫn cần.";
}
