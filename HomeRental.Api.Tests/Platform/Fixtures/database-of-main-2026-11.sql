-- A database made by main on EF Core 6.0.7 (migrations InitialCreate and HouseSearchIndexes, seeded districts and
-- amenities), with users, a house and orders written in its formats; DatabaseUpgradeTests starts today's app on it.
BEGIN TRANSACTION;
CREATE TABLE "Amenities" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Amenities" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL
);
INSERT INTO "Amenities" VALUES(1,'Wi-Fi');
INSERT INTO "Amenities" VALUES(2,'Air conditioning');
INSERT INTO "Amenities" VALUES(3,'Heating');
INSERT INTO "Amenities" VALUES(4,'Kitchen');
INSERT INTO "Amenities" VALUES(5,'Washing machine');
INSERT INTO "Amenities" VALUES(6,'Refrigerator');
INSERT INTO "Amenities" VALUES(7,'Television');
INSERT INTO "Amenities" VALUES(8,'Hot water');
INSERT INTO "Amenities" VALUES(9,'Hair dryer');
INSERT INTO "Amenities" VALUES(10,'Elevator');
INSERT INTO "Amenities" VALUES(11,'Free parking');
INSERT INTO "Amenities" VALUES(12,'Workspace');
INSERT INTO "Amenities" VALUES(13,'Balcony');
INSERT INTO "Amenities" VALUES(14,'Pets allowed');
CREATE TABLE "Districts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Districts" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL
);
INSERT INTO "Districts" VALUES(1,'Dongcheng');
INSERT INTO "Districts" VALUES(2,'Xicheng');
INSERT INTO "Districts" VALUES(3,'Chaoyang');
INSERT INTO "Districts" VALUES(4,'Haidian');
INSERT INTO "Districts" VALUES(5,'Fengtai');
INSERT INTO "Districts" VALUES(6,'Shijingshan');
INSERT INTO "Districts" VALUES(7,'Tongzhou');
INSERT INTO "Districts" VALUES(8,'Shunyi');
INSERT INTO "Districts" VALUES(9,'Changping');
INSERT INTO "Districts" VALUES(10,'Daxing');
CREATE TABLE "HouseAmenities" (
    "AmenitiesId" INTEGER NOT NULL,
    "HousesId" INTEGER NOT NULL,
    CONSTRAINT "PK_HouseAmenities" PRIMARY KEY ("AmenitiesId", "HousesId"),
    CONSTRAINT "FK_HouseAmenities_Amenities_AmenitiesId" FOREIGN KEY ("AmenitiesId") REFERENCES "Amenities" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_HouseAmenities_Houses_HousesId" FOREIGN KEY ("HousesId") REFERENCES "Houses" ("Id") ON DELETE CASCADE
);
INSERT INTO "HouseAmenities" VALUES(1,1);
INSERT INTO "HouseAmenities" VALUES(2,1);
CREATE TABLE "HouseImages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_HouseImages" PRIMARY KEY AUTOINCREMENT,
    "HouseId" INTEGER NOT NULL,
    "Url" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_HouseImages_Houses_HouseId" FOREIGN KEY ("HouseId") REFERENCES "Houses" ("Id") ON DELETE CASCADE
);
INSERT INTO "HouseImages" VALUES(1,1,'/uploads/houses/cover.png','2026-11-20 08:30:00.1234567','2026-11-20 08:30:00.1234567');
CREATE TABLE "Houses" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Houses" PRIMARY KEY AUTOINCREMENT,
    "OwnerId" INTEGER NOT NULL,
    "DistrictId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "PriceCents" INTEGER NOT NULL,
    "Address" TEXT NOT NULL,
    "RoomCount" INTEGER NOT NULL,
    "AreaSize" INTEGER NOT NULL,
    "FloorPlan" TEXT NOT NULL,
    "MaxGuests" INTEGER NOT NULL,
    "BedConfig" TEXT NOT NULL,
    "DepositCents" INTEGER NOT NULL,
    "MinNights" INTEGER NOT NULL,
    "MaxNights" INTEGER NOT NULL,
    "BookingCount" INTEGER NOT NULL,
    "CoverImageUrl" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Houses_Districts_DistrictId" FOREIGN KEY ("DistrictId") REFERENCES "Districts" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Houses_Users_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "Users" ("Id") ON DELETE RESTRICT
);
INSERT INTO "Houses" VALUES(1,1,2,'Courtyard flat from last month',45000,'1 Old Lane',2,60,'2 rooms, 1 hall',4,'1 double bed',10000,1,0,1,'/uploads/houses/cover.png','2026-11-20 08:30:00.1234567','2026-11-20 08:30:00.1234567');
CREATE TABLE "Orders" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Orders" PRIMARY KEY AUTOINCREMENT,
    "GuestId" INTEGER NOT NULL,
    "HouseId" INTEGER NOT NULL,
    "CheckIn" TEXT NOT NULL,
    "CheckOut" TEXT NOT NULL,
    "Nights" INTEGER NOT NULL,
    "PricePerNightCents" INTEGER NOT NULL,
    "TotalAmountCents" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "Notes" TEXT NULL,
    "Comment" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Orders_Houses_HouseId" FOREIGN KEY ("HouseId") REFERENCES "Houses" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Orders_Users_GuestId" FOREIGN KEY ("GuestId") REFERENCES "Users" ("Id") ON DELETE RESTRICT
);
INSERT INTO "Orders" VALUES(1,2,1,'2026-11-21','2026-11-23',2,45000,90000,'Completed','Late arrival','A lovely stay','2026-11-20 08:30:00.1234567','2026-11-20 08:30:00.1234567');
INSERT INTO "Orders" VALUES(2,2,1,'2030-03-01','2030-03-04',3,45000,135000,'Pending',NULL,NULL,'2026-11-20 08:30:00.1234567','2026-11-20 08:30:00.1234567');
CREATE TABLE "Users" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Users" PRIMARY KEY AUTOINCREMENT,
    "Username" TEXT NOT NULL,
    "Phone" TEXT NOT NULL,
    "RealName" TEXT NULL,
    "IdNumber" TEXT NULL,
    "AvatarUrl" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "LastLoginAt" TEXT NULL,
    "LoginCount" INTEGER NOT NULL,
    "PasswordHash" TEXT NOT NULL
);
INSERT INTO "Users" VALUES(1,'Old Host','13800000001','Li Ming','11010519491231002X',NULL,'2026-11-20 08:30:00.1234567','2026-11-20 08:30:00.1234567','2026-11-20 08:30:00.1234567',3,'AQAAAAIAAYagAAAAEAABAgMEBQYHCAkKCwwNDg/TbykcpKKQmoOcnj2EqFxJpARWSHD3Nr6ekkOuHOEugg==');
INSERT INTO "Users" VALUES(2,'Old Guest','13800000002',NULL,NULL,NULL,'2026-11-20 08:30:00.1234567','2026-11-20 08:30:00.1234567',NULL,0,'AQAAAAIAAYagAAAAEAABAgMEBQYHCAkKCwwNDg+gRK6tkVWvxpKsh5ngr4cN1zq6ZNm75Cvit2ntvrOd4w==');
INSERT INTO "Users" VALUES(3,'Second Claimant','13800000003','Li Ming','11010519491231002X',NULL,'2026-11-20 08:30:00.1234567','2026-11-20 08:30:00.1234567',NULL,0,'AQAAAAIAAYagAAAAEAABAgMEBQYHCAkKCwwNDg+gRK6tkVWvxpKsh5ngr4cN1zq6ZNm75Cvit2ntvrOd4w==');
CREATE TABLE "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
INSERT INTO "__EFMigrationsHistory" VALUES('20261121092107_InitialCreate','6.0.7');
INSERT INTO "__EFMigrationsHistory" VALUES('20261121102745_HouseSearchIndexes','6.0.7');
CREATE UNIQUE INDEX "IX_Amenities_Name" ON "Amenities" ("Name");
CREATE UNIQUE INDEX "IX_Districts_Name" ON "Districts" ("Name");
CREATE INDEX "IX_HouseAmenities_HousesId" ON "HouseAmenities" ("HousesId");
CREATE INDEX "IX_HouseImages_HouseId" ON "HouseImages" ("HouseId");
CREATE INDEX "IX_Houses_BookingCount" ON "Houses" ("BookingCount");
CREATE INDEX "IX_Houses_OwnerId_CreatedAt" ON "Houses" ("OwnerId", "CreatedAt");
CREATE INDEX "IX_Orders_GuestId_CreatedAt" ON "Orders" ("GuestId", "CreatedAt");
CREATE INDEX "IX_Orders_HouseId_CheckIn_CheckOut" ON "Orders" ("HouseId", "CheckIn", "CheckOut");
CREATE INDEX "IX_Orders_Status" ON "Orders" ("Status");
CREATE UNIQUE INDEX "IX_Users_Phone" ON "Users" ("Phone");
CREATE UNIQUE INDEX "IX_Users_Username" ON "Users" ("Username");
CREATE INDEX "IX_Orders_HouseId_CheckOut_CheckIn_Status" ON "Orders" ("HouseId", "CheckOut", "CheckIn", "Status");
CREATE INDEX "IX_Orders_HouseId_Status_UpdatedAt" ON "Orders" ("HouseId", "Status", "UpdatedAt");
CREATE INDEX "IX_Houses_CreatedAt" ON "Houses" ("CreatedAt");
CREATE INDEX "IX_Houses_DistrictId_BookingCount_Id_MinNights_MaxNights" ON "Houses" ("DistrictId", "BookingCount", "Id", "MinNights", "MaxNights");
CREATE INDEX "IX_Houses_DistrictId_CreatedAt_Id_MinNights_MaxNights" ON "Houses" ("DistrictId", "CreatedAt", "Id", "MinNights", "MaxNights");
CREATE INDEX "IX_Houses_DistrictId_PriceCents_Id_MinNights_MaxNights" ON "Houses" ("DistrictId", "PriceCents", "Id", "MinNights", "MaxNights");
CREATE INDEX "IX_Houses_PriceCents" ON "Houses" ("PriceCents");
INSERT INTO "sqlite_sequence" VALUES('Amenities',14);
INSERT INTO "sqlite_sequence" VALUES('Districts',10);
INSERT INTO "sqlite_sequence" VALUES('Users',3);
INSERT INTO "sqlite_sequence" VALUES('Houses',1);
INSERT INTO "sqlite_sequence" VALUES('HouseImages',1);
INSERT INTO "sqlite_sequence" VALUES('Orders',2);
COMMIT;
