using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DossierSubmittedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "SubmittedAt",
                table: "Dossiers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Existing dossiers were submitted at their control slip's first entry.
            migrationBuilder.Sql("""
                UPDATE "Dossiers" SET "SubmittedAt" =
                    (SELECT h."At" FROM "History" h WHERE h."DossierCode" = "Dossiers"."Code" AND h."Sequence" = 1)
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_AgencyId_SubmittedAt",
                table: "Dossiers",
                columns: new[] { "AgencyId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_CenterId_SubmittedAt",
                table: "Dossiers",
                columns: new[] { "CenterId", "SubmittedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_AgencyId_SubmittedAt",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_CenterId_SubmittedAt",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "Dossiers");
        }
    }
}
