using System.Collections.Concurrent;
using System.Net.Mail;
using SpiceShop.Models;

namespace SpiceShop.Services;

/// <summary>Sends the order receipt by e-mail.</summary>
public sealed class ReceiptMailer
{
    private readonly IConfiguration _configuration;

    public ReceiptMailer(IConfiguration configuration)
    {
        _configuration = configuration;
    }

    public async Task SendAsync(Order order, CancellationToken cancellationToken)
    {
        using var smtp = new SmtpClient(_configuration["Smtp:Host"] ?? "localhost");
        var currency = order.Currency.ToUpperInvariant();
        var body = $"Thank you for your order {order.Id}. Total: {order.TotalInCents / 100m:0.00} {currency}.";
        using var mail = new MailMessage("receipts@spiceshop.example", order.Email, "Your SpiceShop receipt", body);
        await smtp.SendMailAsync(mail, cancellationToken);
    }
}

/// <summary>Paid orders, until the warehouse system picks them up.</summary>
public sealed class OrderBook
{
    private readonly ConcurrentDictionary<string, Order> _orders = new();

    public void Add(Order order) => _orders[order.Id] = order;

    public Order? Find(string id) => _orders.TryGetValue(id, out var order) ? order : null;
}
