using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Features.Files;

namespace MotCua.Cli;

/// <summary><c>motcua files verify</c>: every kept file still there and unchanged (R52). Exit 0 when all are, 1 when any is not.</summary>
static class FilesCommand
{
    public const int Damaged = 1;

    public static Command Create()
    {
        var verify = new Command("verify", "Kiểm tra mọi biểu mẫu đã ban hành, bản số hóa và kết quả điện tử: còn trong kho tệp và đúng mã băm SHA-256 đã ghi nhận.");
        verify.SetAction(async (parsed, cancellationToken) =>
        {
            await using var services = DatabaseCommands.Services();
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
                return CommandLine.Fail(parsed, "Cơ sở dữ liệu chưa được migrate: chạy `motcua migrate` trước.");
            var output = parsed.InvocationConfiguration.Output;
            var (count, failed) = await FileIntegrity.VerifyAsync(db, scope.ServiceProvider.GetRequiredService<IFileStore>(), output, cancellationToken);
            output.WriteLine(failed == 0
                ? $"Đã kiểm tra {count} tệp: tất cả còn nguyên vẹn."
                : $"Đã kiểm tra {count} tệp: {failed} tệp thiếu hoặc bị thay đổi.");
            return failed == 0 ? CommandLine.Ok : Damaged;
        });
        return new Command("files", "Kho tệp: biểu mẫu đã ban hành, bản số hóa, kết quả điện tử.") { verify };
    }
}
