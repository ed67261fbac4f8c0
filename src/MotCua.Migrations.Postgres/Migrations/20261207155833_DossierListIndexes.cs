using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DossierListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_CenterId_SubmittedAt",
                table: "Dossiers");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_CenterId_Code",
                table: "Dossiers",
                columns: new[] { "CenterId", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_CenterId_Due_Code",
                table: "Dossiers",
                columns: new[] { "CenterId", "Due", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_CenterId_ProcedureCode_Code",
                table: "Dossiers",
                columns: new[] { "CenterId", "ProcedureCode", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_CenterId_State_Code",
                table: "Dossiers",
                columns: new[] { "CenterId", "State", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_CenterId_SubmittedAt_Code",
                table: "Dossiers",
                columns: new[] { "CenterId", "SubmittedAt", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineAlerts_RaisedAt",
                table: "DeadlineAlerts",
                column: "RaisedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_CenterId_Code",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_CenterId_Due_Code",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_CenterId_ProcedureCode_Code",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_CenterId_State_Code",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_CenterId_SubmittedAt_Code",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_DeadlineAlerts_RaisedAt",
                table: "DeadlineAlerts");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_CenterId_SubmittedAt",
                table: "Dossiers",
                columns: new[] { "CenterId", "SubmittedAt" });
        }
    }
}
