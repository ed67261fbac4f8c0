using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PaymentIntents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PaymentIntents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TxnRef = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DossierCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Timing = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GatewayTransaction = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ResponseCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    SettledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReceiptId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentIntents", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentIntents_DossierCode",
                table: "PaymentIntents",
                column: "DossierCode");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentIntents_TxnRef",
                table: "PaymentIntents",
                column: "TxnRef",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PaymentIntents");
        }
    }
}
