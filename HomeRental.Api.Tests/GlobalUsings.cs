global using HomeRental.Api.Demo;
