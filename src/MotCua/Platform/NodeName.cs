namespace MotCua.Platform;

/// <summary>Who holds a lease: this process on this machine, unique per start (fits the 100-character column).</summary>
public static class NodeName
{
    public static string New()
    {
        var name = $"{Guid.NewGuid():N}:{Environment.ProcessId}@{Environment.MachineName}";
        return name.Length > 100 ? name[..100] : name;
    }
}
