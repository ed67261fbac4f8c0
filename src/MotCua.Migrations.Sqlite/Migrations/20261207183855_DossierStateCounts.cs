using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DossierStateCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DossierStateCounts",
                columns: table => new
                {
                    AgencyId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProcedureCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Early = table.Column<int>(type: "INTEGER", nullable: false),
                    OnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    Late = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierStateCounts", x => new { x.AgencyId, x.ProcedureCode, x.Channel, x.State });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_AgencyInbox",
                table: "Dossiers",
                columns: new[] { "AgencyId", "Due", "Code" },
                filter: "\"State\" IN ('InProcessing', 'Consulting', 'SupplementRequested', 'WaitingForApplicant', 'ResultReady')");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_AtAgencies",
                table: "Dossiers",
                columns: new[] { "CenterId", "Due", "Code" },
                filter: "\"State\" IN ('InProcessing', 'Consulting', 'SupplementRequested', 'WaitingForApplicant', 'ResultReady')");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Unfinished",
                table: "Dossiers",
                columns: new[] { "CenterId", "Due", "Code", "AgencyId", "State", "ProcedureCode" },
                filter: "\"Timeliness\" IS NULL AND \"State\" IN ('Submitted', 'Received', 'InProcessing', 'Consulting', 'SupplementRequested', 'WaitingForApplicant', 'ResultReady', 'AtReturnDesk')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DossierStateCounts");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_AgencyInbox",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_AtAgencies",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_Unfinished",
                table: "Dossiers");
        }
    }
}
