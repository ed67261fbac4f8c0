namespace MotCua.Platform;

/// <summary>A size as officers read it: "2,5 MB", "340 KB", "51 byte".</summary>
public static class VietnameseSize
{
    public static string Of(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / 1024.0 / 1024.0:0.#} MB".Replace('.', ','),
        >= 1024 => $"{bytes / 1024.0:0} KB",
        _ => $"{bytes} byte",
    };
}
