using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HomeRental.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UniqueIdentityNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Before this, several accounts could verify one number: the first keeps it, the later ones must verify again.
            migrationBuilder.Sql("""
                UPDATE "Users" SET "RealName" = NULL, "IdNumber" = NULL
                WHERE "IdNumber" IS NOT NULL
                  AND EXISTS (SELECT 1 FROM "Users" AS "Earlier" WHERE "Earlier"."IdNumber" = "Users"."IdNumber" AND "Earlier"."Id" < "Users"."Id");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Users_IdNumber",
                table: "Users",
                column: "IdNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Users_IdNumber",
                table: "Users");
        }
    }
}
