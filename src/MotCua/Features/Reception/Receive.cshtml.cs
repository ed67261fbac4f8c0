using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
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
public sealed class ReceiveModel(MotCuaDbContext db, LocalitySource localities, TimeProvider time,
    IFileStore store, FileStoreOptions fileOptions, DossierPipeline pipeline) : PageModel
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
    /// <summary>Why the counter may not resolve this procedure on the spot here (R10); null when it may.</summary>
    public BrokenRule? OnTheSpotRefused { get; private set; }
    public bool IsOrganization => ApplicantKind == Organization;
    public long MaxUploadBytes => fileOptions.MaxUploadBytes;

    /// <summary>The paper channels the counter may take in (Chỉ thị 24: the paper channel can be switched off).</summary>
    public IReadOnlyList<Channel> CounterChannels =>
        Version is null ? [] : new[] { Channel.InPerson, Channel.Post }.Where(Version.AcceptsChannel).ToList();

    const string Organization = "organization";

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (!await LoadAsync(code))
            return NotFound();
        CaseName = Version?.Cases is [var only] ? only.Name : null;
        ChannelIn = CounterChannels.Count > 0 ? CounterChannels[0].ToString() : null;
        ResultChannel = Version?.ChannelsOut.Contains(Channel.InPerson) == true ? nameof(Channel.InPerson) : Version?.ChannelsOut.FirstOrDefault().ToString();
        return Page();
    }

    public Task<IActionResult> OnPostReceiveAsync(string code) => ReceiveAsync(code, onTheSpot: false);

    /// <summary>"5 tại chỗ" (R10): received as usual, kept at the counter, and decided, paid and returned in the sequence that follows.</summary>
    public Task<IActionResult> OnPostReceiveOnTheSpotAsync(string code) => ReceiveAsync(code, onTheSpot: true);

    async Task<IActionResult> ReceiveAsync(string code, bool onTheSpot)
    {
        if (!await LoadAsync(code))
            return NotFound();
        if (onTheSpot && OnTheSpotRefused is { } notHere)
        {
            ModelState.AddModelError("", $"{notHere.Message} Hãy tiếp nhận và chuyển hồ sơ đến cơ quan giải quyết như thông thường.");
            return Page();
        }
        var channelIn = ReadChannel(ChannelIn, nameof(ChannelIn), "Chọn cách nộp hồ sơ (trực tiếp hoặc qua bưu chính).");
        var resultChannel = ReadChannel(ResultChannel, nameof(ResultChannel), "Chọn cách nhận kết quả.");
        if (channelIn == Channel.Online)
            ModelState.AddModelError(nameof(ChannelIn), "Tại quầy chỉ nhận hồ sơ nộp trực tiếp hoặc qua bưu chính; hồ sơ trực tuyến được tiếp nhận từ danh sách chờ tiếp nhận.");
        if (ReadApplicant() is not { } applicant || Submitted() is not { } submitted || channelIn is null || resultChannel is null)
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
        var created = await CreateAsync(c =>
        {
            var received = onTheSpot
                ? Dossier.Receive(c.Code, c.By.UnitId, Procedure, CaseName!, applicant, submitted, channelIn.Value, resultChannel.Value, c.By, c.At, c.Locality)
                : ReceiveAndTransfer(c, Procedure, CaseName!, applicant, submitted, channelIn.Value, resultChannel.Value);
            return received.Value is { } dossier && Uploads.Attach(db, dossier, scans, c.By, c.At, dossier.Digitize).Broken is { } notScanned ? notScanned : received;
        });
        if (created is null)
            return Page();
        if (onTheSpot)
        {
            TempData["Message"] = $"Đã tiếp nhận hồ sơ {created.Code} để giải quyết tại chỗ.";
            return Redirect($"/tiep-nhan/tai-cho/{created.Code}");
        }
        TempData["Message"] = created.State == DossierState.Received
            ? $"Đã tiếp nhận hồ sơ {created.Code}. Thu phí, lệ phí để chuyển hồ sơ đến {AgencyName}."
            : $"Đã tiếp nhận hồ sơ {created.Code} và chuyển đến {AgencyName}.";
        return Redirect($"/tiep-nhan/giay-hen/{created.Code}");
    }

    public async Task<IActionResult> OnPostCompletionSlipAsync(string code)
    {
        if (!await LoadAsync(code))
            return NotFound();
        if (ReadApplicant() is not { } applicant || Submitted() is not { } submitted)
            return Page();
        // R4 and R7: what is missing can only be the published required components not handed in.
        var missing = Version!.Components.Where(c => c.Required && !Ticked.Contains(c.Name)).Select(c => c.Name).ToList();
        var created = await CreateAsync(c => Dossier.IssueCompletionSlip(c.Code, c.By.UnitId, Procedure, CaseName!, applicant,
            submitted, missing, Reason?.Trim() ?? "", c.By, c.At, c.Locality));
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
        var created = await CreateAsync(c => Dossier.RefuseAtCounter(c.Code, c.By.UnitId, Procedure, CaseName!, applicant,
            Reason?.Trim() ?? "", c.By, c.At, c.Locality));
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
        var locality = await localities.GetAsync(db);
        Procedure = procedure;
        Version = procedure.VersionInForceOn(locality.Calendar.LocalDate(time.GetUtcNow()));
        OnTheSpotRefused = Version is null ? DossierRules.NoVersionInForce : Dossier.OnTheSpotRefusal(Version, locality);
        AgencyName = await db.Units.Where(u => u.Id == procedure.CompetentAgencyId).Select(u => u.Name).SingleOrDefaultAsync() ?? procedure.CompetentAgencyId;
        if (Version is null)
            ModelState.AddModelError("", DossierRules.NoVersionInForce.Message);
        return true;
    }

    /// <summary>Creates the dossier through the pipeline; a refusal is shown on the form.</summary>
    async Task<Dossier?> CreateAsync(Func<CreationContext, Outcome<Dossier>> create)
    {
        var acted = await pipeline.CreateAsync(Procedure, create, HttpContext.RequestAborted);
        if (acted is Acted.Done done)
            return done.Dossier;
        ModelState.AddModelError("", acted.Message!);
        return null;
    }

    /// <summary>A complete dossier received at the counter and transferred to the competent agency in the same save (R6, R11).</summary>
    public static Outcome<Dossier> ReceiveAndTransfer(CreationContext c, Procedure procedure, string caseName, Applicant applicant,
        IReadOnlyList<SubmittedComponent> components, Channel channelIn, Channel resultChannel)
    {
        var received = Dossier.Receive(c.Code, c.By.UnitId, procedure, caseName, applicant, components, channelIn, resultChannel, c.By, c.At, c.Locality);
        if (received.Value is not { } dossier)
            return received;
        // A dossier whose fees are paid before processing waits at the Center until paid; the collection transfers it (R29).
        if (dossier.FeesDueNow == FeeTiming.BeforeProcessing)
            return received;
        return dossier.Transfer(c.By, c.At, c.Locality).Broken is { } refused ? refused : received;
    }

    /// <summary>
    /// The ticked components with their published counts. None ticked is read too: a completion slip lists what is
    /// missing, and a reception of an incomplete dossier is refused by the aggregate, naming the missing component (R7).
    /// </summary>
    IReadOnlyList<SubmittedComponent>? Submitted()
    {
        var read = SubmittedComponent.Read(Version!, Ticked, allowNone: true);
        read.Errors.AddTo(ModelState, _ => nameof(Ticked));
        return read.Value;
    }

    /// <summary>The applicant and the case, read once for each of the three outcomes; the reason is checked as it will be printed (Mẫu 02, 03).</summary>
    Applicant? ReadApplicant()
    {
        if (Version is null)
            return null;
        if (string.IsNullOrWhiteSpace(CaseName))
            ModelState.AddModelError(nameof(CaseName), "Chọn trường hợp giải quyết.");
        if (FormText.Problem(Reason?.Trim(), "Lý do", multiline: true) is { } reasonProblem)
            ModelState.AddModelError(nameof(Reason), reasonProblem);
        var applicant = Applicant.Create(ApplicantName, IdentityNumber, Address, Phone, Email, IsOrganization, NotifyChoice.From(NotifyByEmail, NotifyBySms));
        applicant.Errors.AddTo(ModelState, field => field == nameof(Applicant.Name) ? nameof(ApplicantName) : field);
        return ModelState.IsValid ? applicant.Value : null;
    }

    Channel? ReadChannel(string? value, string field, string message)
    {
        if (Enum.TryParse<Channel>(value, out var channel) && Enum.IsDefined(channel))
            return channel;
        ModelState.AddModelError(field, message);
        return null;
    }
}
