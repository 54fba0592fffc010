using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HomeRental.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HouseDescriptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Description",
                table: "Houses",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Description",
                table: "Houses");
        }
    }
}
