// `readout actor NAME`: everything the stored articles say about one person or organisation.
import ArgumentParser
import ReadoutStore

struct ActorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actor",
        abstract: "Show what the articles say about one actor.",
        usage: """
        readout actor NAME [--limit N] [--offset N] [--related N]
                      [--format FORMAT] [--db FILE] [--in-memory]
        """,
        discussion: """
        Shows one person or organisation: names, roles, country, documents,
        events (with whom, when, where), quotes, and who they appear with.
        Dates are marked as in the timeline: ~ estimated, ⚠ disputed.

        Roles, documents (in the order stored), events (in timeline order) and
        quotes (where first quoted) are shown a page at a time: the first
        \(defaultLimit) of each unless --limit says otherwise, from --offset on;
        a line on stderr says how many more there are.

        NAME is matched against every name and alias the articles use, ignoring
        case and accents ("sanchez" finds "Sánchez"); a lone surname or part of
        a name works when only one actor fits. When several fit, they are listed
        with their ids: run again with the full name or the id. Names are
        looked up word by word in the fused record `readout ingest` keeps, and
        only the page of the actor's documents, events and quotes shown is read;
        an organisation named in many unrelated articles is one actor (its names
        and roles are those the \(SQLiteStore.actorHeaderRows) groups of articles naming it most
        give). --in-memory fuses every stored article in memory instead (slow; a
        check).

        JSON output: one object with the keys id, name, type, other_names,
        roles, country, documents, events, quotes, related. CSV: one row per
        fact (section, item, detail, date, documents).

        Examples:
          readout actor "Pedro Sánchez"
          readout actor sanchez --format md > sanchez.md
          readout actor person:olaf-scholz --format json
          readout actor "United Nations" --related 20
          readout actor "United Nations" --limit 50 --offset 50
        """)

    @Argument(help: "A name, part of one, or an entity id (person:...).")
    var name: String

    @OptionGroup var output: ListingOptions

    @Option(name: .long, help: "Show at most this many of the actors who appear with this one, closest first.")
    var related: Int = 10

    @Option(name: .long, help: "Show at most this many roles, documents, events and quotes each (default \(Self.defaultLimit)).")
    var limit: Int?

    @Option(name: .long, help: "Skip this many of each first.")
    var offset: Int = 0

    /// A page a person reads in a terminal, for an actor in thousands of articles as for one in two.
    static let defaultLimit = 20

    @OptionGroup var source: FusedSourceOptions

    func validate() throws {
        guard related >= 0 else { throw ValidationError("--related must be 0 or more") }
        try Paging.validate(limit: limit, offset: offset)
    }

    func run() async throws {
        try await Diagnostics.run {
            let window = ActorProfile.ListWindow(limit: limit ?? Self.defaultLimit, offset: offset, related: related)
            let profile = try output.fusedSource(source).actorProfile(name, window: window)
            output.print(profile, report: profile.report, csv: profile.csvTable)
            for (shown, total, noun) in [(profile.roles.count, profile.roleTotal, "role"),
                                         (profile.documents.count, profile.documentTotal, "document"),
                                         (profile.events.count, profile.eventTotal, "event"),
                                         (profile.quotes.count, profile.quoteTotal, "quote")] {
                Paging.noteCut(shown: shown, offset: offset, total: total, noun: noun)
            }
            if profile.related.count < profile.relatedTotal {
                Diagnostics.report("showing the \(profile.related.count) closest of the \(profile.relatedTotal) actors "
                    + "who appear with \(profile.name); use --related N for more")
            }
            if let note = profile.relatedNote { Diagnostics.report("appears with: " + note) }
        }
    }
}
