using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Feedback;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Feedback;

/// <summary>An officer records feedback that came in by phone, e-mail, a slip at the counter or the switchboard, or their own on the Center's management (R33, R63).</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class RecordModel(MotCuaDbContext db, FeedbackDesk desk, CurrentOfficer officer) : PageModel
{
    [BindProperty] public string? Channel { get; set; }
    [BindProperty] public string? Topic { get; set; }
    [BindProperty] public string? DossierCode { get; set; }
    [BindProperty] public string? AgencyId { get; set; }
    [BindProperty] public string? SenderName { get; set; }
    [BindProperty] public string? SenderPhone { get; set; }
    [BindProperty] public string? SenderEmail { get; set; }
    [BindProperty] public string? SenderAddress { get; set; }
    [BindProperty] public string? Subject { get; set; }
    [BindProperty] public string? Text { get; set; }

    public string? Problem { get; private set; }
    public IReadOnlyList<KeyValuePair<string, string>> Agencies { get; private set; } = [];
    /// <summary>An agency's officer records only their own feedback; the Center records every channel.</summary>
    public IReadOnlyList<FeedbackChannel> Channels => officer.IsCenterRole ? FeedbackIntake.OfficerChannels : [FeedbackChannel.Officer];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var intake = new FeedbackIntake(Channel, Topic, DossierCode, AgencyId, SenderName, SenderPhone, SenderEmail, SenderAddress, Subject, Text);
        var (parsed, errors) = await intake.ParseAsync(db, officer.Actor, cancellationToken);
        if (parsed is null)
        {
            errors.AddTo(ModelState);
            return await InvalidAsync(null, cancellationToken);
        }
        var acted = await parsed.ReceiveAsync(desk, officer.Actor, cancellationToken);
        if (acted is FeedbackActed.Done done)
        {
            TempData[nameof(ItemModel.Done)] = $"Đã ghi nhận phản ánh, kiến nghị, mã số {done.Item.Code}.";
            return Redirect($"/phan-anh-kien-nghi/{done.Item.Code}");
        }
        return await InvalidAsync(acted.Message, cancellationToken);
    }

    async Task<IActionResult> InvalidAsync(string? problem, CancellationToken cancellationToken)
    {
        Problem = problem ?? "Chưa ghi nhận được: xem các ô được đánh dấu.";
        Response.StatusCode = problem is null ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(cancellationToken);
        return Page();
    }

    async Task LoadAsync(CancellationToken cancellationToken) =>
        Agencies = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Agency).OrderBy(u => u.Name)
            .Select(u => KeyValuePair.Create(u.Id, u.Name)).ToListAsync(cancellationToken);
}
