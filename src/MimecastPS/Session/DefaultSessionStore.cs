using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace MimecastPS.Session
{
    /// <summary>
    /// The session Connect-Mimecast set as default, one per runspace: two runspaces in one process
    /// (jobs, a host running several tenants) never see each other's connection.
    /// </summary>
    internal static class DefaultSessionStore
    {
        private sealed class Slot
        {
            public MimecastSession? Session;
        }

        private static readonly ConditionalWeakTable<Runspace, Slot> Slots = new ConditionalWeakTable<Runspace, Slot>();

        public static MimecastSession? Current
        {
            get
            {
                var runspace = Runspace.DefaultRunspace;
                return runspace != null && Slots.TryGetValue(runspace, out Slot slot) ? slot.Session : null;
            }
        }

        /// <summary>
        /// Makes <paramref name="session"/> the default (null: none) and retires the one it replaces, unless the caller
        /// holds that one (-PassThru): it is disposed once no running command uses it. Returns the replaced session.
        /// </summary>
        public static MimecastSession? Replace(MimecastSession? session)
        {
            var runspace = Runspace.DefaultRunspace;
            if (runspace == null)
            {
                return null;
            }
            Slot slot = Slots.GetOrCreateValue(runspace);
            MimecastSession? previous = slot.Session;
            slot.Session = session;
            if (previous != null && !ReferenceEquals(previous, session) && !previous.HeldByCaller)
            {
                previous.Retire();
            }
            return previous;
        }
    }
}
