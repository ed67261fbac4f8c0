using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DossierDueIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Due",
                table: "Dossiers",
                column: "Due");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_StepDue",
                table: "Dossiers",
                column: "StepDue");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_Due",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_StepDue",
                table: "Dossiers");
        }
    }
}
