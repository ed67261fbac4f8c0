using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.OpenApi;
using MotCua.Domain;
using MotCua.Domain.Fees;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Remittances;

/// <summary>A remittance to record: agencyId, method Cash or BankTransfer, amount (đồng, exactly what is held), reference, remittedAt.</summary>
public sealed record RemittanceBody(string? AgencyId, string? Method, long? Amount, string? Reference, DateTimeOffset? RemittedAt);

public sealed record RemittanceDto(Guid Id, string AgencyId, string Method, long Amount, string Reference, DateTimeOffset RemittedAt, DateTimeOffset RecordedAt, string RecordedBy);

/// <summary>A confirmation's optional note.</summary>
public sealed record ConfirmBody(string? Note);

public sealed record ReconciliationDto(string AgencyId, string AgencyName, string CollectorUnitId, string CollectorName, string Month,
    int Receipts, long Collected, long Cancelled, long Refunded, long Net, long Remitted, long Outstanding, long Difference, DateOnly? PapersDeadline,
    IReadOnlyList<ProcedureFigures> Procedures, DateTimeOffset? ConfirmedAt, string? ConfirmedBy, string? Note)
{
    public static ReconciliationDto From(MonthFigures f) => new(f.AgencyId, f.AgencyName, f.CollectorUnitId, f.CollectorName, $"{f.Year}-{f.Month:00}",
        f.Receipts, f.Collected, f.Cancelled, f.Refunded, f.Net, f.Remitted, f.Outstanding, f.Difference, f.PapersDeadline, f.Procedures,
        f.Confirmed?.ConfirmedAt, f.Confirmed?.ConfirmedByName, f.Confirmed?.Note);
}

/// <summary>The collectors' remittances and the agencies' monthly reconciliation in the officers' API (R29, R60).</summary>
public static class RemittancesApi
{
    public static void MapRemittancesApi(this RouteGroupBuilder officer)
    {
        officer.MapGet("/remittances/due", async (FeeLedger ledger, CurrentOfficer by, CancellationToken ct) => TypedResults.Ok(await ledger.HeldAsync(by.UnitId, ct)))
            .WithName("RemittancesDue")
            .WithSummary("Tiền phí, lệ phí đơn vị đang giữ theo cơ quan thụ hưởng và loại (tiền mặt hay tài khoản), thu sớm nhất, hạn nộp (remitBy) và quá hạn (late) (R29).");

        officer.MapPost("/remittances", RecordAsync)
            .WithName("RecordRemittance")
            .WithSummary("Ghi nhận nộp tiền: agencyId, method (Cash, BankTransfer), amount đúng bằng số đang giữ đến remittedAt, reference (≤ 100 ký tự) (R29).")
            .WithBody<RemittanceBody>()
            .Produces<RemittanceDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        officer.MapGet("/reconciliations/{agency}/{month}", async (string agency, string month, FeeLedger ledger, CurrentOfficer by, CancellationToken ct) =>
                await MonthAsync(agency, month, ledger, by, ct) is { } f ? (Results<Ok<ReconciliationDto>, ProblemHttpResult>)TypedResults.Ok(ReconciliationDto.From(f)) : NotFound(agency))
            .WithName("GetReconciliation")
            .WithSummary("Đối chiếu phí, lệ phí tháng (month = yyyy-MM) của cơ quan thụ hưởng với đơn vị thu: số biên lai, đã thu, đã hủy, đã hoàn trả, thực thu, đã nộp, chênh lệch, theo thủ tục (R60).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        officer.MapPost("/reconciliations/{agency}/{month}/confirm", ConfirmAsync)
            .WithName("ConfirmReconciliation")
            .WithSummary("Lãnh đạo cơ quan thụ hưởng xác nhận đối chiếu tháng, một lần (R60); note tùy chọn.")
            .WithBody<ConfirmBody>()
            .Produces<ReconciliationDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    static async Task<IResult> RecordAsync(HttpContext http, FeeLedger ledger, CurrentOfficer by, CancellationToken ct)
    {
        var (body, invalid) = await OfficerEndpoints.ReadAsync<RemittanceBody>(http.Request, ct);
        if (invalid is not null)
            return invalid.ToProblem();
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body!.AgencyId))
            errors["agencyId"] = ["Nêu mã cơ quan thụ hưởng."];
        if (!Enum.TryParse<PaymentMethod>(body.Method, out var method) || !FeeLedger.RemittanceMethods.Contains(method))
            errors["method"] = ["Hình thức nộp phải là Cash (tiền mặt) hoặc BankTransfer (chuyển khoản)."];
        if (body.Amount is not > 0)
            errors["amount"] = ["Số tiền nộp (đồng) phải lớn hơn 0."];
        if (string.IsNullOrWhiteSpace(body.Reference) || body.Reference.Trim().Length > Data.Fees.Remittance.MaxReferenceLength)
            errors["reference"] = [$"Nêu số chứng từ, không quá {Data.Fees.Remittance.MaxReferenceLength} ký tự."];
        if (body.RemittedAt is null)
            errors["remittedAt"] = ["Nêu thời điểm nộp (ISO 8601, có múi giờ)."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "Dữ liệu gửi lên không hợp lệ");
        var (recorded, problem) = await ledger.RecordAsync(by.UnitId, by.Actor, new RemittanceRequest(body.AgencyId!.Trim(), method, body.Amount!.Value, body.Reference!, body.RemittedAt!.Value), ct);
        return recorded is { } r
            ? TypedResults.Ok(new RemittanceDto(r.Id, r.AgencyId, r.Method.ToString(), r.Amount, r.Reference, r.RemittedAt, r.RecordedAt, r.RecordedByName))
            : TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Không ghi nhận được khoản nộp", detail: problem);
    }

    static async Task<IResult> ConfirmAsync(string agency, string month, HttpContext http, FeeLedger ledger, CurrentOfficer by, CancellationToken ct)
    {
        if (await MonthAsync(agency, month, ledger, by, ct) is not { } f)
            return NotFound(agency);
        var (body, invalid) = await OfficerEndpoints.ReadAsync<ConfirmBody>(http.Request, ct);
        if (invalid is not null)
            return invalid.ToProblem();
        if (body!.Note is { Length: > Data.Fees.Receipt.MaxTextLength })
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["note"] = [$"Ghi chú không quá {Data.Fees.Receipt.MaxTextLength} ký tự."] });
        var (confirmed, refused) = await ledger.ConfirmAsync(f, by.Actor, body.Note, ct);
        if (confirmed is not null)
            return TypedResults.Ok(ReconciliationDto.From(await ledger.MonthAsync(f.AgencyId, f.CollectorUnitId, f.Year, f.Month, ct)));
        return refused!.Name == nameof(MonthReconciliation.AlreadyConfirmed)
            ? TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Đã xác nhận", detail: refused.Message)
            : TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Thao tác không được thực hiện", detail: refused.Message);
    }

    static async Task<MonthFigures?> MonthAsync(string agency, string month, FeeLedger ledger, CurrentOfficer by, CancellationToken ct)
    {
        if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
            return null;
        return await ledger.CollectorInScopeAsync(by.Actor, agency, first.Year, first.Month, ct) is { } collector
            ? await ledger.MonthAsync(agency, collector, first.Year, first.Month, ct)
            : null;
    }

    static ProblemHttpResult NotFound(string agency) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy đối chiếu", detail: $"Không có đối chiếu tháng này của cơ quan {agency} trong phạm vi của cán bộ (tháng có dạng yyyy-MM).");

    /// <summary>The JSON body in the OpenAPI document, read by hand so a wrong content type meets a ProblemDetails answer (as <see cref="OfficerEndpoints.WithActionMetadata{TBody}"/>).</summary>
    static RouteHandlerBuilder WithBody<TBody>(this RouteHandlerBuilder endpoint) =>
        endpoint.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
            {
                var schema = await context.GetOrCreateSchemaAsync(typeof(TBody), null, cancellationToken);
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
                };
            });
}
