using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DossierCodeLength : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "DossierCode",
                table: "Outbox",
                type: "character varying(66)",
                maxLength: 66,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(60)",
                oldMaxLength: 60,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "DossierCode",
                table: "OfficerNotifications",
                type: "character varying(66)",
                maxLength: 66,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(60)",
                oldMaxLength: 60,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "DossierCode",
                table: "IssuedForms",
                type: "character varying(66)",
                maxLength: 66,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(60)",
                oldMaxLength: 60);

            migrationBuilder.AlterColumn<string>(
                name: "DossierCode",
                table: "IdempotencyRecords",
                type: "character varying(66)",
                maxLength: 66,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "DossierCode",
                table: "History",
                type: "character varying(66)",
                maxLength: 66,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(60)");

            migrationBuilder.AlterColumn<string>(
                name: "Code",
                table: "Dossiers",
                type: "character varying(66)",
                maxLength: 66,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(60)",
                oldMaxLength: 60);

            migrationBuilder.AlterColumn<string>(
                name: "DossierCode",
                table: "DossierFiles",
                type: "character varying(66)",
                maxLength: 66,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(60)",
                oldMaxLength: 60);

            migrationBuilder.AlterColumn<string>(
                name: "DossierCode",
                table: "DeadlineAlerts",
                type: "character varying(66)",
                maxLength: 66,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(60)",
                oldMaxLength: 60);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "DossierCode",
                table: "Outbox",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(66)",
                oldMaxLength: 66,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "DossierCode",
                table: "OfficerNotifications",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(66)",
                oldMaxLength: 66,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "DossierCode",
                table: "IssuedForms",
                type: "character varying(60)",
                maxLength: 60,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(66)",
                oldMaxLength: 66);

            migrationBuilder.AlterColumn<string>(
                name: "DossierCode",
                table: "IdempotencyRecords",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(66)",
                oldMaxLength: 66);

            migrationBuilder.AlterColumn<string>(
                name: "DossierCode",
                table: "History",
                type: "character varying(60)",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(66)",
                oldMaxLength: 66);

            migrationBuilder.AlterColumn<string>(
                name: "Code",
                table: "Dossiers",
                type: "character varying(60)",
                maxLength: 60,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(66)",
                oldMaxLength: 66);

            migrationBuilder.AlterColumn<string>(
                name: "DossierCode",
                table: "DossierFiles",
                type: "character varying(60)",
                maxLength: 60,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(66)",
                oldMaxLength: 66);

            migrationBuilder.AlterColumn<string>(
                name: "DossierCode",
                table: "DeadlineAlerts",
                type: "character varying(60)",
                maxLength: 60,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(66)",
                oldMaxLength: 66);
        }
    }
}
