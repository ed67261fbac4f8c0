using Microsoft.EntityFrameworkCore;
using MotCua.Data;

namespace MotCua.Features.Files;

/// <summary>
/// Checks that every issued form, scan and result still has its content in the file store, unchanged:
/// the bytes hash to the SHA-256 recorded when they were kept (R52). What an inspector, or an operator
/// after restoring a backup, runs with <c>motcua files verify</c>.
/// </summary>
public static class FileIntegrity
{
    const int Page = 500;

    /// <summary>Writes one line per missing or altered content; returns how many were checked and how many failed.</summary>
    public static async Task<(int Checked, int Failed)> VerifyAsync(MotCuaDbContext db, IFileStore store, TextWriter problems, CancellationToken cancellationToken = default)
    {
        var (checkedCount, failed) = (0, 0);
        async Task Check(string what, string sha256, long size)
        {
            checkedCount++;
            var content = await store.GetAsync(sha256, cancellationToken);
            var problem = content is null ? "không còn nội dung trong kho tệp"
                : content.Length != size || LocalFileStore.Hash(content) != sha256 ? "nội dung đã bị thay đổi (mã băm không khớp)"
                : null;
            if (problem is null)
                return;
            failed++;
            await problems.WriteLineAsync($"{what}: {problem} (SHA-256 {sha256})");
        }
        // Keyset pages by id: a province keeps millions of files, never all in memory.
        for (long after = 0; ;)
        {
            var forms = await db.IssuedForms.AsNoTracking().Where(f => f.Id > after).OrderBy(f => f.Id).Take(Page).ToListAsync(cancellationToken);
            foreach (var f in forms)
                await Check($"Biểu mẫu {f.Form} số {f.Number} của hồ sơ {f.DossierCode}", f.Sha256, f.Size);
            if (forms.Count < Page)
                break;
            after = forms[^1].Id;
        }
        for (long after = 0; ;)
        {
            var files = await db.DossierFiles.AsNoTracking().Where(f => f.Id > after).OrderBy(f => f.Id).Take(Page).ToListAsync(cancellationToken);
            foreach (var f in files)
                await Check($"Tệp \"{f.FileName}\" ({f.Component ?? "kết quả điện tử"}) của hồ sơ {f.DossierCode}", f.Sha256, f.Size);
            if (files.Count < Page)
                break;
            after = files[^1].Id;
        }
        return (checkedCount, failed);
    }
}
