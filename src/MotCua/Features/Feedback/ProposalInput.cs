using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;

namespace MotCua.Features.Feedback;

/// <summary>
/// A proposal's text fields as typed (R34). Parsed at the edge: each printable on the letter and within its column, a procedure
/// code given must be in the catalog. What a proposal needs (a title, and a text and an addressee to send) the aggregate says.
/// </summary>
public sealed record ProposalInput(string? Title, string? ProcedureCode, string? AddressedTo, string? Text)
{
    public async Task<(Parsed? Value, IReadOnlyList<FieldError> Errors)> ParseAsync(MotCuaDbContext db, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        string Check(string field, string? value, string what, int maxLength, bool multiline = false)
        {
            var trimmed = value?.Trim() ?? "";
            if (trimmed.Length > 0 && FormText.Problem(trimmed, what, maxLength, multiline) is { } problem)
                errors.Add(new(field, problem));
            return trimmed;
        }
        var title = Check(nameof(Title), Title, "Tên quy định, thủ tục", RegulationProposal.MaxTitleLength);
        var addressedTo = Check(nameof(AddressedTo), AddressedTo, "Nơi nhận kiến nghị", RegulationProposal.MaxAddressedToLength);
        var text = Check(nameof(Text), Text, "Nội dung kiến nghị", RegulationProposal.MaxTextLength, multiline: true);
        var procedure = string.IsNullOrWhiteSpace(ProcedureCode) ? null : ProcedureCode.Trim();
        if (procedure is not null && (procedure.Length > Domain.Catalog.Procedure.MaxCodeLength || !await db.Procedures.AnyAsync(p => p.Code == procedure, cancellationToken)))
            errors.Add(new(nameof(ProcedureCode), $"Không có thủ tục mã {procedure} trong danh mục."));
        return errors.Count > 0 ? (null, errors) : (new Parsed(title, procedure, addressedTo, text), errors);
    }

    public sealed record Parsed(string Title, string? ProcedureCode, string AddressedTo, string Text);
}
