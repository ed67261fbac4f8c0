using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Data;

/// <summary>
/// Stores a domain value (a list of records, a small record) as one JSON column. The comparer
/// compares the JSON, so a change inside a list (an element replaced) is saved.
/// </summary>
static class Json
{
    static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter(), new ReadOnlySetConverter() },
        // Vietnamese text stays readable in the column.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The catalog's sets (channels, a step's actions) are read back as hash sets.</summary>
    sealed class ReadOnlySetConverter : JsonConverterFactory
    {
        public override bool CanConvert(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlySet<>);

        public override JsonConverter CreateConverter(Type type, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(SetConverter<>).MakeGenericType(type.GetGenericArguments()[0]))!;

        sealed class SetConverter<T> : JsonConverter<IReadOnlySet<T>>
        {
            public override IReadOnlySet<T> Read(ref Utf8JsonReader reader, Type type, JsonSerializerOptions options) =>
                JsonSerializer.Deserialize<HashSet<T>>(ref reader, options)!;

            public override void Write(Utf8JsonWriter writer, IReadOnlySet<T> value, JsonSerializerOptions options) =>
                JsonSerializer.Serialize(writer, value.OrderBy(v => v), options);
        }
    }

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;

    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property) =>
        property.HasConversion(
            v => Write(v),
            s => Read<T>(s),
            new ValueComparer<T>(
                (a, b) => Write(a) == Write(b),
                v => Write(v).GetHashCode(),
                v => Read<T>(Write(v))));
}
