using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Rewrites every instant kept with an offset (a due date the calendar computed at +07:00) into UTC,
    /// the form the context now writes, so that comparisons in SQL compare instants (EF's binary layout:
    /// ticks/1000 shifted left 11 bits, the offset in minutes in the low 11 bits, signed).
    /// </summary>
    public partial class InstantsInUtc : Migration
    {
        static readonly (string Table, string Column)[] Instants =
            [
                ("DossierFiles", "UploadedAt"),
                ("IssuedForms", "IssuedAt"),
                ("IssuedForms", "StoredAt"),
                ("IdempotencyRecords", "CreatedAt"),
                ("DeadlineAlerts", "RaisedAt"),
                ("JobLeases", "ExpiresAt"),
                ("OfficerNotifications", "CreatedAt"),
                ("OfficerNotifications", "ReadAt"),
                ("Outbox", "CreatedAt"),
                ("Outbox", "LeaseUntil"),
                ("Outbox", "NotBefore"),
                ("Outbox", "SentAt"),
                ("AspNetUsers", "LockoutEnd"),
                ("Dossiers", "Due"),
                ("Dossiers", "OriginalDue"),
                ("Dossiers", "StepDue"),
                ("Dossiers", "StepEnteredAt"),
                ("Dossiers", "SubmittedAt"),
                ("History", "At"),
            ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, column) in Instants)
            {
                var c = $"\"{column}\"";
                var offsetMinutes = $"(CASE WHEN ({c} & 1024) <> 0 THEN ({c} & 2047) - 2048 ELSE ({c} & 2047) END)";
                migrationBuilder.Sql($"UPDATE \"{table}\" SET {c} = ((({c} >> 11) - {offsetMinutes} * 600000) << 11) WHERE {c} IS NOT NULL AND ({c} & 2047) <> 0;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // UTC instants read the same with or without this migration: nothing to undo.
        }
    }
}
