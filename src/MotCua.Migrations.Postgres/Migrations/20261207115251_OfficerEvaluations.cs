using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MotCua.Migrations.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CenterId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AgencyId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SecondmentId = table.Column<int>(type: "integer", nullable: false),
                    OfficerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    OfficerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Cadence = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    PeriodKey = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    CenterDue = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RatingsDue = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    ComputedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StartedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SelfAssessment = table.Column<string>(type: "text", nullable: true),
                    Grade = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: true),
                    Comments = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AppraisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AppraisedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SentBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AgencyRating = table.Column<string>(type: "text", nullable: true),
                    DocumentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RowVersion = table.Column<int>(type: "integer", nullable: false),
                    Bases = table.Column<string>(type: "text", nullable: false),
                    Figures = table.Column<string>(type: "text", nullable: false)
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
