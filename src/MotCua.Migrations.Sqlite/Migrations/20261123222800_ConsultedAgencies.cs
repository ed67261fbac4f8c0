using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ConsultedAgencies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ConsultedAgencyIds",
                table: "Dossiers",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            // The agencies already consulted, from the consultations the dossiers carry.
            migrationBuilder.Sql("""
                UPDATE "Dossiers" SET "ConsultedAgencyIds" =
                    (SELECT json_group_array(DISTINCT json_extract(c.value, '$.AgencyId')) FROM json_each("Consultations") c)
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
