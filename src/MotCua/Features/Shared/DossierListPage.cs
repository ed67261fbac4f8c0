using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc.Rendering;
using MotCua.Domain.Dossiers;

namespace MotCua.Features.Shared;

/// <summary>The columns an officer's dossier list sorts by (?sort=due|received|code|procedure|state).</summary>
public enum DossierSort
{
    Due,
    Received,
    Code,
    Procedure,
    State,
}

/// <summary>
/// One page of a sorted dossier list (the Center's monitor, an agency's inbox), read from ?page=, ?sort= and ?desc=.
/// Bad input never fails the page: a page out of range becomes the nearest one, an unknown sort the default with a
/// message. The order is total (the code breaks ties) so that OFFSET paging neither repeats nor loses a dossier.
/// </summary>
public sealed class DossierListPage
{
    public const int Size = 50;

    public DossierSort Sort { get; }
    public bool Descending { get; }
    public int Number { get; }
    public int Pages { get; }
    public int Total { get; }
    /// <summary>What was wrong with the sort or page asked for, in Vietnamese; null when nothing was.</summary>
    public string? Problem { get; }

    readonly HttpRequest request;

    DossierListPage(HttpRequest request, DossierSort sort, bool descending, int number, int pages, int total, string? problem) =>
        (this.request, Sort, Descending, Number, Pages, Total, Problem) = (request, sort, descending, number, pages, total, problem);

    /// <param name="total">How many dossiers the list holds, from the page's grouped counts (no second count).</param>
    public static DossierListPage Read(HttpRequest request, int total)
    {
        var problems = new List<string>();
        var sort = request.Query["sort"].ToString().ToLowerInvariant() switch
        {
            "" or "due" => DossierSort.Due,
            "received" => DossierSort.Received,
            "code" => DossierSort.Code,
            "procedure" => DossierSort.Procedure,
            "state" => DossierSort.State,
            _ => Invalid(DossierSort.Due, "Cách sắp xếp không hợp lệ; danh sách được xếp theo hạn giải quyết."),
        };
        var desc = request.Query["desc"].ToString();
        var descending = desc.Length == 0 ? false
            : bool.TryParse(desc, out var d) ? d
            : Invalid(false, "Chiều sắp xếp không hợp lệ; danh sách được xếp tăng dần.");
        var pages = Math.Max(1, (total + Size - 1) / Size);
        var text = request.Query["page"].ToString();
        var number = text.Length == 0 ? 1
            // Out of range: the nearest page there is.
            : long.TryParse(text, out var n) ? (int)Math.Clamp(n, 1, pages)
            : text.All(char.IsAsciiDigit) ? pages
            : Invalid(1, "Số trang không hợp lệ; hiển thị trang đầu.");
        return new DossierListPage(request, sort, descending, number, pages, total, problems.Count > 0 ? string.Join(" ", problems) : null);

        T Invalid<T>(T fallback, string problem)
        {
            problems.Add(problem);
            return fallback;
        }
    }

    /// <summary>
    /// This page of <paramref name="dossiers"/> in the asked order. Only the due date may be empty: such dossiers come last
    /// (first when descending), PostgreSQL's own NULL order, so there the ORDER BY is the bare columns an index is read in;
    /// SQLite sorts NULLs the other way and is told so.
    /// </summary>
    public IQueryable<Dossier> Apply(IQueryable<Dossier> dossiers, bool nullsLast)
    {
        var ordered = Sort switch
        {
            DossierSort.Due when nullsLast => By(dossiers, d => d.Due),
            DossierSort.Due => Then(By(dossiers, d => d.Due == null), d => d.Due),
            DossierSort.Received => By(dossiers, d => d.SubmittedAt),
            DossierSort.Procedure => By(dossiers, d => d.Procedure.Code),
            DossierSort.State => By(dossiers, d => d.State),
            _ => By(dossiers, d => d.Code),
        };
        if (Sort != DossierSort.Code)
            ordered = Then(ordered, d => d.Code);
        return ordered.Skip((Number - 1) * Size).Take(Size);
    }

    IOrderedQueryable<Dossier> By<TKey>(IQueryable<Dossier> q, System.Linq.Expressions.Expression<Func<Dossier, TKey>> key) =>
        Descending ? q.OrderByDescending(key) : q.OrderBy(key);

    IOrderedQueryable<Dossier> Then<TKey>(IOrderedQueryable<Dossier> q, System.Linq.Expressions.Expression<Func<Dossier, TKey>> key) =>
        Descending ? q.ThenByDescending(key) : q.ThenBy(key);

    /// <summary>"Trang 2/37 — 1.834 hồ sơ".</summary>
    public string Caption => $"Trang {Number}/{Pages} — {Domain.VietnameseFormat.Number(Total)} hồ sơ";

    /// <summary>The link to another page, keeping every filter and the order.</summary>
    public string PageLink(int number) => Link(number, Sort, Descending);

    /// <summary>The link a column header carries: its sort, ascending, or reversed when it is already the sort.</summary>
    public string SortLink(DossierSort column) => Link(1, column, column == Sort && !Descending);

    /// <summary>The aria-sort of a column header: only the active one says it.</summary>
    public string? AriaSort(DossierSort column) => column != Sort ? null : Descending ? "descending" : "ascending";

    static readonly HashSet<string> Own = new(["page", "sort", "desc"], StringComparer.OrdinalIgnoreCase);

    /// <summary>A sortable column header: a link, with aria-sort and an arrow when it is the active sort.</summary>
    public IHtmlContent Header(DossierSort column, string text)
    {
        var th = new TagBuilder("th");
        th.Attributes["scope"] = "col";
        if (AriaSort(column) is { } aria)
            th.Attributes["aria-sort"] = aria;
        var a = new TagBuilder("a");
        a.Attributes["href"] = SortLink(column);
        a.InnerHtml.Append(text);
        if (column == Sort)
            a.InnerHtml.AppendHtml(Descending ? " <span aria-hidden=\"true\">▼</span>" : " <span aria-hidden=\"true\">▲</span>");
        th.InnerHtml.AppendHtml(a);
        return th;
    }

    string Link(int number, DossierSort sort, bool descending)
    {
        var query = new QueryBuilder();
        foreach (var (key, values) in request.Query)
            if (!Own.Contains(key))
                foreach (var value in values)
                    if (!string.IsNullOrEmpty(value))
                        query.Add(key, value);
        if (sort != DossierSort.Due)
            query.Add("sort", sort.ToString().ToLowerInvariant());
        if (descending)
            query.Add("desc", "true");
        if (number > 1)
            query.Add("page", number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return request.PathBase + request.Path + query.ToQueryString();
    }
}
