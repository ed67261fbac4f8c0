using MotCua.Domain.Codes;

namespace MotCua.Data.Files;

/// <summary>
/// A form issued for a dossier (R51, R52): the exact PDF, kept in the file store under its SHA-256,
/// with its number, signer, time and the rules it was issued under. Printing it again serves these
/// bytes, never a new drawing.
/// </summary>
public sealed class IssuedForm
{
    public long Id { get; init; }
    public required DossierCode DossierCode { get; init; }
    /// <summary>The form's route name: mau-01 … mau-05, tu-choi (the agency's refusal, R17).</summary>
    public required string Form { get; init; }
    /// <summary>The history row that issued it (a dossier may get several supplement requests).</summary>
    public required int HistorySequence { get; init; }
    /// <summary>"Số: 12/TTPVHCC": a sequence per unit, form and year.</summary>
    public required string Number { get; init; }
    public required string SignerId { get; init; }
    public required string SignerName { get; init; }
    public required string UnitId { get; init; }
    /// <summary>When the action that issued it happened.</summary>
    public required DateTimeOffset IssuedAt { get; init; }
    /// <summary>When the document was drawn and stored (its first print).</summary>
    public required DateTimeOffset StoredAt { get; init; }
    /// <summary>The template and the locality profile it was drawn under, e.g. "TT 03/2025/TT-VPCP mẫu 01 v1; bac-kan-ward-2025".</summary>
    public required string RuleVersion { get; init; }
    public required string Sha256 { get; init; }
    public required long Size { get; init; }
}

public enum DossierFileKind
{
    /// <summary>A paper component scanned at the counter (số hóa, R5).</summary>
    Scan,
    /// <summary>The signed electronic result the agency issued (R22).</summary>
    Result,
}

/// <summary>
/// A file attached to a dossier: a scanned component or the electronic result. The name is only shown,
/// never used as a path; the content lives in the file store under its SHA-256.
/// </summary>
public sealed class DossierFile
{
    public long Id { get; init; }
    public required DossierCode DossierCode { get; init; }
    public required DossierFileKind Kind { get; init; }
    /// <summary>The published component a scan belongs to; null for a result.</summary>
    public string? Component { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public required long Size { get; init; }
    public required string Sha256 { get; init; }
    public required DateTimeOffset UploadedAt { get; init; }
    public required string UploadedById { get; init; }
    public required string UploadedByName { get; init; }
    public required string UnitId { get; init; }
}
