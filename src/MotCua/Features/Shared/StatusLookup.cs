using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Data.Files;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;

namespace MotCua.Features.Shared;

/// <summary>One row of the public history: when, what was done, by which unit (no officer's name).</summary>
public sealed record StatusEvent(DateTimeOffset At, string Action, string? Unit);

/// <summary>The signed electronic result the applicant may download (R22), with its hash to check the copy.</summary>
public sealed record ResultFile(string FileName, long Size, string Sha256);

/// <summary>What the public may know of a dossier, with the applicant's phone and address masked.</summary>
public sealed record DossierStatus(
    DossierCode Code,
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
/// The public reaches a dossier only with its code and a second secret, the applicant's phone (ARCHITECTURE):
/// its last four digits for the status, the whole number for documents and files with personal data in full
/// (LAW §13). Every page and endpoint of the public goes through here. A wrong code and a wrong phone
/// answer alike, so codes cannot be probed.
/// </summary>
public static class StatusLookup
{
    public const string NotFound = "Không tìm thấy hồ sơ với mã và số điện thoại này";
    public const string DigitsRequired = "Nhập đúng 4 chữ số cuối của số điện thoại đã khai khi nộp hồ sơ.";
    public const string FullPhoneRequired = "Nhập đầy đủ số điện thoại đã khai khi nộp hồ sơ để tải giấy tờ có thông tin cá nhân.";

    public static bool IsLastFour(string? digits) => digits?.Trim() is { Length: 4 } four && four.All(char.IsAsciiDigit);

    /// <summary>
    /// A code as the public types it, spaces around it forgiven; in small letters it is the same code
    /// (<see cref="DossierCode.Parse"/>). Null when it cannot be a code at all: then no dossier matches.
    /// </summary>
    public static DossierCode? Code(string? typed) => DossierCode.TryParse(typed?.Trim(), out var code) ? code : null;

    /// <summary>The dossier, when the code and the last four digits both match; null otherwise, alike for either mistake.</summary>
    /// <param name="tracked">Whether the applicant is about to change the dossier (an online supplement).</param>
    public static Task<Dossier?> VerifiedAsync(MotCuaDbContext db, DossierCode? code, string? lastFour, bool tracked = false, CancellationToken cancellationToken = default) =>
        MatchAsync(db, code, phone => phone.EndsWith(lastFour), tracked, cancellationToken);

    /// <summary>
    /// The dossier, for a link the Center signed for this very code (the rating QR printed on the receipt the applicant
    /// holds, LAW §11.4): the signature stands in for the phone digits. Null when unsigned, as for a wrong phone.
    /// </summary>
    public static async Task<Dossier?> SignedAsync(MotCuaDbContext db, DossierCode? code, Func<DossierCode, bool> signed, CancellationToken cancellationToken = default) =>
        code is null || !signed(code) ? null
            : await db.Dossiers.AsNoTracking().Whole().SingleOrDefaultAsync(d => d.Code == code, cancellationToken);

    /// <summary>
    /// The dossier, for its applicant's documents (the receipt, the result) and files, when the whole phone number
    /// matches. Tracked, so the applicant's file can be recorded on it.
    /// </summary>
    public static Task<Dossier?> OwnedAsync(MotCuaDbContext db, DossierCode? code, PhoneNumber phone, CancellationToken cancellationToken = default) =>
        MatchAsync(db, code, kept => kept == phone, tracked: true, cancellationToken);

    static async Task<Dossier?> MatchAsync(MotCuaDbContext db, DossierCode? code, Func<PhoneNumber, bool> matches, bool tracked, CancellationToken cancellationToken)
    {
        if (code is null)
            return null;
        var dossiers = tracked ? db.Dossiers : db.Dossiers.AsNoTracking();
        var dossier = await dossiers.Whole().SingleOrDefaultAsync(d => d.Code == code, cancellationToken);
        return dossier is not null && PhoneNumber.TryParse(dossier.Applicant.Phone, out var kept) && matches(kept) ? dossier : null;
    }

    /// <summary>The latest electronic result attached to the dossier, if any.</summary>
    public static Task<DossierFile?> ResultFileAsync(MotCuaDbContext db, DossierCode code, CancellationToken cancellationToken = default) =>
        db.DossierFiles.AsNoTracking().Where(f => f.DossierCode == code && f.Kind == DossierFileKind.Result)
            .OrderByDescending(f => f.Id).FirstOrDefaultAsync(cancellationToken);

    public static async Task<DossierStatus?> FindAsync(MotCuaDbContext db, DossierCode? code, string? lastFour, CancellationToken cancellationToken = default)
    {
        if (await VerifiedAsync(db, code, lastFour, cancellationToken: cancellationToken) is not { } dossier)
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
            PhoneNumber.Parse(dossier.Applicant.Phone).Masked,
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
