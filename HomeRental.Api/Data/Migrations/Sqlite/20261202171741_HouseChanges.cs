using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HomeRental.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HouseChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HouseChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HouseId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HouseChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HouseChanges_Houses_HouseId",
                        column: x => x.HouseId,
                        principalTable: "Houses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HouseChanges_ChangedAt",
                table: "HouseChanges",
                column: "ChangedAt");

            migrationBuilder.CreateIndex(
                name: "IX_HouseChanges_HouseId",
                table: "HouseChanges",
                column: "HouseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HouseChanges");
        }
    }
}
