namespace ChatRooms.Models;

/// <summary>A message as broadcast to a room or delivered to one user.</summary>
public sealed record ChatMessage(string Id, string Room, string Author, string Text, DateTimeOffset SentAt);

/// <summary>A room as listed in the lobby.</summary>
public sealed record RoomInfo(string Name, string Topic, int Members, string? Language);

/// <summary>Who is online, with the country shown next to the name.</summary>
public sealed record PresenceEntry(string UserId, string DisplayName, string? Country, string Flag);
