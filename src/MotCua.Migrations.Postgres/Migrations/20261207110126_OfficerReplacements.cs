using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MotCua.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OfficerReplacements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OpinionRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CenterId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AgencyId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SecondmentId = table.Column<int>(type: "integer", nullable: false),
                    OfficerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    OfficerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Matter = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Details = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Agrees = table.Column<bool>(type: "boolean", nullable: true),
                    Opinion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    GivenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    GivenBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RowVersion = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpinionRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OpinionRequests_Secondments_SecondmentId",
                        column: x => x.SecondmentId,
                        principalTable: "Secondments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReplacementProposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CenterId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AgencyId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SecondmentId = table.Column<int>(type: "integer", nullable: false),
                    OfficerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    OfficerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Ground = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Grounds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    State = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    DraftedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DraftedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SentBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AnsweredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DeclineReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReplacedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NewOfficerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    NewOfficerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReplacementId = table.Column<int>(type: "integer", nullable: true),
                    DocumentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RowVersion = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReplacementProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReplacementProposals_Secondments_ReplacementId",
                        column: x => x.ReplacementId,
                        principalTable: "Secondments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReplacementProposals_Secondments_SecondmentId",
                        column: x => x.SecondmentId,
                        principalTable: "Secondments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OpinionRequests_AgencyId_RequestedAt",
                table: "OpinionRequests",
                columns: new[] { "AgencyId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OpinionRequests_CenterId_RequestedAt",
                table: "OpinionRequests",
                columns: new[] { "CenterId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OpinionRequests_SecondmentId",
                table: "OpinionRequests",
                column: "SecondmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ReplacementProposals_AgencyId_State",
                table: "ReplacementProposals",
                columns: new[] { "AgencyId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_ReplacementProposals_CenterId_DraftedAt",
                table: "ReplacementProposals",
                columns: new[] { "CenterId", "DraftedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReplacementProposals_ReplacementId",
                table: "ReplacementProposals",
                column: "ReplacementId");

            migrationBuilder.CreateIndex(
                name: "IX_ReplacementProposals_SecondmentId",
                table: "ReplacementProposals",
                column: "SecondmentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OpinionRequests");

            migrationBuilder.DropTable(
                name: "ReplacementProposals");
        }
    }
}
