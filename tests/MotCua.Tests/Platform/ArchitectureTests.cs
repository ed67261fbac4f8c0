using System.Reflection;
using NetArchTest.Rules;

namespace MotCua.Tests.Platform;

/// <summary>
/// The layering the code must keep (ARCHITECTURE.md, ADR 11): Platform is below every feature, and
/// features depend on each other without circles, so one can be read, changed or moved on its own.
/// Read from the compiled assembly, Razor views included (their classes are named after their file).
/// </summary>
public sealed class ArchitectureTests
{
    const string Features = "MotCua.Features";

    static readonly Assembly App = typeof(MotCua.Platform.PlatformDefaults).Assembly;
    static readonly Types AppTypes = Types.InAssembly(App);

    [Fact]
    public void Platform_depends_on_no_feature()
    {
        var result = AppTypes.That().ResideInNamespace("MotCua.Platform").ShouldNot().HaveDependencyOn(Features).GetResult();
        Assert.True(result.IsSuccessful, "Platform uses features: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void No_two_features_depend_on_each_other_even_through_others()
    {
        var graph = FeatureGraph();
        Assert.True(graph.Count > 10, $"only {graph.Count} features found");
        var cycles = Cycles(graph).ToList();
        Assert.True(cycles.Count == 0, "Features in a circle:\n" + string.Join("\n", cycles));
    }

    /// <summary>Every feature folder, with the feature folders its types (and views) use.</summary>
    static Dictionary<string, HashSet<string>> FeatureGraph()
    {
        var names = App.GetTypes().Select(FeatureOf).OfType<string>().ToHashSet();
        return names.ToDictionary(x => x, x => names.Where(y => y != x && Uses(x, y)).ToHashSet());
    }

    static bool Uses(string from, string to) =>
        AppTypes.That().ResideInNamespaceMatching($@"^{Features}\.{from}(\.|$)").And().HaveDependencyOn($"{Features}.{to}").GetTypes().Any()
        || AppTypes.That().ResideInNamespace("AspNetCoreGeneratedDocument").And().HaveNameStartingWith($"Features_{from}_")
            .And().HaveDependencyOn($"{Features}.{to}").GetTypes().Any();

    /// <summary>The feature folder a type belongs to: its namespace under MotCua.Features, or a view's file path (Features_Admin_Calendar).</summary>
    static string? FeatureOf(Type type) => type.Namespace switch
    {
        { } ns when ns.StartsWith(Features + ".", StringComparison.Ordinal) => ns[(Features.Length + 1)..].Split('.')[0],
        "AspNetCoreGeneratedDocument" when type.Name.StartsWith("Features_", StringComparison.Ordinal) && type.Name.Split('_') is { Length: > 2 } parts => parts[1],
        _ => null,
    };

    /// <summary>
    /// Each group of features that reach one another (a strongly connected component), with the direct
    /// uses inside it: "Forms ⇄ Reception: Forms → Reception, Reception → Forms".
    /// </summary>
    static IEnumerable<string> Cycles(Dictionary<string, HashSet<string>> graph)
    {
        var reach = graph.Keys.ToDictionary(x => x, x => Reachable(graph, x));
        var seen = new HashSet<string>();
        foreach (var x in graph.Keys.Order())
        {
            if (seen.Contains(x))
                continue;
            var group = graph.Keys.Where(y => y == x || (reach[x].Contains(y) && reach[y].Contains(x))).Order().ToList();
            seen.UnionWith(group);
            if (group.Count > 1)
                yield return string.Join(" ⇄ ", group) + ": "
                    + string.Join(", ", group.SelectMany(a => graph[a].Where(group.Contains).Order().Select(b => $"{a} → {b}")));
        }
    }

    static HashSet<string> Reachable(Dictionary<string, HashSet<string>> graph, string from)
    {
        var reached = new HashSet<string>();
        var next = new Queue<string>(graph[from]);
        while (next.TryDequeue(out var x))
            if (reached.Add(x))
                foreach (var y in graph[x])
                    next.Enqueue(y);
        return reached;
    }
}
