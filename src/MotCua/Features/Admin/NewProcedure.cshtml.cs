using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Time;
using MotCua.Features.Catalog;
using MotCua.Platform;

namespace MotCua.Features.Admin;

/// <summary>
/// Publishing a procedure an agency supplied (R1, R28): every R1 field, components, cases with their
/// time limits, fees, channels, and the standard workflow sized to the shortest case (R47).
/// Lists are typed one item a line, fields separated by "|".
/// </summary>
public sealed class NewProcedureModel(MotCuaDbContext db, LocalitySource localities, TimeProvider time) : PageModel
{
    [BindProperty] public string Code { get; set; } = "";
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public string Field { get; set; } = "";
    [BindProperty] public ProcedureLevel Level { get; set; } = ProcedureLevel.District;
    [BindProperty] public string AgencyId { get; set; } = "";
    [BindProperty] public List<string> Coordinating { get; set; } = [];
    [BindProperty] public string Components { get; set; } = "";
    [BindProperty] public string Cases { get; set; } = "";
    [BindProperty] public string Fees { get; set; } = "";
    [BindProperty] public List<Channel> ChannelsIn { get; set; } = [Channel.InPerson, Channel.Post, Channel.Online];
    [BindProperty] public List<Channel> ChannelsOut { get; set; } = [Channel.InPerson, Channel.Post];
    [BindProperty] public string Result { get; set; } = "";
    [BindProperty] public string LegalBasis { get; set; } = "";
    [BindProperty] public string? Sequence { get; set; }
    [BindProperty] public string? Conditions { get; set; }
    [BindProperty] public DateOnly? EffectiveFrom { get; set; }

    public IReadOnlyList<Unit> Agencies { get; private set; } = [];
    public List<string> Problems { get; } = [];

    public async Task OnGetAsync() => Agencies = await db.Units.Where(u => u.Kind == UnitKind.Agency).OrderBy(u => u.Name).ToListAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await OnGetAsync();
        if (string.IsNullOrWhiteSpace(Code) || string.IsNullOrWhiteSpace(Name) || string.IsNullOrWhiteSpace(Field))
            Problems.Add("Nhập mã, tên và lĩnh vực của thủ tục.");
        else
        {
            // The name and the field are printed on every form of the procedure's dossiers.
            Problems.AddRange(new[]
            {
                FormText.Problem(Code.Trim(), "Mã thủ tục", Procedure.MaxCodeLength),
                FormText.Problem(Name.Trim(), "Tên thủ tục", Procedure.MaxNameLength),
                FormText.Problem(Field.Trim(), "Lĩnh vực", Procedure.MaxFieldLength),
            }.OfType<string>());
            if (Problems.Count == 0 && await db.Procedures.AnyAsync(p => p.Code == Code.Trim()))
                Problems.Add($"Đã có thủ tục mã {Code.Trim()}; hãy thêm phiên bản mới cho thủ tục đó.");
        }
        if (Agencies.All(a => a.Id != AgencyId))
            Problems.Add("Chọn cơ quan giải quyết.");
        if (EffectiveFrom is null)
            Problems.Add("Nhập ngày có hiệu lực.");
        var components = ParseLines(Components, "thành phần hồ sơ", 4, p => new Component(p[0], Count(p[1]), Count(p[2]), Required: !p[3].StartsWith("không", StringComparison.OrdinalIgnoreCase)));
        var cases = ParseLines(Cases, "trường hợp", 2, p => new ProcedureCase(p[0], Limit(p[1])));
        var fees = ParseLines(Fees, "phí, lệ phí", 2, p => new Fee(p[0], long.Parse(p[1].Replace(".", "").Replace(" đ", "").Trim(), CultureInfo.InvariantCulture), p.Length > 2 ? p[2] : null));
        if (Problems.Count > 0)
            return Page();

        var calendar = (await localities.GetAsync(db)).Calendar;
        var shortest = cases.MinBy(c => c.Limit.DueFrom(calendar.StartOfWorkingDay(calendar.NextWorkingDayAfter(calendar.LocalDate(time.GetUtcNow()))), calendar))!.Limit;
        var procedure = new Procedure(Code.Trim(), Name.Trim(), Field.Trim(), Level, AgencyId, Coordinating.Where(c => c != AgencyId).Distinct().ToList());
        var version = new ProcedureVersion(EffectiveFrom!.Value, components, cases, fees, ChannelsIn.ToHashSet(), ChannelsOut.ToHashSet(),
            Workflows.Standard(shortest, calendar.WorkingDayLength), Result.Trim(), Lines(LegalBasis).ToList(), Sequence, Conditions);
        var outcome = procedure.AddVersion(version);
        if (outcome.Broken is { } broken)
        {
            Problems.Add(broken.Message);
            return Page();
        }
        db.Procedures.Add(procedure);
        await db.SaveChangesAsync();
        TempData["Done"] = $"Đã công bố thủ tục {procedure.Code}.";
        return Redirect($"/quan-tri/thu-tuc/{Uri.EscapeDataString(procedure.Code)}");
    }

    static IEnumerable<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    List<T> ParseLines<T>(string text, string what, int parts, Func<string[], T> read)
    {
        var items = new List<T>();
        var number = 0;
        foreach (var line in Lines(text))
        {
            number++;
            var fields = line.Split('|', StringSplitOptions.TrimEntries);
            try
            {
                if (fields.Length < parts || string.IsNullOrEmpty(fields[0]))
                    throw new FormatException();
                items.Add(read(fields));
            }
            catch (Exception e) when (e is FormatException or OverflowException)
            {
                Problems.Add($"Dòng {number} của {what} không đúng mẫu: \"{line}\".");
            }
        }
        return items;
    }

    static int Count(string text) => int.TryParse(text, out var n) && n >= 0 ? n : throw new FormatException();

    static TimeLimit Limit(string text) =>
        text.Trim() == "trong ngày" ? TimeLimit.SameDay : TimeLimit.TryParse(text.Trim(), out var limit) ? limit : throw new FormatException();
}
