using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Ratings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Ratings",
                columns: table => new
                {
                    DossierCode = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    CenterId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AgencyId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReceptionOfficerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ReceptionOfficerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReturnOfficerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ReturnOfficerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Criteria = table.Column<string>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ChangeableUntil = table.Column<long>(type: "INTEGER", nullable: false),
                    Changes = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ratings", x => x.DossierCode);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_AgencyId_RatedAt",
                table: "Ratings",
                columns: new[] { "AgencyId", "RatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_CenterId_RatedAt",
                table: "Ratings",
                columns: new[] { "CenterId", "RatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_ReceptionOfficerId_RatedAt",
                table: "Ratings",
                columns: new[] { "ReceptionOfficerId", "RatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_ReturnOfficerId_RatedAt",
                table: "Ratings",
                columns: new[] { "ReturnOfficerId", "RatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Ratings");
        }
    }
}
