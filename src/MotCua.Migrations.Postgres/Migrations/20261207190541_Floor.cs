using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MotCua.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Floor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Appointments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CenterId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Group = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    Code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Phone = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    BookedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    TicketNumber = table.Column<int>(type: "integer", nullable: true),
                    RowVersion = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appointments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Tickets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CenterId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Group = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Priority = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    QueuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ForCounter = table.Column<int>(type: "integer", nullable: true),
                    Counter = table.Column<int>(type: "integer", nullable: true),
                    OfficerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    OfficerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CalledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastCalledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Calls = table.Column<int>(type: "integer", nullable: false),
                    DoneAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DossierCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Transfers = table.Column<int>(type: "integer", nullable: false),
                    RowVersion = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tickets", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_CenterId_Day_Code",
                table: "Appointments",
                columns: new[] { "CenterId", "Day", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_CenterId_Day_Start_Group",
                table: "Appointments",
                columns: new[] { "CenterId", "Day", "Start", "Group" });

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_CenterId_Day_Number",
                table: "Tickets",
                columns: new[] { "CenterId", "Day", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_CenterId_Day_State",
                table: "Tickets",
                columns: new[] { "CenterId", "Day", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Appointments");

            migrationBuilder.DropTable(
                name: "Tickets");
        }
    }
}
