using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Catalog;

namespace MotCua.Features.Shared;

/// <summary>
/// Finding a procedure the way people type: without diacritics ("giay phep" finds "giấy phép"),
/// any word order, by name, field or national code. A Center publishes hundreds of procedures, not
/// millions, so the catalog is searched in memory.
/// </summary>
public static class CatalogSearch
{
    /// <summary>Lower case without diacritics; đ becomes d.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                folded.Append(c);
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    public static bool Matches(Procedure procedure, string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
            return true;
        var haystack = Fold($"{procedure.Code} {procedure.Name} {procedure.Field}");
        return Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).All(haystack.Contains);
    }

    /// <summary>The procedures matching <paramref name="query"/>, with their versions, by field then name.</summary>
    public static async Task<List<Procedure>> FindAsync(MotCuaDbContext db, string? query, CancellationToken cancellationToken = default)
    {
        var all = await db.Procedures.AsNoTracking().Include(p => p.Versions).ToListAsync(cancellationToken);
        return all.Where(p => Matches(p, query)).OrderBy(p => p.Field).ThenBy(p => p.Name).ToList();
    }
}
