using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DailyTally : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "FinishedAt",
                table: "Dossiers",
                type: "INTEGER",
                nullable: true);

            // Dossiers finished before the column existed: the time of the action that finished them.
            migrationBuilder.Sql("""
                UPDATE "Dossiers" SET "FinishedAt" = (SELECT MAX(h."At") FROM "History" h WHERE h."DossierCode" = "Dossiers"."Code"
                    AND h."Action" IN ('RecordResult', 'Refuse', 'ResolveOnTheSpot', 'Stop', 'CloseUnsupplemented'))
                WHERE "FinishedAt" IS NULL
                """);

            migrationBuilder.CreateTable(
                name: "DossierDayCounts",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProcedureCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Received = table.Column<int>(type: "INTEGER", nullable: false),
                    FinishedEarly = table.Column<int>(type: "INTEGER", nullable: false),
                    FinishedOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    FinishedLate = table.Column<int>(type: "INTEGER", nullable: false),
                    Ended = table.Column<int>(type: "INTEGER", nullable: false),
                    IndexLate = table.Column<int>(type: "INTEGER", nullable: false),
                    OverdueFrom = table.Column<int>(type: "INTEGER", nullable: false),
                    OverdueUntil = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierDayCounts", x => new { x.Day, x.AgencyId, x.ProcedureCode, x.Channel });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_AgencyId_FinishedAt",
                table: "Dossiers",
                columns: new[] { "AgencyId", "FinishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_CenterId_FinishedAt",
                table: "Dossiers",
                columns: new[] { "CenterId", "FinishedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DossierDayCounts");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_AgencyId_FinishedAt",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_CenterId_FinishedAt",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "FinishedAt",
                table: "Dossiers");
        }
    }
}
