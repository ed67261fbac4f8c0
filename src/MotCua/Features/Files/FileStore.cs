using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;

namespace MotCua.Features.Files;

/// <summary>
/// Where file contents live, addressed by their SHA-256 (lower-case hex): a scan, a result, an issued
/// form. The same content is kept once; a key names nothing a user typed. The local folder is the
/// default; an S3-compatible bucket implements the same three calls (ADR 10).
/// </summary>
public interface IFileStore
{
    /// <summary>Keeps the content under its hash and returns the hash; storing content already kept changes nothing.</summary>
    Task<string> PutAsync(byte[] content, CancellationToken cancellationToken = default);

    /// <summary>The content kept under <paramref name="sha256"/>, or null when there is none.</summary>
    Task<byte[]?> GetAsync(string sha256, CancellationToken cancellationToken = default);
}

public sealed class FileStoreOptions
{
    /// <summary>The folder of the local store; relative paths are under the working directory.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Files:Root không được để trống: thư mục lưu tệp (mặc định data/files).")]
    public string Root { get; set; } = "data/files";

    /// <summary>The largest scan or result accepted, in bytes (20 MB: a many-page scan at 300 dpi).</summary>
    // At most what a whole request to an upload page may carry.
    [Range(1, Uploads.RequestLimit, ErrorMessage = "Files:MaxUploadBytes phải từ 1 đến 209715200 byte (200 MB).")]
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;
}

/// <summary>The file store in a local folder: ab/cd/abcd…, written to a temporary name and moved into place, so a reader never sees half a file.</summary>
public sealed class LocalFileStore(FileStoreOptions options) : IFileStore
{
    readonly string _root = Path.GetFullPath(options.Root);

    public static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public async Task<string> PutAsync(byte[] content, CancellationToken cancellationToken = default)
    {
        var hash = Hash(content);
        var path = PathOf(hash);
        if (File.Exists(path))
            return hash;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temporary, content, cancellationToken);
        File.Move(temporary, path, overwrite: true);
        return hash;
    }

    public async Task<byte[]?> GetAsync(string sha256, CancellationToken cancellationToken = default)
    {
        if (!IsHash(sha256))
            return null;
        var path = PathOf(sha256);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    static bool IsHash(string key) => key.Length == 64 && key.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    string PathOf(string hash) => Path.Combine(_root, hash[..2], hash[2..4], hash);
}
