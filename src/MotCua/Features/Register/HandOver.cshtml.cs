using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Features.Forms;
using MotCua.Features.Reception;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Register;

/// <summary>
/// The courier's hand-over list (R12): the paper dossiers the Center handed to one agency on one
/// local day and the paper results the agency sent back, grouped by the profile's courier rounds
/// (one list for the day when the profile sets none), on screen and as a PDF both sides sign.
/// </summary>
[Authorize(Roles = $"{nameof(Role.Reception)},{nameof(Role.CenterStaff)},{nameof(Role.CenterDirector)}")]
public sealed class HandOverModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Agency { get; set; }
    [BindProperty(SupportsGet = true)] public string? Day { get; set; }
    /// <summary>One round of the day (1-based, as listed) for the PDF; all of them when empty.</summary>
    [BindProperty(SupportsGet = true)] public int? Round { get; set; }

    public IReadOnlyList<Unit> Agencies { get; private set; } = [];
    public Unit? Chosen { get; private set; }
    public DateOnly Date { get; private set; }
    public IReadOnlyList<CourierRound> Rounds { get; private set; } = [];
    public string? Problem { get; private set; }

    /// <summary>What travels in one round: dossiers to the agency, results back from it.</summary>
    public sealed record CourierRound(int Number, string Label, IReadOnlyList<Item> Dossiers, IReadOnlyList<Item> Results);

    /// <summary>One line of the list; <see cref="Contents"/> is the sets and components, or the result for a result.</summary>
    public sealed record Item(DossierCode Code, string Procedure, string Applicant, string Contents, string Note, DateTimeOffset At);

    public static readonly string[] DossierHeadings = ["STT", "Mã hồ sơ", "Tên TTHC", "Người nộp", "Số bộ / thành phần", "Ghi chú"];
    public static readonly string[] ResultHeadings = ["STT", "Mã hồ sơ", "Tên TTHC", "Người nộp", "Kết quả giải quyết", "Ghi chú"];

    public string Filters(int? round = null) => QueryString.Create(new Dictionary<string, string?>
    {
        ["Agency"] = Chosen?.Id,
        ["Day"] = LocalDays.Iso(Date),
        ["Round"] = round?.ToString(CultureInfo.InvariantCulture),
    }.Where(p => p.Value is not null)).ToString();

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Chosen is null)
        {
            Problem ??= "Xin chọn cơ quan nhận hồ sơ.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        // The whole day's sheet leaves out the rounds that carried nothing: nobody signs for them.
        var rounds = Round is { } number
            ? Rounds.Where(r => r.Number == number).ToList()
            : Rounds.Where(r => r.Dossiers.Count + r.Results.Count > 0 || Rounds.Count == 1).ToList();
        if (Round is not null && rounds.Count == 0)
            return NotFound();
        var center = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == officer.UnitId, cancellationToken);
        var pdf = new FormPdf($"Danh sách bàn giao hồ sơ {LocalDays.Text(Date)} {Chosen.Name}");
        // Printed on demand and signed on paper: the number is written by hand, the date is the day printed.
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        pdf.Header(center?.Name ?? officer.UnitId, "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", "……/BGHS", FormPdf.DateLine(center?.Place, calendar.ToLocal(time.GetUtcNow())));
        pdf.Title("DANH SÁCH BÀN GIAO HỒ SƠ", $"Ngày {LocalDays.Text(Date)}");
        pdf.Paragraph($"Cơ quan nhận hồ sơ, giao kết quả: {Chosen.Name}");
        if (rounds.Count == 0)
            pdf.Paragraph("Trong ngày không có hồ sơ giấy, kết quả giải quyết nào được bàn giao.");
        foreach (var round in rounds)
        {
            pdf.Paragraph(round.Label, isBold: true);
            pdf.Paragraph($"I. Hồ sơ giấy Trung tâm giao cho cơ quan: {round.Dossiers.Count} hồ sơ.");
            if (round.Dossiers.Count > 0)
                pdf.Table(DossierHeadings, Shares, Cells(round.Dossiers), size: 8);
            pdf.Paragraph($"II. Kết quả giải quyết cơ quan giao về Trung tâm: {round.Results.Count} hồ sơ.");
            if (round.Results.Count > 0)
                pdf.Table(ResultHeadings, Shares, Cells(round.Results), size: 8);
            pdf.Signatures(("NGƯỜI GIAO", ""), ("NGƯỜI NHẬN", ""));
        }
        var suffix = Round is { } r ? $"-chuyen-{r}" : "";
        return File(pdf.ToBytes(), "application/pdf", $"ban-giao-{Chosen.Id}-{LocalDays.Iso(Date)}{suffix}.pdf");
    }

    /// <summary>Column widths that keep a whole dossier code (it has no space to wrap at) on one line.</summary>
    static readonly double[] Shares = [0.5, 3.0, 2.4, 1.7, 2.0, 1.4];

    static IEnumerable<string[]> Cells(IReadOnlyList<Item> items) =>
        items.Select((item, i) => new[] { (i + 1).ToString(CultureInfo.InvariantCulture), item.Code.ToString(), item.Procedure, item.Applicant, item.Contents, item.Note });

    /// <summary>Reads the filters and, when an agency is chosen, the day's lists; false with <see cref="Problem"/> when a filter is wrong.</summary>
    async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Agencies = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Agency).OrderBy(u => u.Name).ToListAsync(cancellationToken);
        var locality = await localities.GetAsync(db, cancellationToken);
        var calendar = locality.Calendar;
        if (LocalDays.Problem(Day, "Ngày bàn giao", calendar.LocalDate(time.GetUtcNow()), out var date) is { } problem)
        {
            Date = calendar.LocalDate(time.GetUtcNow());
            Problem = problem;
            return false;
        }
        Date = date;
        if (string.IsNullOrEmpty(Agency))
            return true;
        Chosen = Agencies.FirstOrDefault(a => a.Id == Agency);
        if (Chosen is null)
        {
            Problem = "Không có cơ quan giải quyết này; xin chọn lại trong danh sách.";
            return false;
        }

        var (start, end) = LocalDays.Span(calendar, date, date);
        var visible = db.Dossiers.AsNoTracking().VisibleTo(officer).Where(d => d.AgencyId == Chosen.Id);
        // Paper travels: dossiers handed in at the counter or by post; an online dossier is already with the agency (R11).
        var sent = await (
                from h in db.History.AsNoTracking()
                join d in visible on EF.Property<DossierCode>(h, "DossierCode") equals d.Code
                where h.Action == DossierAction.Transfer && h.At >= start && h.At < end && d.ChannelIn != Channel.Online
                orderby h.At, d.Code
                select new { d.Code, Procedure = d.Procedure.Name, Applicant = d.Applicant.Name, d.Components, d.ChannelIn, h.At })
            .ToListAsync(cancellationToken);
        var back = await (
                from h in db.History.AsNoTracking()
                join d in visible on EF.Property<DossierCode>(h, "DossierCode") equals d.Code
                where h.Action == DossierAction.HandToReturnDesk && h.At >= start && h.At < end
                orderby h.At, d.Code
                select new { d.Code, Procedure = d.Procedure.Name, Applicant = d.Applicant.Name, d.Result, d.ResultChannel, h.At })
            .ToListAsync(cancellationToken);

        var dossiers = sent.Select(s => new Item(s.Code, s.Procedure, s.Applicant, Contents(s.Components),
            s.ChannelIn == Channel.Post ? "Nộp qua bưu chính" : "Nộp trực tiếp", s.At)).ToList();
        var results = back.Select(b => new Item(b.Code, b.Procedure, b.Applicant,
            b.Result is { } result ? $"{(result.Kind == ResultKind.Refused ? "Từ chối: " : "")}{result.Description}" : "",
            $"Trả {b.ResultChannel.Vietnamese()}", b.At)).ToList();

        var profile = locality.Profile;
        if (profile.CourierRounds.Count == 0)
        {
            Rounds = [new CourierRound(1, "Cả ngày (địa phương không quy định giờ luân chuyển)", dossiers, results)];
            return true;
        }
        // Each item travels in the first round at or after it was handed over (R12): the day's rounds, and the next
        // working day's first one for what came after the last round.
        var times = new SortedSet<DateTimeOffset>(calendar.IsWorkingDay(date)
            ? profile.CourierRounds.Select(t => calendar.AtLocal(date, t))
            : []);
        DateTimeOffset RoundOf(Item item) => profile.NextCourierRound(item.At, calendar)!.Value;
        foreach (var item in dossiers.Concat(results))
            times.Add(RoundOf(item));
        Rounds = times.Select((t, i) =>
        {
            var local = calendar.ToLocal(t);
            var label = $"Chuyến {i + 1}: {local.ToString("HH:mm", CultureInfo.InvariantCulture)}"
                + (DateOnly.FromDateTime(local.DateTime) == date ? "" : $" ngày {local.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}");
            return new CourierRound(i + 1, label, dossiers.Where(d => RoundOf(d) == t).ToList(), results.Where(r => RoundOf(r) == t).ToList());
        }).ToList();
        return true;
    }

    static string Contents(IReadOnlyList<SubmittedComponent> components) =>
        components.Count == 0
            ? "01 bộ"
            : $"01 bộ; {components.Count} thành phần ({ReceptionText.Counts(components.Sum(c => c.Originals), components.Sum(c => c.Copies))})";
}
