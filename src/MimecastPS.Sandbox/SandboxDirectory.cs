namespace MimecastPS.Sandbox;

/// <summary>
/// The in-memory directory behind the endpoints. One lock guards everything so that each endpoint's
/// check-then-change is atomic; addresses compare case-insensitively and are stored as given.
/// </summary>
public sealed class SandboxDirectory
{
    private readonly Lock _gate = new();

    // Sorted so that get-internal-users pages in address order without sorting on every call.
    private readonly SortedDictionary<string, SandboxUser> _users = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SandboxAlias> _aliases = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<SandboxDelegate> _delegates = new();
    private readonly List<SandboxAccount> _accounts = new();
    private readonly Dictionary<string, int> _createCounts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Func<string> _newUserId;

    internal SandboxDirectory(Func<string> newUserId) => _newUserId = newUserId;

    public IReadOnlyCollection<SandboxUser> Users
    {
        get
        {
            lock (_gate)
            {
                return _users.Values.ToArray();
            }
        }
    }

    public IReadOnlyCollection<SandboxAlias> Aliases
    {
        get
        {
            lock (_gate)
            {
                return _aliases.Values.ToArray();
            }
        }
    }

    public IReadOnlyCollection<SandboxDelegate> Delegates
    {
        get
        {
            lock (_gate)
            {
                return _delegates.ToArray();
            }
        }
    }

    public IReadOnlyCollection<SandboxAccount> Accounts
    {
        get
        {
            lock (_gate)
            {
                return _accounts.ToArray();
            }
        }
    }

    public SandboxUser? FindUser(string email)
    {
        lock (_gate)
        {
            return _users.GetValueOrDefault(email);
        }
    }

    /// <summary>Seeds a user directly (not counted by <see cref="CreateCount"/>); replaces one with the same address.</summary>
    public SandboxUser AddUser(string email, string? name = null, string? password = null)
    {
        var user = new SandboxUser { Id = _newUserId(), EmailAddress = email, Name = name, Password = password };
        lock (_gate)
        {
            _users[email] = user;
        }

        return user;
    }

    /// <summary>How many times create-user succeeded for this address: proves a client never created it twice.</summary>
    public int CreateCount(string email)
    {
        lock (_gate)
        {
            return _createCounts.GetValueOrDefault(email);
        }
    }

    internal void Clear()
    {
        lock (_gate)
        {
            _users.Clear();
            _aliases.Clear();
            _delegates.Clear();
            _accounts.Clear();
            _createCounts.Clear();
        }
    }

    /// <summary>Adds the user unless the address is taken; false if it is.</summary>
    internal bool TryCreateUser(SandboxUser user)
    {
        lock (_gate)
        {
            if (_users.ContainsKey(user.EmailAddress) || _aliases.ContainsKey(user.EmailAddress))
            {
                return false;
            }

            _users.Add(user.EmailAddress, user);
            _createCounts[user.EmailAddress] = _createCounts.GetValueOrDefault(user.EmailAddress) + 1;
            return true;
        }
    }

    /// <summary>Applies <paramref name="change"/> to the user atomically; null if there is no such user.</summary>
    internal SandboxUser? UpdateUser(string email, Func<SandboxUser, SandboxUser> change)
    {
        lock (_gate)
        {
            if (!_users.TryGetValue(email, out var user))
            {
                return null;
            }

            var updated = change(user);
            _users[email] = updated;
            return updated;
        }
    }

    internal AliasResult AddAlias(string aliasFor, string alias)
    {
        lock (_gate)
        {
            if (!_users.TryGetValue(aliasFor, out var owner))
            {
                return new AliasResult(AliasStatus.OwnerNotFound, null);
            }

            if (_aliases.TryGetValue(alias, out var existing))
            {
                var sameOwner = string.Equals(existing.AliasFor, owner.EmailAddress, StringComparison.OrdinalIgnoreCase);
                return new AliasResult(sameOwner ? AliasStatus.Added : AliasStatus.AlreadyUsed, owner);
            }

            if (_users.ContainsKey(alias))
            {
                return new AliasResult(AliasStatus.AlreadyUsed, owner);
            }

            _aliases.Add(alias, new SandboxAlias(alias, owner.EmailAddress));
            var updated = owner with { Aliases = [.. owner.Aliases, alias] };
            _users[owner.EmailAddress] = updated;
            return new AliasResult(AliasStatus.Added, updated);
        }
    }

    /// <summary>Records the delegate right, or returns the one already there (a retry must not fail).</summary>
    internal SandboxDelegate AddDelegate(string primaryAddress, string delegateAddress, Func<string> newId)
    {
        lock (_gate)
        {
            var existing = _delegates.Find(d =>
                string.Equals(d.PrimaryAddress, primaryAddress, StringComparison.OrdinalIgnoreCase)
                && string.Equals(d.DelegateAddress, delegateAddress, StringComparison.OrdinalIgnoreCase));
            if (existing is not null)
            {
                return existing;
            }

            var created = new SandboxDelegate(newId(), primaryAddress, delegateAddress);
            _delegates.Add(created);
            return created;
        }
    }

    internal void AddAccount(SandboxAccount account)
    {
        lock (_gate)
        {
            _accounts.Add(account);
        }
    }

    /// <summary>The users matching both filters, in address order, and how many matched in all.</summary>
    internal (IReadOnlyList<SandboxUser> Page, int TotalCount) QueryUsers(string? domain, string? query, int offset, int pageSize)
    {
        lock (_gate)
        {
            var matches = _users.Values.Where(user =>
                (domain is null || string.Equals(user.Domain, domain, StringComparison.OrdinalIgnoreCase))
                && (query is null
                    || user.EmailAddress.Contains(query, StringComparison.OrdinalIgnoreCase)
                    || (user.Name?.Contains(query, StringComparison.OrdinalIgnoreCase) ?? false)));
            var page = new List<SandboxUser>(pageSize);
            var total = 0;
            foreach (var user in matches)
            {
                if (total >= offset && page.Count < pageSize)
                {
                    page.Add(user);
                }

                total++;
            }

            return (page, total);
        }
    }
}
