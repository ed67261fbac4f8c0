using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IdempotencyForFeedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "DossierCode",
                table: "IdempotencyRecords",
                type: "TEXT",
                maxLength: 66,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 66);

            migrationBuilder.AddColumn<string>(
                name: "FeedbackCode",
                table: "IdempotencyRecords",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequestHash",
                table: "IdempotencyRecords",
                type: "TEXT",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FeedbackCode",
                table: "IdempotencyRecords");

            migrationBuilder.DropColumn(
                name: "RequestHash",
                table: "IdempotencyRecords");

            migrationBuilder.AlterColumn<string>(
                name: "DossierCode",
                table: "IdempotencyRecords",
                type: "TEXT",
                maxLength: 66,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 66,
                oldNullable: true);
        }
    }
}
