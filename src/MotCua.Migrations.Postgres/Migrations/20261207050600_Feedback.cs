using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Migrations.Postgres.Migrations
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
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CenterId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Topic = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DossierCode = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: true),
                    AgencyId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    AnsweringUnitId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ForwardBy = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ForwardedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RefuseBy = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FirstRequestBy = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    HandleBy = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RefusalReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RefusedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Answer = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AnsweredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PublishBy = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublicAnswer = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ForNationalPortal = table.Column<bool>(type: "boolean", nullable: false),
                    Verdict = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ReComplaint = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ReComplaintOf = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    RowVersion = table.Column<int>(type: "integer", nullable: false),
                    Events = table.Column<string>(type: "text", nullable: false),
                    Requests = table.Column<string>(type: "text", nullable: false),
                    Sender_Address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Sender_Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Sender_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sender_Phone = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true)
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
