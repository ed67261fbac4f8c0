using System.Net.Mail;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain;
using MotCua.Features.Files;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Reception;

/// <summary>
/// The counter's form for one procedure (the version in force today): receive a complete dossier
/// and transfer it to the agency at once (R5, R6, R11), give a completion slip (R7), or refuse (R8).
/// </summary>
[RequestSizeLimit(Uploads.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.RequestLimit)]
public sealed partial class ReceiveModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time,
    IFileStore store, FileStoreOptions fileOptions) : PageModel
{
    // Bound as text and read here, so that every message the page shows is Vietnamese.
    [BindProperty] public string? CaseName { get; set; }
    [BindProperty] public string? ApplicantName { get; set; }
    [BindProperty] public string? IdentityNumber { get; set; }
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public bool NotifyByEmail { get; set; } = true;
    [BindProperty] public bool NotifyBySms { get; set; } = true;
    [BindProperty] public string? ApplicantKind { get; set; }
    [BindProperty] public List<string> Ticked { get; set; } = [];
    [BindProperty] public string? ChannelIn { get; set; }
    [BindProperty] public string? ResultChannel { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public Procedure Procedure { get; private set; } = null!;
    /// <summary>The version in force today; null when none is yet (R2).</summary>
    public ProcedureVersion? Version { get; private set; }
    public string AgencyName { get; private set; } = "";
    public bool IsOrganization => ApplicantKind == Organization;
    public long MaxUploadBytes => fileOptions.MaxUploadBytes;

    /// <summary>The paper channels the counter may take in (Chỉ thị 24: the paper channel can be switched off).</summary>
    public IReadOnlyList<Channel> CounterChannels =>
        Version is null ? [] : new[] { Channel.InPerson, Channel.Post }.Where(Version.AcceptsChannel).ToList();

    const string Organization = "organization";
    DateTimeOffset _now;
    Locality _locality = null!;

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (!await LoadAsync(code))
            return NotFound();
        CaseName = Version?.Cases is [var only] ? only.Name : null;
        ChannelIn = CounterChannels.Count > 0 ? CounterChannels[0].ToString() : null;
        ResultChannel = Version?.ChannelsOut.Contains(Channel.InPerson) == true ? nameof(Channel.InPerson) : Version?.ChannelsOut.FirstOrDefault().ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostReceiveAsync(string code)
    {
        if (!await LoadAsync(code))
            return NotFound();
        var channelIn = ReadChannel(ChannelIn, nameof(ChannelIn), "Chọn cách nộp hồ sơ (trực tiếp hoặc qua bưu chính).");
        var resultChannel = ReadChannel(ResultChannel, nameof(ResultChannel), "Chọn cách nhận kết quả.");
        if (channelIn == Channel.Online)
            ModelState.AddModelError(nameof(ChannelIn), "Tại quầy chỉ nhận hồ sơ nộp trực tiếp hoặc qua bưu chính; hồ sơ trực tuyến được tiếp nhận từ danh sách chờ tiếp nhận.");
        if (ReadApplicant() is not { } applicant || channelIn is null || resultChannel is null)
            return Page();
        // R5: the paper is scanned as it is received; a refused file keeps the whole reception back.
        var (scans, problems) = Request.HasFormContentType
            ? await Uploads.ScansAsync(Request.Form.Files, Version!.Components.Select(c => c.Name).ToList(), store, fileOptions.MaxUploadBytes, HttpContext.RequestAborted)
            : ([], []);
        if (scans is null)
        {
            problems.ForEach(p => ModelState.AddModelError("", p));
            return Page();
        }
        var created = await CreateAsync(dossierCode =>
        {
            var received = Dossier.Receive(dossierCode, officer.UnitId, Procedure, CaseName!, applicant, Submitted(),
                channelIn.Value, resultChannel.Value, officer.Actor, _now, _locality);
            if (received.Value is not { } dossier)
                return received;
            // R11: the electronic dossier goes to the competent agency right after reception, in the same save.
            if (dossier.Transfer(officer.Actor, _now, _locality).Broken is { } refused)
                return refused;
            return Uploads.Attach(db, dossier, scans, officer.Actor, _now, dossier.Digitize).Broken is { } notScanned ? notScanned : received;
        });
        if (created is null)
            return Page();
        TempData["Message"] = $"Đã tiếp nhận hồ sơ {created.Code} và chuyển đến {AgencyName}.";
        return Redirect($"/tiep-nhan/giay-hen/{created.Code}");
    }

    public async Task<IActionResult> OnPostCompletionSlipAsync(string code)
    {
        if (!await LoadAsync(code))
            return NotFound();
        if (ReadApplicant() is not { } applicant)
            return Page();
        // R4 and R7: what is missing can only be the published required components not handed in.
        var missing = Version!.Components.Where(c => c.Required && !Ticked.Contains(c.Name)).Select(c => c.Name).ToList();
        var created = await CreateAsync(dossierCode => Dossier.IssueCompletionSlip(dossierCode, officer.UnitId, Procedure, CaseName!, applicant,
            Submitted(), missing, Reason?.Trim() ?? "", officer.Actor, _now, _locality));
        if (created is null)
            return Page();
        TempData["Message"] = ReceptionText.SlipIssued(created.Code);
        return Redirect($"/tiep-nhan/phieu-bo-sung/{created.Code}");
    }

    public async Task<IActionResult> OnPostRefuseAsync(string code)
    {
        if (!await LoadAsync(code))
            return NotFound();
        if (ReadApplicant() is not { } applicant)
            return Page();
        var created = await CreateAsync(dossierCode => Dossier.RefuseAtCounter(dossierCode, officer.UnitId, Procedure, CaseName!, applicant,
            Reason?.Trim() ?? "", officer.Actor, _now, _locality));
        if (created is null)
            return Page();
        TempData["Message"] = ReceptionText.RefusalIssued(created.Code);
        return Redirect($"/tiep-nhan/phieu-tu-choi/{created.Code}");
    }

    async Task<bool> LoadAsync(string code)
    {
        // Tracked: the new dossier refers to this procedure and version, which must not be inserted again.
        var procedure = await db.Procedures.Include(p => p.Versions).SingleOrDefaultAsync(p => p.Code == code);
        if (procedure is null)
            return false;
        _now = time.GetUtcNow();
        _locality = await localities.GetAsync(db);
        Procedure = procedure;
        Version = procedure.VersionInForceOn(_locality.Calendar.LocalDate(_now));
        AgencyName = await db.Units.Where(u => u.Id == procedure.CompetentAgencyId).Select(u => u.Name).SingleOrDefaultAsync() ?? procedure.CompetentAgencyId;
        if (Version is null)
            ModelState.AddModelError("", DossierRules.NoVersionInForce.Message);
        return true;
    }

    /// <summary>
    /// The dossier code and the new dossier are saved in one transaction: a refused or failed attempt
    /// leaves no gap in the agency's numbering of the day (R50, the register book R39).
    /// </summary>
    async Task<Dossier?> CreateAsync(Func<string, Outcome<Dossier>> create)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var code = await DossierCodes.NextAsync(db, Procedure.CompetentAgencyId, _locality.Calendar.LocalDate(_now));
        var outcome = create(code.ToString());
        if (outcome.Broken is { } broken)
        {
            ModelState.AddModelError("", broken.Message);
            return null;
        }
        db.Dossiers.Add(outcome.Value!);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return outcome.Value;
    }

    /// <summary>The ticked components with their published counts; a name not published is kept as sent, for the domain to refuse (R4).</summary>
    List<SubmittedComponent> Submitted() => Ticked.Distinct()
        .Select(name => Version!.Components.FirstOrDefault(c => c.Name == name) is { } c
            ? new SubmittedComponent(c.Name, c.Originals, c.Copies)
            : new SubmittedComponent(name, 0, 0))
        .ToList();

    Applicant? ReadApplicant()
    {
        if (Version is null)
            return null;
        if (string.IsNullOrWhiteSpace(CaseName))
            ModelState.AddModelError(nameof(CaseName), "Chọn trường hợp giải quyết.");
        if (string.IsNullOrWhiteSpace(ApplicantName))
            ModelState.AddModelError(nameof(ApplicantName), IsOrganization ? "Nhập tên tổ chức nộp hồ sơ." : "Nhập họ tên người nộp hồ sơ.");
        else if (ApplicantName.Trim().Length > 200)
            ModelState.AddModelError(nameof(ApplicantName), "Họ tên (tên tổ chức) không quá 200 ký tự.");
        if (string.IsNullOrWhiteSpace(Address))
            ModelState.AddModelError(nameof(Address), "Nhập địa chỉ của người nộp hồ sơ.");
        else if (Address.Trim().Length > 500)
            ModelState.AddModelError(nameof(Address), "Địa chỉ không quá 500 ký tự.");
        var phone = PhoneSeparators().Replace(Phone ?? "", "");
        if (phone.Length == 0)
            ModelState.AddModelError(nameof(Phone), "Nhập số điện thoại của người nộp hồ sơ.");
        else if (!VietnamesePhone().IsMatch(phone))
            ModelState.AddModelError(nameof(Phone), "Số điện thoại không hợp lệ: phải gồm 10 chữ số, bắt đầu bằng số 0.");
        var identity = IdentityNumber?.Trim();
        if (!string.IsNullOrEmpty(identity) && !IsOrganization && !PersonalIdentity().IsMatch(identity))
            ModelState.AddModelError(nameof(IdentityNumber), "Số định danh cá nhân phải gồm 12 chữ số.");
        var email = Email?.Trim();
        if (!string.IsNullOrEmpty(email) && (email.Length > 200 || !MailAddress.TryCreate(email, out _)))
            ModelState.AddModelError(nameof(Email), "Địa chỉ email không hợp lệ.");
        if (!ModelState.IsValid)
            return null;
        return new Applicant(ApplicantName!.Trim(), string.IsNullOrEmpty(identity) ? null : identity, Address!.Trim(), phone,
            string.IsNullOrEmpty(email) ? null : email, IsOrganization, Notifications.NotifyChoice.From(NotifyByEmail, NotifyBySms));
    }

    Channel? ReadChannel(string? value, string field, string message)
    {
        if (Enum.TryParse<Channel>(value, out var channel) && Enum.IsDefined(channel))
            return channel;
        ModelState.AddModelError(field, message);
        return null;
    }

    [GeneratedRegex(@"[\s.\-]")]
    private static partial Regex PhoneSeparators();

    [GeneratedRegex(@"^0\d{9}$")]
    private static partial Regex VietnamesePhone();

    [GeneratedRegex(@"^\d{12}$")]
    private static partial Regex PersonalIdentity();
}
