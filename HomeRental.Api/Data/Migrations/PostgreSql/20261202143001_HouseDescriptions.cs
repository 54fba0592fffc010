using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HomeRental.Api.Data.Migrations.PostgreSql
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
                type: "character varying(2000)",
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
