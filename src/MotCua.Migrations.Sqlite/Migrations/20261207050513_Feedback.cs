using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Feedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FeedbackItems",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CenterId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DossierCode = table.Column<string>(type: "TEXT", maxLength: 66, nullable: true),
                    AgencyId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AnsweringUnitId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ForwardBy = table.Column<long>(type: "INTEGER", nullable: true),
                    ForwardedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RefuseBy = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstRequestBy = table.Column<long>(type: "INTEGER", nullable: false),
                    HandleBy = table.Column<long>(type: "INTEGER", nullable: false),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RefusedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PublishBy = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublicAnswer = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ForNationalPortal = table.Column<bool>(type: "INTEGER", nullable: false),
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ReComplaint = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ReComplaintOf = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    RowVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Events = table.Column<string>(type: "TEXT", nullable: false),
                    Requests = table.Column<string>(type: "TEXT", nullable: false),
                    Sender_Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Sender_Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Sender_Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sender_Phone = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackItems", x => x.Code);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_AnsweringUnitId_State_HandleBy",
                table: "FeedbackItems",
                columns: new[] { "AnsweringUnitId", "State", "HandleBy" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_CenterId_State_HandleBy",
                table: "FeedbackItems",
                columns: new[] { "CenterId", "State", "HandleBy" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_DossierCode",
                table: "FeedbackItems",
                column: "DossierCode");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_State_PublishedAt",
                table: "FeedbackItems",
                columns: new[] { "State", "PublishedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FeedbackItems");
        }
    }
}
