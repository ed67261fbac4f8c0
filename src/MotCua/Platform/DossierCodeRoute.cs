using System.Globalization;
using MotCua.Domain.Codes;

namespace MotCua.Platform;

/// <summary>
/// The route constraint <c>{code:dossiercode}</c>: a segment that is not a dossier code (R50) matches no
/// route, so no handler ever sees one. A page then answers 404 like an unknown dossier; the API, its
/// fallback's ProblemDetails 404. Codes typed in small letters match: binding reads them in capitals.
/// </summary>
public sealed class DossierCodeRouteConstraint : IRouteConstraint
{
    public const string Name = "dossiercode";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value)
        && DossierCode.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), out _);
}
