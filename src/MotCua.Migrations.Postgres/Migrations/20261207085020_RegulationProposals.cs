using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RegulationProposals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ProposalCode",
                table: "FeedbackItems",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RegulationProposals",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CenterId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ProcedureCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AddressedTo = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    State = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    DraftedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DraftedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SentBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DocumentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RowVersion = table.Column<int>(type: "integer", nullable: false),
                    ItemCodes = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegulationProposals", x => x.Code);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_CenterId_Topic_ProposalCode",
                table: "FeedbackItems",
                columns: new[] { "CenterId", "Topic", "ProposalCode" });

            migrationBuilder.CreateIndex(
                name: "IX_RegulationProposals_CenterId_State_DraftedAt",
                table: "RegulationProposals",
                columns: new[] { "CenterId", "State", "DraftedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RegulationProposals");

            migrationBuilder.DropIndex(
                name: "IX_FeedbackItems_CenterId_Topic_ProposalCode",
                table: "FeedbackItems");

            migrationBuilder.DropColumn(
                name: "ProposalCode",
                table: "FeedbackItems");
        }
    }
}
