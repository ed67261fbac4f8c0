using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Migrations.Postgres.Migrations
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
                type: "character varying(66)",
                maxLength: 66,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(66)",
                oldMaxLength: 66);

            migrationBuilder.AlterColumn<string>(
                name: "Key",
                table: "IdempotencyRecords",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);

            migrationBuilder.AddColumn<string>(
                name: "FeedbackCode",
                table: "IdempotencyRecords",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequestHash",
                table: "IdempotencyRecords",
                type: "character varying(64)",
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
                type: "character varying(66)",
                maxLength: 66,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(66)",
                oldMaxLength: 66,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Key",
                table: "IdempotencyRecords",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);
        }
    }
}
