using SpiceShop.Hubs;
using SpiceShop.Services;
using Stripe;

// SpiceShop: an online spice store. Card payments through Stripe, receipts by e-mail, live support chat.
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllers();
builder.Services.AddSignalR();
builder.Services.AddSingleton<IStripeClient>(_ => new StripeClient(builder.Configuration["Stripe:SecretKey"]));
builder.Services.AddSingleton<ReceiptMailer>();
builder.Services.AddSingleton<OrderBook>();

var app = builder.Build();

app.MapControllers();
app.MapHub<SupportHub>("/hubs/support");

app.Run();
