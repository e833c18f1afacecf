namespace MimecastPS.Sandbox;

/// <summary>
/// The in-memory directory behind the endpoints. One lock guards everything so that each endpoint's
/// check-then-change is atomic; addresses and domains compare case-insensitively and are stored as given.
/// Group ids compare exactly, as opaque ids do.
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

    // Groups in creation order (the order find-groups lists them in); members per group id in the order added.
    private readonly List<SandboxGroup> _groups = new();
    private readonly Dictionary<string, List<SandboxGroupMember>> _members = new(StringComparer.Ordinal);
    private readonly SeededRandom _random;

    internal SandboxDirectory(SeededRandom random)
    {
        _random = random;
        SeedGroups();
    }

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

    public IReadOnlyCollection<SandboxGroup> Groups
    {
        get
        {
            lock (_gate)
            {
                return _groups.ToArray();
            }
        }
    }

    /// <summary>The group's members in the order they were added; empty for an unknown group.</summary>
    public IReadOnlyList<SandboxGroupMember> MembersOf(string groupId)
    {
        lock (_gate)
        {
            return _members.TryGetValue(groupId, out var members) ? members.ToArray() : Array.Empty<SandboxGroupMember>();
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
        var user = new SandboxUser { Id = _random.NewId("u-", 24), EmailAddress = email, Name = name, Password = password };
        lock (_gate)
        {
            _users[email] = user;
        }

        return user;
    }

    /// <summary>Adds a group (for tests and demos: the API offers no way to create one here); top-level by default.</summary>
    public SandboxGroup AddGroup(string description, string source = "cloud", string? parentId = null)
    {
        var group = new SandboxGroup(_random.NewId("eNo", 40), description, source, parentId ?? SeededGroups.RootId);
        lock (_gate)
        {
            _groups.Add(group);
            _members.Add(group.Id, new List<SandboxGroupMember>());
        }

        return group;
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
            _groups.Clear();
            _members.Clear();
            SeedGroups();
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

    /// <summary>Removes the alias if <paramref name="aliasFor"/> owns it, from the alias table and from its owner.</summary>
    internal AliasStatus RemoveAlias(string aliasFor, string alias)
    {
        lock (_gate)
        {
            if (!_users.TryGetValue(aliasFor, out var owner))
            {
                return AliasStatus.OwnerNotFound;
            }

            if (!_aliases.TryGetValue(alias, out var existing)
                || !string.Equals(existing.AliasFor, owner.EmailAddress, StringComparison.OrdinalIgnoreCase))
            {
                return AliasStatus.NotFound;
            }

            _aliases.Remove(alias);
            _users[owner.EmailAddress] = owner with
            {
                Aliases = owner.Aliases.Where(a => !string.Equals(a, alias, StringComparison.OrdinalIgnoreCase)).ToArray(),
            };
            return AliasStatus.Removed;
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

    /// <summary>The rights <paramref name="primaryAddress"/> holds, in the order they were granted.</summary>
    internal IReadOnlyList<SandboxDelegate> DelegatesOf(string primaryAddress)
    {
        lock (_gate)
        {
            return _delegates.FindAll(d => string.Equals(d.PrimaryAddress, primaryAddress, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Removes the right with this id if <paramref name="primaryAddress"/> holds it; false if not.</summary>
    internal bool RemoveDelegate(string id, string primaryAddress)
    {
        lock (_gate)
        {
            return _delegates.RemoveAll(d => string.Equals(d.Id, id, StringComparison.Ordinal)
                && string.Equals(d.PrimaryAddress, primaryAddress, StringComparison.OrdinalIgnoreCase)) > 0;
        }
    }

    internal void AddAccount(SandboxAccount account)
    {
        lock (_gate)
        {
            _accounts.Add(account);
        }
    }

    /// <summary>The page of users matching both filters, in address order, and how many matched in all.</summary>
    internal (IReadOnlyList<SandboxUser> Page, int TotalCount) QueryUsers(string? domain, string? query, PageRequest page)
    {
        lock (_gate)
        {
            return page.Slice(_users.Values.Where(user =>
                (domain is null || string.Equals(user.Domain, domain, StringComparison.OrdinalIgnoreCase))
                && (query is null
                    || user.EmailAddress.Contains(query, StringComparison.OrdinalIgnoreCase)
                    || (user.Name?.Contains(query, StringComparison.OrdinalIgnoreCase) ?? false))));
        }
    }

    /// <summary>
    /// The page of groups whose name contains <paramref name="query"/> (a search term, not an exact name) from
    /// <paramref name="source"/>, with their member and child-group counts, and how many matched in all.
    /// </summary>
    internal (IReadOnlyList<GroupSummary> Page, int TotalCount) QueryGroups(string? query, string? source, PageRequest page)
    {
        lock (_gate)
        {
            var (groups, totalCount) = page.Slice(_groups.Where(group =>
                (source is null || string.Equals(group.Source, source, StringComparison.OrdinalIgnoreCase))
                && (query is null || group.Description.Contains(query, StringComparison.OrdinalIgnoreCase))));
            var summaries = groups.Select(group => new GroupSummary(group, _members[group.Id].Count,
                _groups.Count(child => string.Equals(child.ParentId, group.Id, StringComparison.Ordinal)))).ToArray();
            return (summaries, totalCount);
        }
    }

    /// <summary>The page of the group's members and how many it has; null for an unknown group.</summary>
    internal (IReadOnlyList<SandboxGroupMember> Page, int TotalCount)? QueryGroupMembers(string groupId, PageRequest page)
    {
        lock (_gate)
        {
            return _members.TryGetValue(groupId, out var members) ? page.Slice(members) : null;
        }
    }

    /// <summary>Adds the address or domain to the group unless it is already a member.</summary>
    internal GroupMemberResult AddGroupMember(GroupMemberTarget target)
    {
        lock (_gate)
        {
            if (!_members.TryGetValue(target.GroupId, out var members))
            {
                return new GroupMemberResult(GroupMemberStatus.GroupNotFound, null);
            }

            if (members.Exists(target.Matches))
            {
                return new GroupMemberResult(GroupMemberStatus.AlreadyMember, null);
            }

            var member = new SandboxGroupMember(_random.NewId("eNo", 40), target.GroupId, target.EmailAddress, target.Domain);
            members.Add(member);
            return new GroupMemberResult(GroupMemberStatus.Done, member);
        }
    }

    /// <summary>Removes the address or domain from the group, answering with the member it was.</summary>
    internal GroupMemberResult RemoveGroupMember(GroupMemberTarget target)
    {
        lock (_gate)
        {
            if (!_members.TryGetValue(target.GroupId, out var members))
            {
                return new GroupMemberResult(GroupMemberStatus.GroupNotFound, null);
            }

            var index = members.FindIndex(target.Matches);
            if (index < 0)
            {
                return new GroupMemberResult(GroupMemberStatus.NotMember, null);
            }

            var member = members[index];
            members.RemoveAt(index);
            return new GroupMemberResult(GroupMemberStatus.Done, member);
        }
    }

    /// <summary>Called under the lock, or from the constructor before anyone else can see the directory.</summary>
    private void SeedGroups()
    {
        foreach (var group in SeededGroups.All)
        {
            _groups.Add(group);
            _members.Add(group.Id, new List<SandboxGroupMember>());
        }
    }
}
