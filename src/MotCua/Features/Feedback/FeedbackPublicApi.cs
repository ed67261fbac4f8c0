using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.OpenApi;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;
using MotCua.Features.Api;
using MotCua.Features.Files;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Feedback;

/// <summary>A piece of feedback sent through the API; the fields of the portal's form.</summary>
public sealed record FeedbackBody(string? Topic, string? DossierCode, string? Digits, string? AgencyId, string? Name, string? Phone, string? Email,
    string? Address, string? Subject, string? Text);

/// <summary>What the sender does on their item: <c>secret</c> is the phone's last four digits or the whole e-mail address they gave.</summary>
public sealed record SenderBody(string? Secret, string? Text, string? Verdict);

public sealed record FeedbackReceipt(string Code, string State, string StateName, DateTimeOffset ReceivedAt, DateTimeOffset HandleBy);

/// <param name="ToUnit">For a forwarding, the unit the item went to.</param>
public sealed record FeedbackStepDto(DateTimeOffset At, string Action, string? Unit, string? ToUnit);

public sealed record FeedbackQuestionDto(DateTimeOffset AskedAt, string Question, DateTimeOffset? RepliedAt, string? Reply);

public sealed record FeedbackStatusDto(string Code, string Topic, string TopicName, string State, string StateName, string Subject,
    DateTimeOffset ReceivedAt, DateTimeOffset HandleBy, string? DossierCode, IReadOnlyList<FeedbackStepDto> Steps,
    IReadOnlyList<FeedbackQuestionDto> Questions, string? RefusalReason, string? Answer, DateTimeOffset? AnsweredAt, string? Verdict, string? ReComplaint);

public sealed record PublishedAnswerDto(string Code, string Subject, string Topic, DateTimeOffset ReceivedAt, DateTimeOffset PublishedAt, string Answer, string? AnsweredBy);

/// <summary>The public's feedback through the API (R33, R34): send, follow with a second secret, reply, rate, complain again; and the published answers. Rate limited.</summary>
public static class FeedbackPublicApi
{
    public static void MapPublicFeedback(this RouteGroupBuilder api)
    {
        // Sending is limited as a submission; everything that needs the sender's secret as a lookup, so secrets cannot be tried in bulk.
        var feedback = api.MapGroup("/feedback");
        // The body is described by a transformer, not Accepts, which would make the content type a routing constraint (the API's 404, not a 415).
        api.MapPost("/feedback", SendAsync).WithName("SendFeedback").RequireRateLimiting(WebSetup.PublicSubmission)
            .WithSummary("Gửi phản ánh, kiến nghị. Nêu hồ sơ bằng mã hồ sơ và 4 chữ số cuối số điện thoại đã khai (digits); cần số điện thoại hoặc thư điện tử để nhận trả lời. "
                + $"Gửi JSON, hoặc multipart/form-data với cùng các trường và tối đa {FeedbackItem.MaxAttachments} tệp đính kèm (trường files: PDF, JPEG hoặc PNG, kiểm tra theo nội dung tệp).")
            .WithMetadata(new RequestSizeLimitAttribute(Uploads.RequestLimit))
            .WithFormOptions(multipartBodyLengthLimit: Uploads.RequestLimit)
            .AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
            {
                var fields = await context.GetOrCreateSchemaAsync(typeof(FeedbackBody), null, cancellationToken);
                var files = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["files"] = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Array, MaxItems = FeedbackItem.MaxAttachments,
                            Description = "Tệp đính kèm: PDF, JPEG hoặc PNG (theo nội dung tệp), mỗi tệp trong giới hạn dung lượng tải lên.",
                            Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                        },
                    },
                };
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/json"] = new() { Schema = fields },
                        ["multipart/form-data"] = new() { Schema = new OpenApiSchema { AllOf = [fields, files] } },
                    },
                };
            })
            .Produces<FeedbackReceipt>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        feedback.MapGet("/answers", AnswersAsync).WithName("PublishedFeedbackAnswers").RequireRateLimiting(WebSetup.PublicLookup)
            .WithSummary("Các câu trả lời phản ánh, kiến nghị đã công khai, mới nhất trước (page từ 1, mỗi trang 20).")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        feedback.MapGet("/{code}/status", StatusAsync).WithName("FeedbackStatus").RequireRateLimiting(WebSetup.PublicLookup)
            .WithSummary("Tình trạng phản ánh, kiến nghị theo mã số và secret: 4 chữ số cuối số điện thoại hoặc địa chỉ thư điện tử đã khai.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        feedback.MapGet("/{code}/answer", AnswerDocumentAsync).WithName("FeedbackAnswerDocument").RequireRateLimiting(WebSetup.PublicLookup)
            .WithSummary("Văn bản trả lời (PDF) như đã in lần đầu và lưu lại, cùng một nội dung mỗi lần tải, theo mã số và secret: số điện thoại đầy đủ "
                + "hoặc địa chỉ thư điện tử đã khai (văn bản có đầy đủ thông tin cá nhân, nên 4 chữ số cuối không đủ).")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            // Produces names the type without a schema; a client generator needs to know the body is the file itself.
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                if (operation.Responses?.GetValueOrDefault("200") is OpenApiResponse ok)
                    ok.Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/pdf"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
                    };
                return Task.CompletedTask;
            })
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        feedback.MapPost("/{code}/reply", ReplyAsync).WithName("ReplyToFeedbackQuestion").RequireRateLimiting(WebSetup.PublicLookup)
            .WithSummary("Người gửi bổ sung thông tin theo đề nghị (text).")
            .Accepts<SenderBody>("application/json")
            .Produces<FeedbackStatusDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        feedback.MapPost("/{code}/verdict", VerdictAsync).WithName("RateFeedbackAnswer").RequireRateLimiting(WebSetup.PublicLookup)
            .WithSummary("Người gửi đánh giá câu trả lời: verdict là Like (hài lòng) hoặc Dislike (không hài lòng).")
            .Accepts<SenderBody>("application/json")
            .Produces<FeedbackStatusDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        feedback.MapPost("/{code}/re-complaint", ComplainAgainAsync).WithName("ComplainAgainAboutFeedbackAnswer").RequireRateLimiting(WebSetup.PublicLookup)
            .WithSummary("Người gửi phản ánh tiếp về câu trả lời (text): một phản ánh, kiến nghị mới gắn với phản ánh cũ.")
            .Accepts<SenderBody>("application/json")
            .Produces<FeedbackReceipt>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    static async Task<Results<Created<FeedbackReceipt>, ValidationProblem, ProblemHttpResult>> SendAsync(HttpRequest http, MotCuaDbContext db, FeedbackDesk desk,
        IFileStore store, FileStoreOptions fileOptions, LocalitySource localities, CancellationToken cancellationToken)
    {
        FeedbackBody? body;
        IFormFileCollection? files = null;
        if (http.HasFormContentType)
        {
            var (form, unread) = await ReadFormAsync(http, cancellationToken);
            if (unread is not null)
                return unread;
            (body, var fieldErrors) = FormBody(form!);
            if (fieldErrors is not null)
                return TypedResults.ValidationProblem(fieldErrors, title: "Dữ liệu gửi lên không hợp lệ");
            files = form!.Files;
        }
        else if (http.HasJsonContentType())
        {
            (body, var invalid) = await OfficerEndpoints.ReadAsync<FeedbackBody>(http, cancellationToken);
            if (invalid is not null)
                return TypedResults.ValidationProblem(invalid.Errors, title: "Dữ liệu gửi lên không hợp lệ");
        }
        else
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Loại nội dung không được nhận",
                detail: "Gửi phản ánh, kiến nghị dạng JSON (Content-Type: application/json), hoặc multipart/form-data khi có tệp đính kèm.");
        var input = new FeedbackInput
        {
            Topic = body!.Topic, DossierCode = body.DossierCode, Digits = body.Digits, AgencyId = body.AgencyId, Name = body.Name, Phone = body.Phone,
            Email = body.Email, Address = body.Address, Subject = body.Subject, Text = body.Text,
        };
        var agencies = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Agency).ToListAsync(cancellationToken);
        var (request, problems) = await input.ReadAsync(db, agencies, cancellationToken);
        if (request is null)
            return TypedResults.ValidationProblem(problems.GroupBy(p => JsonName(p.Field)).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
                title: "Phản ánh, kiến nghị chưa hợp lệ");
        var (checkedFiles, fileProblems, tooLarge) = await FeedbackFiles.CheckAsync(files ?? (IEnumerable<IFormFile>)[], fileOptions.MaxUploadBytes, cancellationToken);
        if (checkedFiles is null)
            return tooLarge
                ? TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Tệp đính kèm quá lớn", detail: string.Join(" ", fileProblems))
                : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["files"] = [.. fileProblems] }, detail: string.Join(" ", fileProblems),
                    title: "Tệp đính kèm không hợp lệ");
        // Only now, with every field and file accepted, is anything kept.
        var attachments = await FeedbackFiles.StoreAsync(checkedFiles, store, cancellationToken);
        var sender = new Actor("applicant", request.Sender.Name, Role.Applicant, "");
        var acted = await desk.ReceiveAsync((code, centerId, at, locality) => FeedbackItem.Receive(code, centerId, FeedbackChannel.Portal, request.Topic,
            request.Sender, request.Subject, request.Text, request.DossierCode, request.AgencyId, sender, at, locality, attachments), cancellationToken);
        if (acted is not FeedbackActed.Done { Item: var item })
            return Refused(acted);
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        return TypedResults.Created($"{ApiV1.Prefix}/feedback/{item.Code}/status", Receipt(item, calendar));
    }

    static async Task<Results<Ok<FeedbackStatusDto>, ProblemHttpResult>> StatusAsync(string code, string? secret, MotCuaDbContext db, FeedbackDesk desk,
        LocalitySource localities, CancellationToken cancellationToken) =>
        await desk.FindForSenderAsync(code, secret, cancellationToken) is { } item
            ? TypedResults.Ok(await StatusOfAsync(item, db, localities, cancellationToken))
            : NotFound();

    /// <summary>The multipart form, or why it cannot be read: a body over the limits or cut short is the sender's mistake, never a 500.</summary>
    static async Task<(IFormCollection? Form, ProblemHttpResult? Problem)> ReadFormAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        if (!http.ContentType!.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Loại nội dung không được nhận",
                detail: "Gửi tệp đính kèm dạng multipart/form-data; không có tệp thì gửi JSON (Content-Type: application/json)."));
        try
        {
            return (await http.ReadFormAsync(cancellationToken), null);
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException or IOException)
        {
            var status = e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
            return (null, TypedResults.Problem(statusCode: status, title: "Không đọc được nội dung gửi lên",
                detail: $"Nội dung multipart/form-data sai cấu trúc hoặc vượt giới hạn {Uploads.Size(Uploads.RequestLimit)} của một lần gửi."));
        }
    }

    static readonly string[] FormFields = ["topic", "dossierCode", "digits", "agencyId", "name", "phone", "email", "address", "subject", "text"];

    /// <summary>The form's fields, named as the JSON body's; a field sent twice is refused rather than read as one.</summary>
    static (FeedbackBody? Body, Dictionary<string, string[]>? Errors) FormBody(IFormCollection form)
    {
        var twice = FormFields.Where(f => form[f].Count > 1).ToDictionary(f => f, f => new[] { $"Trường \"{f}\" chỉ được gửi một lần." });
        if (twice.Count > 0)
            return (null, twice);
        string? Field(string name) => form.TryGetValue(name, out var value) ? value.ToString() : null;
        return (new FeedbackBody(Field("topic"), Field("dossierCode"), Field("digits"), Field("agencyId"), Field("name"), Field("phone"), Field("email"),
            Field("address"), Field("subject"), Field("text")), null);
    }

    static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> AnswerDocumentAsync(string code, string? secret, FeedbackDesk desk,
        AnswerDocuments documents, CancellationToken cancellationToken)
    {
        if (!PhoneNumber.TryParse(secret, out _) && secret?.Contains('@') != true)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["secret"] = ["Nhập đầy đủ số điện thoại hoặc địa chỉ thư điện tử đã khai khi gửi phản ánh, kiến nghị: văn bản trả lời có đầy đủ thông tin cá nhân."],
            }, title: "Thiếu số điện thoại đầy đủ hoặc thư điện tử");
        if (await desk.FindOwnedBySenderAsync(code, secret, cancellationToken) is not { } item)
            return NotFound();
        if (item.Answer is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Chưa có văn bản trả lời", detail: "Phản ánh, kiến nghị chưa có văn bản trả lời.");
        return TypedResults.File(await documents.GetAsync(item, cancellationToken), "application/pdf", $"tra-loi-{item.Code}.pdf");
    }

    static Task<IResult> ReplyAsync(string code, HttpRequest http, MotCuaDbContext db, FeedbackDesk desk, LocalitySource localities, CancellationToken cancellationToken) =>
        ActAsync(code, http, db, desk, localities, (body, item, by, at) => item.ReplyToRequest(body.Text!.Trim(), by, at), needsText: true, cancellationToken);

    static Task<IResult> VerdictAsync(string code, HttpRequest http, MotCuaDbContext db, FeedbackDesk desk, LocalitySource localities, CancellationToken cancellationToken) =>
        ActAsync(code, http, db, desk, localities, (body, item, by, at) => item.Rate(Enum.Parse<AnswerVerdict>(body.Verdict!), by, at), needsText: false, cancellationToken);

    static async Task<IResult> ComplainAgainAsync(string code, HttpRequest http, MotCuaDbContext db, FeedbackDesk desk, LocalitySource localities, CancellationToken cancellationToken)
    {
        var (body, item, problem) = await ReadForSenderAsync(code, http, desk, needsText: true, cancellationToken);
        if (problem is not null)
            return problem;
        var acted = await desk.ComplainAgainAsync(item!, body!.Text!.Trim(), SenderActs.As(item!), cancellationToken);
        if (acted is not FeedbackActed.Done { Item: var again })
            return Refused(acted);
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        return TypedResults.Created($"{ApiV1.Prefix}/feedback/{again.Code}/status", Receipt(again, calendar));
    }

    static async Task<Ok<IReadOnlyList<PublishedAnswerDto>>> AnswersAsync(int? page, MotCuaDbContext db, LocalitySource localities, CancellationToken cancellationToken)
    {
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var number = Math.Clamp(page ?? 1, 1, 10_000);
        var rows = await AnswersModel.Published(db).Skip((number - 1) * AnswersModel.PageSize).Take(AnswersModel.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<PublishedAnswerDto>>(rows
            .Select(a => new PublishedAnswerDto(a.Code, a.Subject, a.Topic.ToString(), calendar.ToLocal(a.ReceivedAt), calendar.ToLocal(a.PublishedAt), a.Answer, a.AnsweredByUnit))
            .ToList());
    }

    static async Task<IResult> ActAsync(string code, HttpRequest http, MotCuaDbContext db, FeedbackDesk desk, LocalitySource localities,
        Func<SenderBody, FeedbackItem, Actor, DateTimeOffset, Outcome> act, bool needsText, CancellationToken cancellationToken)
    {
        var (body, item, problem) = await ReadForSenderAsync(code, http, desk, needsText, cancellationToken);
        if (problem is not null)
            return problem;
        if (!needsText && (!Enum.TryParse<AnswerVerdict>(body!.Verdict, out _) || !char.IsLetter(body.Verdict![0])))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["verdict"] = ["verdict là Like (hài lòng) hoặc Dislike (không hài lòng)."] });
        var acted = await desk.ActAsync(item!, seen: null, (i, by, at, _) => act(body!, i, by, at), SenderActs.As(item!), cancellationToken);
        return acted is FeedbackActed.Done { Item: var done } ? TypedResults.Ok(await StatusOfAsync(done, db, localities, cancellationToken)) : Refused(acted);
    }

    static async Task<(SenderBody? Body, FeedbackItem? Item, IResult? Problem)> ReadForSenderAsync(string code, HttpRequest http, FeedbackDesk desk, bool needsText,
        CancellationToken cancellationToken)
    {
        var (body, invalid) = await OfficerEndpoints.ReadAsync<SenderBody>(http, cancellationToken);
        if (invalid is not null)
            return (null, null, invalid.ToProblem());
        if (await desk.FindForSenderAsync(code, body!.Secret, cancellationToken) is not { } item)
            return (null, null, NotFound());
        if (needsText && SenderActs.TextProblem(body.Text) is { } problem)
            return (null, null, TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [problem] }));
        return (body, item, null);
    }

    static async Task<FeedbackStatusDto> StatusOfAsync(FeedbackItem item, MotCuaDbContext db, LocalitySource localities, CancellationToken cancellationToken)
    {
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var units = item.Events.SelectMany(e => new[] { e.UnitId, e.ToUnitId }).OfType<string>().Distinct().ToList();
        var names = await db.Units.AsNoTracking().Where(u => units.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        return new FeedbackStatusDto(item.Code, item.Topic.ToString(), item.Topic.Vietnamese(), item.State.ToString(), item.State.Vietnamese(), item.Subject,
            calendar.ToLocal(item.ReceivedAt), calendar.ToLocal(item.HandleBy), item.DossierCode?.ToString(),
            item.Events.Select(e => new FeedbackStepDto(calendar.ToLocal(e.At), e.Action, e.UnitId is { } u ? names.GetValueOrDefault(u) : null,
                e.ToUnitId is { } to ? names.GetValueOrDefault(to) : null)).ToList(),
            item.Requests.Select(r => new FeedbackQuestionDto(calendar.ToLocal(r.AskedAt), r.Question, r.RepliedAt is { } at ? calendar.ToLocal(at) : null, r.Reply)).ToList(),
            item.RefusalReason, item.Answer, item.AnsweredAt is { } answered ? calendar.ToLocal(answered) : null, item.Verdict?.ToString(), item.ReComplaint);
    }

    static FeedbackReceipt Receipt(FeedbackItem item, Domain.Time.WorkingCalendar calendar) =>
        new(item.Code, item.State.ToString(), item.State.Vietnamese(), calendar.ToLocal(item.ReceivedAt), calendar.ToLocal(item.HandleBy));

    /// <summary>The refusal as the sender reads it: FeedbackActed's ProblemDetails (the rule's reason, its id in an extension).</summary>
    static ProblemHttpResult Refused(FeedbackActed acted) => (ProblemHttpResult)acted.ToProblem();

    static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy phản ánh, kiến nghị", detail: TrackModel.NotFoundMessage);

    static string JsonName(string field) => field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];
}
