namespace MotCua.Domain.Profiles;

/// <summary>
/// The profiles MotCua ships (Profiles/Data/*.json, embedded in this assembly): the five localities
/// whose regulations the product follows, and <c>default</c>, the product's defaults for a locality
/// whose regulation is silent. An administrator's own profile is read with <see cref="Parse"/>.
/// </summary>
public static class LocalityProfiles
{
    public const string DefaultId = "default";

    const string ResourcePrefix = "MotCua.Domain.Profiles.Data.";

    // Read once, on first use; a broken shipped file fails here with the file's name, not at startup.
    static readonly Lazy<IReadOnlyDictionary<string, LocalityProfile>> Shipped = new(LoadShipped);

    /// <summary>Every shipped profile, ordered by id.</summary>
    public static IReadOnlyList<LocalityProfile> All => [.. Shipped.Value.Values.OrderBy(p => p.Id, StringComparer.Ordinal)];

    public static LocalityProfile Default => Get(DefaultId);

    public static LocalityProfile Get(string id) =>
        Shipped.Value.TryGetValue(id, out var profile)
            ? profile
            : throw new KeyNotFoundException(
                $"Không có cấu hình địa phương \"{id}\". Các cấu hình có sẵn: {string.Join(", ", Shipped.Value.Keys.Order(StringComparer.Ordinal))}.");

    /// <summary>Reads a profile an administrator supplies; throws <see cref="InvalidProfileException"/> listing every problem, in Vietnamese.</summary>
    public static LocalityProfile Parse(string json) => ProfileJson.Read(json);

    static IReadOnlyDictionary<string, LocalityProfile> LoadShipped()
    {
        var assembly = typeof(LocalityProfiles).Assembly;
        var profiles = new Dictionary<string, LocalityProfile>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var file = resource[ResourcePrefix.Length..];
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            LocalityProfile profile;
            try
            {
                profile = Parse(reader.ReadToEnd());
            }
            catch (InvalidProfileException e)
            {
                throw new InvalidProfileException([$"Tệp {file}:", .. e.Problems]);
            }
            if (file != profile.Id + ".json")
                throw new InvalidProfileException([$"Tệp {file} mang mã cấu hình \"{profile.Id}\": tên tệp phải là mã cấu hình."]);
            profiles.Add(profile.Id, profile);
        }
        if (!profiles.ContainsKey(DefaultId))
            throw new InvalidProfileException([$"Thiếu cấu hình mặc định \"{DefaultId}\"."]);
        return profiles;
    }
}

public sealed class InvalidProfileException(IReadOnlyList<string> problems)
    : Exception("Cấu hình địa phương không hợp lệ: " + string.Join(" ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
