namespace Collaboration.Silo.Storage;

/// <summary>The database did not answer within the start-up timeout, or refused us for good.</summary>
public sealed class DatabaseUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
