using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OfficerEvaluations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OfficerAppraisals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CenterId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AgencyId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SecondmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Cadence = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    PeriodKey = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CenterDue = table.Column<long>(type: "INTEGER", nullable: false),
                    RatingsDue = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SelfAssessment = table.Column<string>(type: "TEXT", nullable: true),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 15, nullable: true),
                    Comments = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AppraisedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AppraisedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SentBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AgencyRating = table.Column<string>(type: "TEXT", nullable: true),
                    DocumentSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RowVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Bases = table.Column<string>(type: "TEXT", nullable: false),
                    Figures = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficerAppraisals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfficerAppraisals_Secondments_SecondmentId",
                        column: x => x.SecondmentId,
                        principalTable: "Secondments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OfficerAppraisals_AgencyId_State_PeriodKey",
                table: "OfficerAppraisals",
                columns: new[] { "AgencyId", "State", "PeriodKey" });

            migrationBuilder.CreateIndex(
                name: "IX_OfficerAppraisals_CenterId_PeriodKey",
                table: "OfficerAppraisals",
                columns: new[] { "CenterId", "PeriodKey" });

            migrationBuilder.CreateIndex(
                name: "IX_OfficerAppraisals_OfficerId_State",
                table: "OfficerAppraisals",
                columns: new[] { "OfficerId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_OfficerAppraisals_PeriodKey_State",
                table: "OfficerAppraisals",
                columns: new[] { "PeriodKey", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_OfficerAppraisals_SecondmentId_PeriodKey",
                table: "OfficerAppraisals",
                columns: new[] { "SecondmentId", "PeriodKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OfficerAppraisals_Year_State",
                table: "OfficerAppraisals",
                columns: new[] { "Year", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OfficerAppraisals");
        }
    }
}
