using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FeedbackLeaders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FeedbackLeaderId",
                table: "Units",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OfficerId",
                table: "OfficerNotifications",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Units_FeedbackLeaderId",
                table: "Units",
                column: "FeedbackLeaderId");

            migrationBuilder.AddForeignKey(
                name: "FK_Units_AspNetUsers_FeedbackLeaderId",
                table: "Units",
                column: "FeedbackLeaderId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Units_AspNetUsers_FeedbackLeaderId",
                table: "Units");

            migrationBuilder.DropIndex(
                name: "IX_Units_FeedbackLeaderId",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "FeedbackLeaderId",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "OfficerId",
                table: "OfficerNotifications");
        }
    }
}
