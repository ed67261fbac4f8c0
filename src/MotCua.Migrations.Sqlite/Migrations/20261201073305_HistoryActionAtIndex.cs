using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class HistoryActionAtIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_History_Action",
                table: "History");

            migrationBuilder.CreateIndex(
                name: "IX_History_Action_At",
                table: "History",
                columns: new[] { "Action", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_History_Action_At",
                table: "History");

            migrationBuilder.CreateIndex(
                name: "IX_History_Action",
                table: "History",
                column: "Action");
        }
    }
}
