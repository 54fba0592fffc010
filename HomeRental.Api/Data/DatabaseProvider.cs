namespace HomeRental.Api.Data;

/// <summary>The database behind the app, chosen by <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>One file beside the app: the embedded default, for one machine.</summary>
    Sqlite,

    /// <summary>A server that instances on many machines share.</summary>
    PostgreSQL,
}
