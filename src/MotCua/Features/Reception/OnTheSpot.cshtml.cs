using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Data.Fees;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Fees;
using MotCua.Features.Fees;
using MotCua.Features.Returns;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Reception;

/// <summary>
/// "5 tại chỗ" at the counter (R10): after the reception, the same officer collects the fees due
/// before processing, appraises and approves (the result sealed with the agency's second seal, R54),
/// collects the fees due on return and gives the result out, each step one action of the pipeline.
/// The page offers the one step the aggregate allows next, and shows where the dossier stands, so a
/// sequence broken off can be finished here or at the usual desks.
/// </summary>
public sealed class OnTheSpotModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time, Cashier cashier)
    : DossierActionPage(db, officer, localities, time), IFeeForm
{
    public const int MaxResultNumber = 100;

    [BindProperty] public Dictionary<int, int?> Quantity { get; set; } = [];
    [BindProperty] public string? Category { get; set; }
    [BindProperty] public string? Method { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? ResultNumber { get; set; }
    [BindProperty] public string? CollectedBy { get; set; }

    public IReadOnlyList<Fee> LinesDue { get; private set; } = [];
    public IReadOnlyList<Receipt> Receipts { get; private set; } = [];

    /// <summary>Why this dossier cannot be resolved on the spot at all (R10); null when its procedure and the profile allow it.</summary>
    public BrokenRule? NotOnTheSpot => Dossier.OnTheSpotRefusal(Dossier.Version, Locality);

    protected override string AfterAction => $"/tiep-nhan/tai-cho/{Code}";

    protected override async Task LoadMoreAsync(CancellationToken cancellationToken)
    {
        LinesDue = Dossier.FeesDueNow is { } timing ? Dossier.FeeLines(timing) : [];
        Receipts = await Db.Receipts.AsNoTracking().Where(r => r.DossierCode == Dossier.Code).OrderBy(r => r.CollectedAt).ToListAsync(cancellationToken);
    }

    public void OnGet()
    {
        Method = nameof(PaymentMethod.Cash);
        Description = Dossier.Version.Result;
        CollectedBy = Dossier.Applicant.Name;
    }

    public async Task<IActionResult> OnPostCollectFeesAsync()
    {
        var (request, problem) = FeeForm.Read(this);
        if (request is null)
            return Refuse(problem!);
        var code = Dossier.Code;
        // Kept at the counter once paid, to be decided here; a dossier outside R10 goes to the agency as from the cashier's page.
        return await Act(ct => cashier.CollectAsync(Dossier, Seen, request, ct, transferWhenPaid: NotOnTheSpot is not null), () =>
        {
            Done = FeeForm.Collected(cashier.Issued, code);
            return Redirect(AfterAction);
        }, done: null);
    }

    public async Task<IActionResult> OnPostResolveAsync()
    {
        var description = Description?.Trim() ?? "";
        var number = string.IsNullOrWhiteSpace(ResultNumber) ? null : ResultNumber.Trim();
        if (description.Length == 0)
            return Refuse("Nhập kết quả giải quyết (giấy tờ được cấp, nội dung chứng thực...).");
        if ((FormText.Problem(description, "Kết quả giải quyết", MaxText, multiline: true) ?? FormText.Problem(number, "Số, ký hiệu kết quả", MaxResultNumber)) is { } problem)
            return Refuse(problem);
        return await Act(() => Dossier.ResolveOnTheSpot(description, Officer.Actor, Now, Locality, number),
            $"Đã thẩm định, phê duyệt và đóng dấu kết quả hồ sơ {Code}.");
    }

    public async Task<IActionResult> OnPostReturnAsync()
    {
        var collectedBy = CollectedBy?.Trim() ?? "";
        if (collectedBy.Length == 0)
            return Refuse("Nhập họ tên người nhận kết quả.");
        if (FormText.Problem(collectedBy, "Họ tên người nhận kết quả", ReturnModel.MaxCollectedBy) is { } problem)
            return Refuse(problem);
        return await Act(() => Dossier.ReturnResult(Channel.InPerson, collectedBy, null, Officer.Actor, Now),
            $"Đã trả kết quả hồ sơ {Code} cho {collectedBy} lúc {VietnameseFormat.DateTime(Now)}.");
    }

    /// <summary>The control slip's row of <paramref name="action"/>, the latest one; null while not taken.</summary>
    public HistoryEntry? Row(DossierAction action) => Dossier.History.LastOrDefault(h => h.Action == action);

    /// <summary>Whether the procedure charges fees at <paramref name="timing"/> for this dossier (a step of the sequence).</summary>
    public bool Charges(FeeTiming timing) => FeeAssessment.Owes(Dossier.Version, Dossier.Case.Name, Dossier.ChannelIn, timing);

    /// <summary>The valid payment of the stage, if any.</summary>
    public FeePayment? Paid(FeeTiming timing) => Dossier.Payments.LastOrDefault(p => p.Timing == timing && p.IsValid);
}
