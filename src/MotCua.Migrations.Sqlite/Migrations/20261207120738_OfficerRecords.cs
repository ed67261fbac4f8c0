using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OfficerRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AssetHandovers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CenterId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AgencyId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SecondmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CounterId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AssetCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Condition = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    HandedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    HandedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TakenOverAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TakenOverBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReturnedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReturnedTo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReturnCondition = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RowVersion = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssetHandovers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssetHandovers_Counters_CounterId",
                        column: x => x.CounterId,
                        principalTable: "Counters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_AssetHandovers_Secondments_SecondmentId",
                        column: x => x.SecondmentId,
                        principalTable: "Secondments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AwardRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CenterId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AgencyId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SecondmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Proposal = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ProposedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GivenRecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    GivenRecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RowVersion = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AwardRecords_Secondments_SecondmentId",
                        column: x => x.SecondmentId,
                        principalTable: "Secondments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrainingRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CenterId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AgencyId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SecondmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Course = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Arrangement = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Organiser = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Certificate = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ResultRecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResultRecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RowVersion = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingRecords_Secondments_SecondmentId",
                        column: x => x.SecondmentId,
                        principalTable: "Secondments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UniformIssues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CenterId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AgencyId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SecondmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Items = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UniformIssues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UniformIssues_Secondments_SecondmentId",
                        column: x => x.SecondmentId,
                        principalTable: "Secondments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssetHandovers_CenterId_AssetCode",
                table: "AssetHandovers",
                columns: new[] { "CenterId", "AssetCode" });

            migrationBuilder.CreateIndex(
                name: "IX_AssetHandovers_CenterId_ReturnedAt",
                table: "AssetHandovers",
                columns: new[] { "CenterId", "ReturnedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AssetHandovers_CounterId",
                table: "AssetHandovers",
                column: "CounterId");

            migrationBuilder.CreateIndex(
                name: "IX_AssetHandovers_OfficerId",
                table: "AssetHandovers",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_AssetHandovers_SecondmentId",
                table: "AssetHandovers",
                column: "SecondmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecords_OfficerId",
                table: "AwardRecords",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecords_SecondmentId",
                table: "AwardRecords",
                column: "SecondmentId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRecords_OfficerId",
                table: "TrainingRecords",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRecords_SecondmentId",
                table: "TrainingRecords",
                column: "SecondmentId");

            migrationBuilder.CreateIndex(
                name: "IX_UniformIssues_CenterId_On",
                table: "UniformIssues",
                columns: new[] { "CenterId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_UniformIssues_OfficerId",
                table: "UniformIssues",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_UniformIssues_SecondmentId",
                table: "UniformIssues",
                column: "SecondmentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssetHandovers");

            migrationBuilder.DropTable(
                name: "AwardRecords");

            migrationBuilder.DropTable(
                name: "TrainingRecords");

            migrationBuilder.DropTable(
                name: "UniformIssues");
        }
    }
}
