using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CourierRounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CourierRounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CenterId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AgencyId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Direction = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Time = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    Record = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CourierName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DispatchedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Confirmation = table.Column<string>(type: "text", nullable: true),
                    RowVersion = table.Column<int>(type: "integer", nullable: false),
                    DispatchedBy_Id = table.Column<string>(type: "text", nullable: false),
                    DispatchedBy_Name = table.Column<string>(type: "text", nullable: false),
                    DispatchedBy_Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DispatchedBy_UnitId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourierRounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CourierItems",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    Received = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourierItems", x => new { x.RoundId, x.Code });
                    table.ForeignKey(
                        name: "FK_CourierItems_CourierRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "CourierRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CourierItems_Code",
                table: "CourierItems",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_CourierRounds_AgencyId_Day",
                table: "CourierRounds",
                columns: new[] { "AgencyId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_CourierRounds_CenterId_Day_AgencyId_Direction_Time",
                table: "CourierRounds",
                columns: new[] { "CenterId", "Day", "AgencyId", "Direction", "Time" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CourierItems");

            migrationBuilder.DropTable(
                name: "CourierRounds");
        }
    }
}
