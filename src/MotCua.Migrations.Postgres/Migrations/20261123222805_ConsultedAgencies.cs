using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ConsultedAgencies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string[]>(
                name: "ConsultedAgencyIds",
                table: "Dossiers",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            // The agencies already consulted, from the consultations the dossiers carry.
            migrationBuilder.Sql("""
                UPDATE "Dossiers" SET "ConsultedAgencyIds" =
                    ARRAY(SELECT DISTINCT c->>'AgencyId' FROM jsonb_array_elements("Consultations"::jsonb) c)
                WHERE "Consultations" <> '[]'
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ConsultedAgencyIds",
                table: "Dossiers");
        }
    }
}
