using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Data;
using MotCua.Domain.Catalog;
using MotCua.Features.Shared;

namespace MotCua.Features.Admin;

public sealed class ProceduresModel(MotCuaDbContext db) : PageModel
{
    public IReadOnlyList<Procedure> Procedures { get; private set; } = [];

    public async Task OnGetAsync() => Procedures = await CatalogSearch.FindAsync(db, null);
}
