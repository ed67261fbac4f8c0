using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FeedbackReceivedIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_AnsweringUnitId_ReceivedAt",
                table: "FeedbackItems",
                columns: new[] { "AnsweringUnitId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_CenterId_ReceivedAt",
                table: "FeedbackItems",
                columns: new[] { "CenterId", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FeedbackItems_AnsweringUnitId_ReceivedAt",
                table: "FeedbackItems");

            migrationBuilder.DropIndex(
                name: "IX_FeedbackItems_CenterId_ReceivedAt",
                table: "FeedbackItems");
        }
    }
}
