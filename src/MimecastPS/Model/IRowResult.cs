namespace MimecastPS
{
    /// <summary>An output object that says what its row changed; the row engine sets it.</summary>
    internal interface IRowResult
    {
        MimecastRowStatus? Status { get; set; }
    }
}
