using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MotCua.Features.Floor;

/// <summary>The hall's display board (R40): the latest calls, updated live and spoken in Vietnamese.</summary>
public sealed class BoardModel(FloorDesk desk, CallBoard board) : PageModel
{
    public IReadOnlyList<BoardCall> Calls { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await desk.CenterIdAsync(cancellationToken) is not { } centerId)
            return NotFound();
        Calls = board.Latest(centerId);
        return Page();
    }
}
