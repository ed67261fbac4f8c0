using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RegulationProposals",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CenterId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcedureCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AddressedTo = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    DraftedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DraftedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SentBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DocumentSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RowVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemCodes = table.Column<string>(type: "TEXT", nullable: false)
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
