namespace GeoBlockedChat.Models;

/// <summary>A message to send by e-mail on the user's behalf.</summary>
public sealed record MailRequest(string To, string Subject, string Body);

/// <summary>A payment for a paid plan, in the smallest currency unit (cents).</summary>
public sealed record PaymentRequest(long AmountInCents, string Currency);

/// <summary>A new account with the phone number used for two-factor sign-in.</summary>
public sealed record SignupRequest(string UserName, string PhoneNumber);
