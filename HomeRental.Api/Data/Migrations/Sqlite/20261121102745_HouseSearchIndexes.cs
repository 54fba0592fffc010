using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HomeRental.Api.Data.Migrations.Sqlite
{
    public partial class HouseSearchIndexes : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Houses_DistrictId_CreatedAt",
                table: "Houses");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_HouseId_CheckOut_CheckIn_Status",
                table: "Orders",
                columns: new[] { "HouseId", "CheckOut", "CheckIn", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_HouseId_Status_UpdatedAt",
                table: "Orders",
                columns: new[] { "HouseId", "Status", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Houses_CreatedAt",
                table: "Houses",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Houses_DistrictId_BookingCount_Id_MinNights_MaxNights",
                table: "Houses",
                columns: new[] { "DistrictId", "BookingCount", "Id", "MinNights", "MaxNights" });

            migrationBuilder.CreateIndex(
                name: "IX_Houses_DistrictId_CreatedAt_Id_MinNights_MaxNights",
                table: "Houses",
                columns: new[] { "DistrictId", "CreatedAt", "Id", "MinNights", "MaxNights" });

            migrationBuilder.CreateIndex(
                name: "IX_Houses_DistrictId_PriceCents_Id_MinNights_MaxNights",
                table: "Houses",
                columns: new[] { "DistrictId", "PriceCents", "Id", "MinNights", "MaxNights" });

            migrationBuilder.CreateIndex(
                name: "IX_Houses_PriceCents",
                table: "Houses",
                column: "PriceCents");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_HouseId_CheckOut_CheckIn_Status",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_HouseId_Status_UpdatedAt",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Houses_CreatedAt",
                table: "Houses");

            migrationBuilder.DropIndex(
                name: "IX_Houses_DistrictId_BookingCount_Id_MinNights_MaxNights",
                table: "Houses");

            migrationBuilder.DropIndex(
                name: "IX_Houses_DistrictId_CreatedAt_Id_MinNights_MaxNights",
                table: "Houses");

            migrationBuilder.DropIndex(
                name: "IX_Houses_DistrictId_PriceCents_Id_MinNights_MaxNights",
                table: "Houses");

            migrationBuilder.DropIndex(
                name: "IX_Houses_PriceCents",
                table: "Houses");

            migrationBuilder.CreateIndex(
                name: "IX_Houses_DistrictId_CreatedAt",
                table: "Houses",
                columns: new[] { "DistrictId", "CreatedAt" });
        }
    }
}
