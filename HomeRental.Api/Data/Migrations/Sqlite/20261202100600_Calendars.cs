using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HomeRental.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Calendars : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ExpiresAt",
                table: "Orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CalendarExportToken",
                table: "Houses",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CalendarImports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HouseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    LastSyncedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EventCount = table.Column<int>(type: "INTEGER", nullable: false),
                    FetchClaimedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarImports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalendarImports_Houses_HouseId",
                        column: x => x.HouseId,
                        principalTable: "Houses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CalendarBlocks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HouseId = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckIn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CheckOut = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ImportId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarBlocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalendarBlocks_CalendarImports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "CalendarImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CalendarBlocks_Houses_HouseId",
                        column: x => x.HouseId,
                        principalTable: "Houses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_ExpiresAt",
                table: "Orders",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_Houses_CalendarExportToken",
                table: "Houses",
                column: "CalendarExportToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalendarBlocks_HouseId_CheckOut_CheckIn",
                table: "CalendarBlocks",
                columns: new[] { "HouseId", "CheckOut", "CheckIn" });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarBlocks_ImportId",
                table: "CalendarBlocks",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_CalendarImports_FetchClaimedUntil",
                table: "CalendarImports",
                column: "FetchClaimedUntil");

            migrationBuilder.CreateIndex(
                name: "IX_CalendarImports_HouseId",
                table: "CalendarImports",
                column: "HouseId");

            // Requests made before orders could lapse get the default time to answer or pay, counted from when they
            // were made or accepted (an UNPAID order's last change is its acceptance).
            migrationBuilder.Sql("""UPDATE "Orders" SET "ExpiresAt" = strftime('%Y-%m-%d %H:%M:%f', "CreatedAt", '+24 hours') WHERE "Status" = 'Pending'""");
            migrationBuilder.Sql("""UPDATE "Orders" SET "ExpiresAt" = strftime('%Y-%m-%d %H:%M:%f', "UpdatedAt", '+24 hours') WHERE "Status" = 'Unpaid'""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalendarBlocks");

            migrationBuilder.DropTable(
                name: "CalendarImports");

            migrationBuilder.DropIndex(
                name: "IX_Orders_ExpiresAt",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Houses_CalendarExportToken",
                table: "Houses");

            migrationBuilder.DropColumn(
                name: "ExpiresAt",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "CalendarExportToken",
                table: "Houses");
        }
    }
}
