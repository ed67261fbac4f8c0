using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Data.Files;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;

namespace MotCua.Features.Portal;

/// <summary>One row of the public history: when, what was done, by which unit (no officer's name).</summary>
public sealed record StatusEvent(DateTimeOffset At, string Action, string? Unit);

/// <summary>The signed electronic result the applicant may download (R22), with its hash to check the copy.</summary>
public sealed record ResultFile(string FileName, long Size, string Sha256);

/// <summary>What the public may know of a dossier, with the applicant's phone and address masked.</summary>
public sealed record DossierStatus(
    string Code,
    string ProcedureCode,
    string ProcedureName,
    DossierState State,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? ReceivedAt,
    DateTimeOffset? Due,
    DateTimeOffset? OriginalDue,
    DossierResult? Result,
    ResultReturn? Return,
    string ApplicantName,
    string MaskedPhone,
    string MaskedAddress,
    IReadOnlyList<StatusEvent> History,
    bool HasReceipt,
    ResultFile? ResultFile)
{
    /// <summary>Whether the due date moved (R45: a restart after a supplement, or an extension).</summary>
    public bool DueMoved => OriginalDue is { } original && Due is { } due && original != due;
}

/// <summary>
/// The public sees a dossier only with its code and the last four digits of the applicant's phone
/// (ARCHITECTURE: a second secret). A wrong code and wrong digits answer alike, so codes cannot be probed.
/// </summary>
public static class StatusLookup
{
    public const string NotFound = "Không tìm thấy hồ sơ với mã và số điện thoại này";
    public const string DigitsRequired = "Nhập đúng 4 chữ số cuối của số điện thoại đã khai khi nộp hồ sơ.";

    public static bool IsLastFour(string? digits) => digits is { Length: 4 } && digits.All(char.IsAsciiDigit);

    /// <summary>The dossier, when the code and the digits both match; null otherwise, alike for either mistake.</summary>
    public static async Task<Dossier?> VerifiedAsync(MotCuaDbContext db, string code, string lastFour, CancellationToken cancellationToken = default)
    {
        code = code.Trim();
        var dossier = await db.Dossiers.AsNoTracking().Whole().SingleOrDefaultAsync(d => d.Code == code, cancellationToken);
        return dossier is null || !IsLastFour(lastFour) || !dossier.Applicant.Phone.EndsWith(lastFour, StringComparison.Ordinal) ? null : dossier;
    }

    public const string FullPhoneRequired = "Nhập đầy đủ số điện thoại đã khai khi nộp hồ sơ (10 chữ số, bắt đầu bằng 0) để tải giấy tờ có thông tin cá nhân.";

    /// <summary>A phone as typed, without the spaces, dots and dashes people put in it; null unless it is 10 digits starting with 0.</summary>
    public static string? FullPhone(string? typed)
    {
        var digits = new string((typed ?? "").Where(c => !char.IsWhiteSpace(c) && c is not ('.' or '-')).ToArray());
        return digits is ['0', ..] && digits.Length == 10 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    /// <summary>
    /// The dossier, for its applicant's documents (the receipt, the result) and files: they carry personal
    /// data in full, so the second secret is the whole phone number, not its last four digits. Tracked,
    /// so the applicant's file can be recorded on it.
    /// </summary>
    public static async Task<Dossier?> OwnedAsync(MotCuaDbContext db, string code, string fullPhone, CancellationToken cancellationToken = default)
    {
        code = code.Trim();
        var dossier = await db.Dossiers.Whole().SingleOrDefaultAsync(d => d.Code == code, cancellationToken);
        return dossier is not null && FullPhone(dossier.Applicant.Phone) == fullPhone ? dossier : null;
    }

    /// <summary>The latest electronic result attached to the dossier, if any.</summary>
    public static Task<DossierFile?> ResultFileAsync(MotCuaDbContext db, string code, CancellationToken cancellationToken = default) =>
        db.DossierFiles.AsNoTracking().Where(f => f.DossierCode == code && f.Kind == DossierFileKind.Result)
            .OrderByDescending(f => f.Id).FirstOrDefaultAsync(cancellationToken);

    public static async Task<DossierStatus?> FindAsync(MotCuaDbContext db, string code, string lastFour, CancellationToken cancellationToken = default)
    {
        if (await VerifiedAsync(db, code, lastFour, cancellationToken) is not { } dossier)
            return null;
        var result = await ResultFileAsync(db, dossier.Code, cancellationToken);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var history = dossier.History.OrderBy(h => h.Sequence).ToList();
        return new DossierStatus(
            dossier.Code,
            dossier.Procedure.Code,
            dossier.Procedure.Name,
            dossier.State,
            history[0].At,
            dossier.Clock?.ReceivedAt,
            dossier.Due,
            dossier.OriginalDue,
            dossier.Result,
            dossier.Return,
            dossier.Applicant.Name,
            Dossiers.MaskPhone(dossier.Applicant.Phone),
            Dossiers.MaskAddress(dossier.Applicant.Address),
            history.Select(h => new StatusEvent(h.At, h.Action.Vietnamese(), Unit(h.By, units))).ToList(),
            history.Any(h => h.Action is DossierAction.Receive or DossierAction.Resubmit),
            result is null ? null : new ResultFile(result.FileName, result.Size, result.Sha256));
    }

    static string? Unit(Domain.Actor by, Dictionary<string, string> units) =>
        by.Role == Domain.Role.Applicant ? "Người nộp hồ sơ" : units.GetValueOrDefault(by.UnitId);

    /// <summary>The result in a line: granted or refused, and whether it went out.</summary>
    public static string? ResultText(DossierStatus status) => (status.Result, status.Return) switch
    {
        (_, { } returned) => $"Đã trả kết quả ({returned.Channel.Vietnamese()})",
        ({ Kind: ResultKind.Refused }, _) => "Có văn bản từ chối giải quyết, chờ trả cho người nộp",
        ({ Early: true }, _) => "Đã có kết quả trước ngày hẹn: mời bạn đến nhận sớm",
        ({ }, _) => "Đã có kết quả, chờ trả cho người nộp",
        _ => null,
    };
}
